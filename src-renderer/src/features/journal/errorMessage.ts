// A person-readable message for any failure that reaches the UI (LadderError carries one already).
import { isLadderErrorShape } from '../../../../src-main/shared/errors';

export function errorMessage(error: unknown): string {
  if (isLadderErrorShape(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'something went wrong';
}

export function errorCode(error: unknown): string | null {
  return isLadderErrorShape(error) ? error.code : null;
}
