// The only module that touches the SQLite driver. Opening is careful: a file that is not a
// healthy Ladder database is never written to, so a damaged journal can still be rescued.
// The driver is SQLite3 Multiple Ciphers (the better-sqlite3 API): with a key, every page of the
// file, its WAL and its search index is encrypted with AEGIS-256 (authenticated, key derived with
// Argon2id by the cipher). AEGIS rather than the library's default ChaCha20: with AES instructions it
// adds next to nothing to a save, where ChaCha20 added about a fifth.
import Database from 'better-sqlite3-multiple-ciphers';
import { LadderError } from '../../shared/errors';
import { fileSize, headerProblem } from './fileHeader';
import { asUnavailable, missingFolder } from './openFailure';

export type Db = Database.Database;

/**
 * Files up to this size get the full `PRAGMA quick_check` at open (about 9 ms per MB here, so at
 * most ~0.2 s). Larger files are checked in a background worker right after open: the header
 * checks still refuse other files and truncation at once, and a failed background check stops
 * all writes (see `refuseWrites`).
 */
export const QUICK_CHECK_AT_OPEN_MAX_BYTES = 20 * 1024 * 1024;

export const DRIVER = 'better-sqlite3-multiple-ciphers';
/** The cipher of every protected journal and backup; `ladder.protection.json` records it too. */
export const CIPHER = 'aegis';

/** Keys a connection: the cipher is chosen first, since `key` and `rekey` use the one in force. */
function applyKey(db: Db, key: Buffer): void {
  db.pragma(`cipher = '${CIPHER}'`);
  db.key(key);
}

export interface OpenOptions {
  quickCheckMaxBytes?: number;
  /** The passphrase's bytes, for an encrypted file (or a new file that should be encrypted). */
  key?: Buffer;
  /**
   * The key is known to be the file's (its verifier matched, or it opened the file before). A wrong
   * key and a damaged first page both read as SQLITE_NOTADB; with a known-right key it means damage.
   */
  keyKnownRight?: boolean;
}

/** The file is not a sound database: the caller may move it aside, never write to it. */
export class DamagedDatabaseError extends LadderError {
  constructor(message: string) {
    super('storage-error', message);
  }
}

/** Keys of open encrypted connections: backups and checks of their copies need the same key. */
const keys = new WeakMap<Db, Buffer>();

/** The key an encrypted connection was opened with; null for a plain one. */
export function connectionKey(db: Db): Buffer | null {
  return keys.get(db) ?? null;
}

/** Connections whose full integrity check was left to `checkIntegrityInBackground`. */
const deferred = new WeakSet<Db>();

export function integrityCheckDeferred(db: Db): boolean {
  return deferred.has(db);
}

/**
 * Opens (or creates) the database file and checks it is healthy, without writing to it yet. Throws
 * DamagedDatabaseError only when the file's format or its check says so; a cause around the file (a
 * full disk, a permission, a lock, a folder at its path) throws UnavailableDatabaseError instead.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const damaged = new DamagedDatabaseError(
    `The data file ${file} is damaged or is not a Ladder database. It was left untouched; ` +
      'keep a copy of it and move it aside to start a new journal.',
  );
  /** Damage when the format or the check says so; anything else from the system or the driver is not. */
  const failure = (error: unknown): Error => asUnavailable(error, file) ?? damaged;
  // An encrypted file has no plain header to check: its first page proves the key instead.
  let header: string | null;
  try {
    header = options.key ? null : headerProblem(file);
  } catch (error) {
    throw asUnavailable(error, file) ?? error;
  }
  if (header !== null) throw damaged;
  const fullCheck = fileSize(file) <= (options.quickCheckMaxBytes ?? QUICK_CHECK_AT_OPEN_MAX_BYTES);
  let db: Db;
  try {
    db = new Database(file);
  } catch (error) {
    throw (
      asUnavailable(error, file) ??
      missingFolder(file) ??
      new LadderError(
        'storage-error',
        `Ladder could not open its data file ${file} (${codeOf(error)}).`,
      )
    );
  }
  if (options.key) {
    applyKey(db, options.key);
    try {
      db.pragma('schema_version');
    } catch (error) {
      db.close();
      if (codeOf(error) === 'SQLITE_NOTADB' && !options.keyKnownRight) {
        throw new LadderError('wrong-passphrase', 'That passphrase does not open this journal.');
      }
      throw failure(error);
    }
    keys.set(db, options.key);
  }
  try {
    // Reads only: nothing below may write before the file is known to be sound.
    db.pragma('schema_version');
    if (fullCheck) quickCheckNow(db);
    else deferred.add(db);
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = FULL');
    // 32 MB of page cache instead of SQLite's 2 MB: search walks many index pages, and on a protected
    // journal every page that misses the cache is decrypted again.
    db.pragma('cache_size = -32000');
  } catch (error) {
    db.close();
    throw failure(error);
  }
  return db;
}

