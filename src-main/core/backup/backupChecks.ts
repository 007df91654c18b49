// Checks of backups that run while the app keeps answering: the pages are read by quick_check in a
// worker (over a second for a large journal), then the header and schema are checked here, cheaply.
// When the worker cannot run, the whole check runs here instead: a copy is never judged unchecked.
import { statSync } from 'node:fs';
import { LadderError } from '../../shared/errors';
import { DamagedDatabaseError, openDatabase } from '../db/connection';
import { checkIntegrityInBackground } from '../db/driverWorkers';
import { asUnavailable } from '../db/openFailure';
import { archiveImageHash, isArchiveName } from './backupArchive';

/**
 * Throws unless the file passes quick_check with `key` (null: plain): DamagedDatabaseError when it
 * fails, or the cause (a lock, a full disk, a read error) when it could not be checked at all.
 */
async function quickCheckFile(file: string, key: Buffer | null): Promise<void> {
  const outcome = await checkIntegrityInBackground(file, key, true).result;
  if (outcome === 'damaged') throw new DamagedDatabaseError(`${file} failed quick_check`);
  openDatabase(file, {
    quickCheckMaxBytes: outcome === 'ok' ? 0 : Number.MAX_SAFE_INTEGER,
    key: key ?? undefined,
  }).close();
}

/** Throws `message` as a storage-error unless the file passes quick_check with `key` (null: plain). */
export async function checkNewBackup(
  file: string,
  message: string,
  key: Buffer | null,
): Promise<void> {
  try {
    await quickCheckFile(file, key);
  } catch {
    throw new LadderError('storage-error', message);
  }
}

/**
 * Whether a backup is good, as the damaged screen judges it (damagedJournal.ts): it passes quick_check
 * with the journal's key. A backup never changes once written (a new passphrase re-encrypts it into a
 * new file while the store is closed, and this judge lives as long as one open store), so each
 * answer is kept while the file's size and time stay the same: each rotation checks only new copies.
 * Only a verdict is kept: a copy that could not be checked for now (another program holds it locked,
 * the disk would not read) is not called good this time, and is checked again the next.
 */
export type Verdict = 'good' | 'damaged' | 'unchecked';

export interface BackupJudge {
  /** 'unchecked': it could not be checked for now, so whether it is good is not known. */
  verdict: (file: string) => Promise<Verdict>;
  isGood: (file: string) => Promise<boolean>;
  /** A copy just checked by its writer: it is not checked a second time. */
  remember: (file: string, good: boolean) => void;
}

export function createBackupJudge(key: () => Buffer | null): BackupJudge {
  const known = new Map<string, { size: number; mtimeMs: number; good: boolean }>();
  const judge: Omit<BackupJudge, 'isGood'> = {
    remember: (file, good) => {
      try {
        const { size, mtimeMs } = statSync(file);
        known.set(file, { size, mtimeMs, good });
      } catch {
        // Gone already: nothing to remember.
      }
    },
    verdict: async (file) => {
      let stat: { size: number; mtimeMs: number };
      try {
        stat = statSync(file);
      } catch {
        return 'damaged';
      }
      const held = known.get(file);
      if (held && held.size === stat.size && held.mtimeMs === stat.mtimeMs)
        return held.good ? 'good' : 'damaged';
      let good = true;
      try {
        // A compressed backup was checked when written: reading it back whole proves it unchanged.
        if (isArchiveName(file)) await archiveImageHash(file, key());
        else await quickCheckFile(file, key());
      } catch (error) {
        if (asUnavailable(error, file)) return 'unchecked';
        good = false;
      }
      known.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, good });
      return good ? 'good' : 'damaged';
    },
  };
  return { ...judge, isGood: async (file) => (await judge.verdict(file)) === 'good' };
}
