// SQLite writes to the file it opened, not to its name. A data folder deleted while the app is open
// (or the journal file swapped for another by a sync tool) would take every later save into a file
// no one can find, lost at close. The host checks before each request that the name still leads to
// the open file; when it does not, the open journal (whole, its write-ahead log included) is written
// back at its path, and the store reopens there.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LadderError } from '../../shared/errors';
import { createPrivateFile, makePrivateDir, syncPath } from '../common/privateFiles';
import type { Db } from '../db/connection';
import { copyFromOpenConnection } from '../db/openCopy';
import { moveAside } from '../backup/damagedJournal';
import { readProtection, writeProtection, type ProtectionRecord } from '../lock/protection';

export interface FileIdentity {
  dev: number;
  ino: number;
}

/** The file's identity on its disk, or null when nothing is at the path (nor its folder). */
export function identityOf(path: string): FileIdentity | null {
  try {
    const { dev, ino } = statSync(path);
    return { dev, ino };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw error;
  }
}

/**
 * Whether the name no longer leads to the open file: nothing there, or another file. A path that
 * cannot be looked at (a permission) is not called moved: SQLite reports that cause itself.
 */
export function movedFrom(opened: FileIdentity, dbPath: string): boolean {
  let now: FileIdentity | null;
  try {
    now = identityOf(dbPath);
  } catch {
    return false;
  }
  return now === null || now.dev !== opened.dev || now.ino !== opened.ino;
}

/**
 * Writes the open journal back at `dbPath` (its folder made again, private): one consistent copy by
 * VACUUM INTO, encrypted with the connection's own key when it has one, under a temporary name and
 * renamed once whole. A file found at the path is another journal, kept beside as `ladder.found-*.db`.
 * The protection record goes first, so a crash between the two leaves a record beside no file, which
 * the next start drops, never an encrypted file without its record. Returns the kept file's name.
 */
export function writeBack(
  db: Db,
  dbPath: string,
  record: ProtectionRecord | null,
  now: number,
): string | null {
  makePrivateDir(dirname(dbPath));
  const partial = `${dbPath}.partial`;
  rmSync(partial, { force: true });
  createPrivateFile(partial);
  copyFromOpenConnection(db, partial);
  syncPath(partial);
  if (record && !readProtection(dbPath)) writeProtection(dbPath, record);
  const kept = existsSync(dbPath) ? moveAside(dbPath, now, 'found') : null;
  renameSync(partial, dbPath);
  syncPath(dirname(dbPath));
  return kept;
}

/** What a request is answered while the journal could not be put back. */
export function notPutBack(error: unknown): LadderError {
  const code = (error as { code?: unknown } | null)?.code;
  const why = typeof code === 'string' ? ` (${code})` : '';
  return new LadderError(
    'storage-error',
    `Your journal's file is gone from its folder (the folder was moved or deleted while Ladder was open), and Ladder could not put it back${why}. Nothing is lost yet: keep Ladder open, make the folder's place free and writable (or free some space), then save again; your journal is written back then.`,
  );
}
