// Checks of backups that run while the app keeps answering: the pages are read by quick_check in a
// worker (over a second for a large journal), then the header and schema are checked here, cheaply.
// When the worker cannot run, the whole check runs here instead: a copy is never judged unchecked.
import { statSync } from 'node:fs';
import { LadderError } from '../../shared/errors';
import { openDatabase } from '../db/connection';
import { checkIntegrityInBackground } from '../db/driverWorkers';
import { archiveImageHash, isArchiveName } from './backupArchive';

/** Throws `message` as a storage-error unless the file passes quick_check with `key` (null: plain). */
export async function checkNewBackup(
  file: string,
  message: string,
  key: Buffer | null,
): Promise<void> {
  const outcome = await checkIntegrityInBackground(file, key, true).result;
  if (outcome === 'damaged') throw new LadderError('storage-error', message);
  try {
    openDatabase(file, {
      quickCheckMaxBytes: outcome === 'ok' ? 0 : Number.MAX_SAFE_INTEGER,
      key: key ?? undefined,
    }).close();
  } catch {
    throw new LadderError('storage-error', message);
  }
}

/**
 * Whether a backup is good, as the damaged screen judges it (damagedJournal.ts): it passes quick_check
 * with the journal's key. A backup never changes once written (a new passphrase re-encrypts it into a
 * new file while the store is closed, and this judge lives as long as one open store), so each
 * answer is kept while the file's size and time stay the same: each rotation checks only new copies.
 */
export interface BackupJudge {
  isGood: (file: string) => Promise<boolean>;
  /** A copy just checked by its writer: it is not checked a second time. */
  remember: (file: string, good: boolean) => void;
}

export function createBackupJudge(key: () => Buffer | null): BackupJudge {
  const known = new Map<string, { size: number; mtimeMs: number; good: boolean }>();
  return {
    remember: (file, good) => {
      try {
        const { size, mtimeMs } = statSync(file);
        known.set(file, { size, mtimeMs, good });
      } catch {
        // Gone already: nothing to remember.
      }
    },
    isGood: async (file) => {
      let stat: { size: number; mtimeMs: number };
      try {
        stat = statSync(file);
      } catch {
        return false;
      }
      const held = known.get(file);
      if (held && held.size === stat.size && held.mtimeMs === stat.mtimeMs) return held.good;
      let good = true;
      try {
        // A compressed backup was checked when written: reading it back whole proves it unchanged.
        if (isArchiveName(file)) await archiveImageHash(file, key());
        else await checkNewBackup(file, 'damaged', key());
      } catch {
        good = false;
      }
      known.set(file, { size: stat.size, mtimeMs: stat.mtimeMs, good });
      return good;
    },
  };
}
