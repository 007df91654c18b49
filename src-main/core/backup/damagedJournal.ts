// A database that fails its check at start is never written to nor deleted: it is moved aside under
// a new name, and the newest backup that passes its own check is offered in its place.
import { existsSync, readdirSync, renameSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { BackupInfo } from '../../shared/backup/backups';
import type { DamagedInfo } from '../../shared/lock/lock';
import { backupDir } from './backupFiles';
import { checkBackup, listBackups, placeBackupCopy } from './backupService';
import { backupKeyProblem } from './backupKeys';

/**
 * Moves the file (with its WAL and shared memory) to `ladder.<label>-<stamp>.db`; returns that name.
 * 'found': another file found at the journal's path while it was open (host/journalInPlace.ts).
 */
export function moveAside(
  dbPath: string,
  now: number,
  label: 'damaged' | 'found' = 'damaged',
): string {
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-');
  let aside = join(dirname(dbPath), `ladder.${label}-${stamp}.db`);
  for (let n = 2; existsSync(aside); n++)
    aside = join(dirname(dbPath), `ladder.${label}-${stamp}-${n}.db`);
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
  }
  return basename(aside);
}

const MOVED_ASIDE = /^ladder\.damaged-.+\.db$/;

/**
 * 'missing' or 'empty' when the journal file is so while backups, a moved-aside file or a write-ahead
 * log with content say a journal existed here: that is a loss to recover from, not a first start. Null
 * otherwise (a first start on an empty folder, or a file with content, which the open checks). Nothing
 * is touched: SQLite itself deletes the log of a zero-page database at open, so it must not open one.
 */
export function formerJournal(dbPath: string): 'missing' | 'empty' | null {
  const stat = statSync(dbPath, { throwIfNoEntry: false });
  const found = !stat ? 'missing' : stat.size === 0 ? 'empty' : null;
  if (found === null) return null;
  const walSize = statSync(`${dbPath}-wal`, { throwIfNoEntry: false })?.size ?? 0;
  const traces =
    walSize > 0 ||
    listBackups(dbPath).length > 0 ||
    readdirSync(dirname(dbPath)).some((name) => MOVED_ASIDE.test(name));
  return traces ? found : null;
}

/**
 * The newest backup that passes its check (with the journal's key when it is protected), and why each
 * newer one was passed over: one under another passphrase can still be restored, and the text says how.
 */
export function backupOffer(
  dbPath: string,
  key: Buffer | null,
): Pick<DamagedInfo, 'newestBackup' | 'passedOver'> {
  const passedOver: string[] = [];
  for (const backup of listBackups(dbPath)) {
    const file = join(backupDir(dbPath), backup.name);
    try {
      checkBackup(file, undefined, key);
      return { newestBackup: backup, passedOver };
    } catch {
      const problem = backupKeyProblem(file, backup.name, key);
      if (problem) passedOver.push(problem);
    }
  }
  return { newestBackup: null, passedOver };
}

/**
 * Once the person chose to restore or start empty over a missing or empty journal: a write-ahead log or
 * shared memory left beside it belongs to the old journal and must not be replayed onto the new file,
 * so they (with the empty file) are moved aside like a damaged file. Returns the name, or null.
 */
export function setAsideLeftovers(dbPath: string, now: number): string | null {
  if (!existsSync(`${dbPath}-wal`) && !existsSync(`${dbPath}-shm`)) return null;
  return moveAside(dbPath, now);
}

/**
 * Puts a copy of the backup where the journal belongs (a compressed one expanded, encrypted with `key`
 * when the journal is protected); the backup itself stays as it is.
 */
export function copyBackupIn(dbPath: string, backup: BackupInfo, key: Buffer | null = null): void {
  renameSync(placeBackupCopy(join(backupDir(dbPath), backup.name), dbPath, key), dbPath);
}
