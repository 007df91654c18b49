// Backups of the journal: compressed copies (backupWrite.ts, backupArchive.ts) in `backups/` beside the
// database, at most daily on their own and whenever the user asks, rotated to 7 daily and 4
// weekly. A restore is prepared here and carried out by `applyPendingRestore` at the next start,
// before any connection is open, so the running store never swaps files under itself. Rotation
// never deletes the newest copies that pass their check (backupRotation.ts).
import {
  copyFileSync,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { basename, join } from 'node:path';
import type { BackupInfo, RestorePlan } from '../../shared/backup/backups';
import { LadderError } from '../../shared/errors';
import { PARTIAL_SUFFIX } from './liveCopy';
import { isArchiveName, readArchiveImage } from './backupArchive';
import { expandArchive } from './archiveRestore';
import { prepareRestore, readyCopyOf, removeReadyCopies } from './restorePrepare';
import { writeBackup } from './backupWrite';
import { connectionKey, openDatabase } from '../db/connection';
import { backupKeyProblem } from './backupKeys';
import { isDiskFull } from '../common/diskFull';
import { makePrivateDir, writePrivateFile } from '../common/privateFiles';
import { createBackupJudge, type BackupJudge } from './backupChecks';
import { removeInterruptedBackups } from './backupLeftovers';
import { checkedBackupsToKeep } from './backupRotation';
import { backupDir, RESTORE_MARKER, timeOfBackup } from './backupFiles';
import type { ServiceContext } from '../common/context';

const DAY_MS = 86_400_000;

export interface BackupService {
  now: () => Promise<BackupInfo>;
  list: () => BackupInfo[];
  restore: (args: { name: string }) => Promise<RestorePlan>;
  /** Takes a backup when the newest one is a day old or more; null when none was needed. */
  ifDue: () => Promise<BackupInfo | null>;
}

export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  const out: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const takenAt = timeOfBackup(name);
    if (takenAt === null) continue;
    out.push({ name, takenAt, size: statSync(join(dir, name)).size });
  }
  return out.sort((a, b) => b.takenAt - a.takenAt || (a.name < b.name ? 1 : -1));
}

/** Rotates by date among the backups that pass their check, each checked off the app's thread. */
async function prune(dbPath: string, judge: BackupJudge): Promise<void> {
  const dir = backupDir(dbPath);
  const all = listBackups(dbPath);
  const checked = [];
  for (const b of all) {
    const verdict = await judge.verdict(join(dir, b.name));
    checked.push({
      name: b.name,
      time: b.takenAt,
      good: verdict === 'good',
      unchecked: verdict === 'unchecked',
    });
  }
  const keep = checkedBackupsToKeep(checked);
  for (const b of all) if (!keep.has(b.name)) rmSync(join(dir, b.name), { force: true });
  // Left by a backup that was cut short (the app was closed or killed mid-copy).
  removeInterruptedBackups(dbPath);
}

export function createBackupService(ctx: ServiceContext): BackupService {
  const dbPath = ctx.db.name;
  let running: Promise<BackupInfo> | null = null;
  const judge = createBackupJudge(() => connectionKey(ctx.db));

  const take = async (): Promise<BackupInfo> => {
    const dir = backupDir(dbPath);
    makePrivateDir(dir);
    // Never older than the newest backup (a fast or fixed clock), or rotation would drop the new one.
    const newest = listBackups(dbPath)[0];
    const time = Math.max(ctx.now(), newest === undefined ? 0 : newest.takenAt + 1);
    let name: string;
    try {
      // A damaged copy must never push good backups out of the rotation: it is proven first.
      name = await writeBackup(ctx.db, dir, time);
    } catch (error) {
      if (error instanceof LadderError) throw error;
      throw new LadderError(
        'storage-error',
        'Ladder could not write a backup. Your journal was not changed.',
      );
    }
    const file = join(dir, name);
    judge.remember(file, true);
    await prune(dbPath, judge);
    return { name, takenAt: time, size: statSync(file).size };
  };

  // One copy at a time. A backup asked for while another runs comes after it, so it holds what was
  // written before the asking (the running one may have started earlier); the daily one joins it.
  const now = (): Promise<BackupInfo> => {
    const before = running;
    const next = (before ? before.catch(() => null) : Promise.resolve(null)).then(take);
    running = next;
    void next
      .catch(() => undefined)
      .finally(() => {
        if (running === next) running = null;
      });
    return next;
  };

  return {
    now,
    list: () => listBackups(dbPath),
    restore: async ({ name }) => {
      const file = join(backupDir(dbPath), name);
      if (timeOfBackup(name) === null || basename(name) !== name || !existsSync(file)) {
        throw new LadderError('not-found', 'That backup does not exist.');
      }
      // A backup under another passphrase (or none) is not damaged: say which passphrase it needs.
      const keyProblem = backupKeyProblem(file, name, connectionKey(ctx.db));
      if (keyProblem) throw new LadderError('conflict', keyProblem);
      const key = connectionKey(ctx.db);
      let expanded: boolean;
      try {
        // Its index rebuilt now, in a worker, so the next start takes no longer than it used to.
        expanded = await prepareRestore(file, key);
      } catch {
        throw new LadderError('storage-error', DAMAGED);
      }
      if (!expanded) checkBackup(file, undefined, key);
      writePrivateFile(join(backupDir(dbPath), RESTORE_MARKER), JSON.stringify({ name }));
      return { name, restartRequired: true };
    },
    ifDue: async () => {
      if (running) return running;
      const newest = listBackups(dbPath)[0];
      if (newest !== undefined && ctx.now() - newest.takenAt < DAY_MS) return null;
      return now();
    },
  };
}

