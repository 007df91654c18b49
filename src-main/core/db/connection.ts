// The only module that touches the SQLite driver. Opening is careful: a file that is not a
// healthy Ladder database is never written to, so a damaged journal can still be rescued.
import Database from 'better-sqlite3';
import { LadderError } from '../../shared/errors';

export type Db = Database.Database;

/** Opens (or creates) the database file and checks it is healthy, without writing to it yet. */
export function openDatabase(file: string): Db {
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw new LadderError('storage-error', `Ladder could not open its data file ${file} (${codeOf(error)}).`);
  }
  try {
    // Reads only: nothing below may write before the file is known to be sound.
    const rows = db.pragma('quick_check') as { quick_check: string }[];
    if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new Error('quick_check failed');
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
  } catch {
    db.close();
    throw new LadderError(
      'storage-error',
      `The data file ${file} is damaged or is not a Ladder database. It was left untouched; ` +
        'keep a copy of it and move it aside to start a new journal.',
    );
  }
  return db;
}

/** Switches to write-ahead logging; call only once the file is known to be ours (this writes the header). */
export function enableWal(db: Db): void {
  db.pragma('journal_mode = WAL');
}

function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'unknown error';
}

/** True for errors raised by the driver (their code starts with SQLITE_). */
export function isDriverError(error: unknown): boolean {
  return error instanceof Database.SqliteError || codeOf(error).startsWith('SQLITE_');
}

/** Turns a driver error into the typed error the renderer understands; other errors pass through. */
export function mapDriverError(error: unknown): unknown {
  if (!isDriverError(error)) return error;
  const code = codeOf(error);
  if (code === 'SQLITE_FULL') {
    return new LadderError(
      'storage-full',
      'The disk is full: your last change was not saved, but your text is kept in the editor and Ladder will retry. ' +
        'Free some space to continue.',
    );
  }
  return new LadderError('storage-error', `The journal's data file reported a problem (${code}). Nothing was changed.`);
}
