// One record of an import written in a savepoint of its own: a clash with data already in the store
// is reported and left out, any other failure (disk full, I/O) is thrown on to roll back the import.
import type { Db } from '../db/connection';

export interface LoadHooks {
  /** Called for every record left out; `item` names it without quoting its text. */
  skip: (item: string, reason: string) => void;
}

export const int = (b: boolean): number => (b ? 1 : 0);

function isConstraint(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/** Runs `write` in a savepoint; a constraint clash is reported and undone, anything else is thrown on. */
export function attempt(
  db: Db,
  hooks: LoadHooks,
  item: string,
  clash: string,
  write: () => void,
): boolean {
  try {
    db.transaction(write)();
    return true;
  } catch (error) {
    if (!isConstraint(error)) throw error;
    hooks.skip(item, clash);
    return false;
  }
}
