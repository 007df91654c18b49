// Whether an error says there is no room left (a full disk or quota), from Node's file calls or from
// SQLite: each feature then tells it as a full disk, never as damage or an internal fault.
import { LadderError } from '../../shared/errors';

/** Whether the error says there is no room left, from Node's file calls or from SQLite. */
export function isDiskFull(error: unknown): boolean {
  if (error instanceof LadderError) return error.code === 'storage-full';
  const code = (error as { code?: unknown } | null)?.code;
  // SQLITE_FULL has no extended codes, so the driver's code is exactly that (as connection.ts reads it).
  return code === 'ENOSPC' || code === 'EDQUOT' || code === 'SQLITE_FULL';
}
