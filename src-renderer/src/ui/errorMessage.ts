// A person-readable message for any failure that reaches the UI (LadderError carries one already).
import { isLadderErrorShape } from '../../../src-main/shared/errors';

export function errorMessage(error: unknown): string {
  if (isLadderErrorShape(error)) return error.message;
  if (error instanceof Error) return error.message;
  return 'something went wrong';
}

export function errorCode(error: unknown): string | null {
  return isLadderErrorShape(error) ? error.code : null;
}

/** Failures no retry can mend: the record is gone, was changed elsewhere, or the input is refused. */
export function isPermanentError(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'not-found' || code === 'conflict' || code === 'invalid-argument';
}

/** Failures after which the person chooses what happens to the kept text (nothing is sent meanwhile). */
export function needsChoice(error: unknown): boolean {
  const code = errorCode(error);
  return code === 'not-found' || code === 'conflict';
}

/** The message as a clause to end with one full stop of the caller's (no "exists.."). */
export function errorClause(error: unknown): string {
  return errorMessage(error).replace(/[.\s]+$/u, '');
}

/** A one-field save refused as a conflict: the page shows theirs and the box keeps the person's words. */
export function keptWordsNotice(error: unknown, box: string): string {
  return `${errorClause(error)}. Your words are still in the ${box} box: save them again to use yours instead.`;
}

/** "Not saved: …" followed by what happens next: retrying, or the text kept on the page. */
export function notSavedNotice(prefix: string, error: unknown): string {
  if (isPermanentError(error))
    return `${prefix}: ${errorClause(error)}. Your text is kept on the page.`;
  const hint =
    errorCode(error) === 'storage-full'
      ? ' Free some disk space; Ladder keeps retrying.'
      : ' Ladder keeps retrying.';
  return `${prefix}: ${errorClause(error)}.${hint}`;
}