/**
 * Refuses a backup that fails SQLite's check: a restore must never replace a journal with a damaged
 * copy. A compressed backup was checked when written; here it must read back whole (its tag and
 * gzip's own check), and the file expanded from it is checked again before it becomes the journal.
 */
const DAMAGED = 'That backup is damaged, so it was not restored. Your journal was not changed.';

export function checkBackup(file: string, message = DAMAGED, key: Buffer | null = null): void {
  if (isArchiveName(file)) {
    try {
      readArchiveImage(file, key);
    } catch {
      throw new LadderError('storage-error', message);
    }
    return;
  }
  try {
    // Backups of a protected journal are encrypted with its key.
    openDatabase(file, {
      quickCheckMaxBytes: Number.MAX_SAFE_INTEGER,
      key: key ?? undefined,
    }).close();
  } catch {
    throw new LadderError('storage-error', message);
  }
}

/**
 * Writes the journal held by backup `source` to `<dbPath>.partial`, checked by quick_check, and returns
 * that path for the caller to rename into place. A full copy is copied; a compressed one expanded.
 */
export function placeBackupCopy(source: string, dbPath: string, key: Buffer | null): string {
  const ready = dbPath + PARTIAL_SUFFIX;
  try {
    if (isArchiveName(source)) expandArchive(source, ready, key);
    else copyFileSync(source, ready);
    checkBackup(ready, undefined, key);
  } catch (error) {
    rmSync(ready, { force: true });
    if (error instanceof LadderError) throw error;
    // No room for the copy says nothing about the backup: the start shows "the disk is full".
    if (isDiskFull(error)) throw error;
    throw new LadderError('storage-error', DAMAGED);
  }
  return ready;
}

/**
 * Carries out a restore prepared by `backup.restore`; call before the database is opened. The
 * current file (with its WAL) is kept aside as `ladder.db.before-restore-<stamp>`. Returns the
 * restored backup's name, or null when no restore was pending.
 */
export function applyPendingRestore(
  dbPath: string,
  now: number,
  key: Buffer | null = null,
): string | null {
  const marker = join(backupDir(dbPath), RESTORE_MARKER);
  if (!existsSync(marker)) {
    // A ready copy whose restore was cancelled, or never asked for in full (the app closed first).
    removeReadyCopies(backupDir(dbPath));
    return null;
  }
  let name: unknown;
  try {
    name = (JSON.parse(readFileSync(marker, 'utf8')) as { name?: unknown }).name;
  } catch {
    name = null;
  }
  const source =
    typeof name === 'string' && timeOfBackup(name) !== null ? join(backupDir(dbPath), name) : null;
  if (source === null || !existsSync(source)) {
    rmSync(marker, { force: true });
    removeReadyCopies(backupDir(dbPath));
    return null;
  }
  // Expanded (and checked) beside the journal before anything is moved: a failure leaves both as they
  // were. The copy made ready at the asking holds the index already; without it (or when it does not
  // open with this key: the passphrase changed since) the backup itself is expanded and its index rebuilt.
  const readyCopy = readyCopyOf(backupDir(dbPath), name as string);
  let ready: string | null = null;
  if (existsSync(readyCopy)) {
    try {
      ready = placeBackupCopy(readyCopy, dbPath, key);
    } catch {
      ready = null;
    }
  }
  ready ??= placeBackupCopy(source, dbPath, key);
  removeReadyCopies(backupDir(dbPath));
  const aside = `${dbPath}.before-restore-${new Date(now).toISOString().replace(/[:.]/g, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(dbPath + suffix)) renameSync(dbPath + suffix, aside + suffix);
  }
  renameSync(ready, dbPath);
  rmSync(marker, { force: true });
  return name as string;
}