/**
 * A read-only connection to a journal the app already opened, checked and migrated, for whole-journal
 * reading in a worker thread (data/dataWorker.ts): same key, no checks, never a write.
 */
export function openReadConnection(file: string, key: Uint8Array | null): Db {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    if (key) {
      const bytes = Buffer.from(key);
      applyKey(db, bytes);
      bytes.fill(0);
    }
    db.pragma('schema_version');
    db.pragma('busy_timeout = 5000');
    db.pragma('cache_size = -32000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens `file` (a small SQLite file of its own) and holds an exclusive lock on it until the connection
 * closes: SQLite's OS file locks go with the process, so a crash never leaves a false lock behind, and
 * any other connection (another process, or this one) is refused at once. Null when another holds it.
 */
export function holdExclusiveLock(file: string): Db | null {
  let db: Db;
  try {
    db = new Database(file, { timeout: 0 });
  } catch (error) {
    throw (
      asUnavailable(error, file) ??
      missingFolder(file) ??
      new LadderError(
        'storage-error',
        `Ladder could not open its lock file ${file} (${codeOf(error)}).`,
      )
    );
  }
  try {
    // In exclusive locking mode the lock taken by the first write is kept after its commit.
    db.pragma('locking_mode = EXCLUSIVE');
    db.exec('BEGIN EXCLUSIVE');
    db.exec('CREATE TABLE IF NOT EXISTS held (at INTEGER NOT NULL) STRICT');
    db.prepare('INSERT INTO held (at) VALUES (?)').run(Date.now());
    db.exec('DELETE FROM held WHERE rowid < (SELECT max(rowid) FROM held)');
    db.exec('COMMIT');
    return db;
  } catch (error) {
    db.close();
    const code = codeOf(error);
    if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return null;
    // A full disk or a folder it may not write: the start screen says so and Try again takes the lock then.
    throw (
      asUnavailable(error, file) ??
      new LadderError('storage-error', `Ladder could not lock its data folder (${code}).`)
    );
  }
}

/** The full check, run now on this connection; throws when the file is damaged. */
export function quickCheckNow(db: Db): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') throw new Error('quick_check failed');
  deferred.delete(db);
}

/** After a failed check: the connection refuses every write from now on (reads still work for rescue). */
export function refuseWrites(db: Db): void {
  db.pragma('query_only = ON');
}

/** Switches to write-ahead logging; call only once the file is known to be ours (this writes the header). */
export function enableWal(db: Db): void {
  db.pragma('journal_mode = WAL');
  // Checkpoints run in idle time instead of inside a save (see checkpoints.ts).
  db.pragma('wal_autocheckpoint = 0');
}

/**
 * Re-encrypts the file `file` from `from` to `to` (null: plain) in place. Rekeying needs a rollback
 * journal, so WAL is switched off for it and back on after. Call it on a copy that nothing else has
 * open (see lock/rekeyFile.ts); the copy is then swapped in atomically.
 */
export function rekeyClosedFile(file: string, from: Buffer | null, to: Buffer | null): void {
  const db = new Database(file, { fileMustExist: true });
  try {
    if (from) applyKey(db, from);
    db.pragma('schema_version');
    db.pragma('journal_mode = DELETE');
    db.pragma(`cipher = '${CIPHER}'`);
    const rc = db.rekey(to ?? Buffer.alloc(0));
    if (rc !== 0)
      throw new LadderError(
        'storage-error',
        `Ladder could not re-encrypt its data file (code ${rc}).`,
      );
    db.pragma('journal_mode = WAL');
  } finally {
    db.close();
  }
}

/** Whether `key` opens the encrypted file; reads its first page only and writes nothing. */
export function keyOpens(file: string, key: Buffer): boolean {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    applyKey(db, key);
    db.pragma('schema_version');
    return true;
  } catch (error) {
    if (codeOf(error) === 'SQLITE_NOTADB') return false;
    throw error;
  } finally {
    db.close();
  }
}

/**
 * A database image (from `snapshotImage`) opened in memory, so its tables can be copied into an
 * encrypted file attached with `attachEncrypted`: SQLite3 Multiple Ciphers can key neither a memory
 * database nor, here, a VACUUM INTO target other than with the main database's own key.
 */
export function openImage(image: Buffer): Db {
  // See IMAGE_WORKER: a memory database opens only in rollback-journal form.
  image[18] = 1;
  image[19] = 1;
  const db = new Database(image);
  // Shadow tables (the search index's) are copied as they are; defensive mode would refuse them.
  db.unsafeMode(true);
  db.pragma('foreign_keys = OFF');
  return db;
}

/** Attaches `file` (new, or encrypted with `key`) as `schema`, encrypted with Ladder's cipher. */
export function attachEncrypted(db: Db, file: string, schema: string, key: Buffer): void {
  db.pragma(`cipher = '${CIPHER}'`);
  db.prepare(`ATTACH ? AS ${schema} KEY ?`).run(file, key);
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
  return new LadderError(
    'storage-error',
    `The journal's data file reported a problem (${code}). Nothing was changed.`,
  );
}
