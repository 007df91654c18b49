// Copies a live database with SQLite's online backup API (an encrypted one with VACUUM INTO, below):
// safe while the app keeps writing, and the copy is a complete database at one moment in time. The
// copy is written under a temporary name and renamed only once whole, so a crash never leaves a half
// backup that looks finished.
import { renameSync, rmSync } from 'node:fs';
import { createPrivateFile } from '../common/privateFiles';
import { connectionKey, type Db } from '../db/connection';
import { vacuumInto } from '../db/driverWorkers';

/** Pages copied per step, so a large copy leaves the event loop free between steps. */
const PAGES_PER_STEP = 2000;
/**
 * A commit from another connection restarts a stepped copy; after this many steps the rest is
 * copied in one step, so a busy writer elsewhere can never keep the backup from finishing (in WAL
 * mode that step's read lock does not block writers).
 */
const STEPS_BEFORE_ONE_GO = 64;
const ALL_PAGES = 0x7fffffff;

export const PARTIAL_SUFFIX = '.partial';

/** Copies being written by this process: the clean-up of copies cut short must leave them be. */
const underWay = new Set<string>();

/** Whether `partial` (or its journal, `<partial>-journal`) belongs to a copy this process is writing. */
export function isCopyUnderWay(file: string): boolean {
  for (const partial of underWay)
    if (file === partial || file.startsWith(`${partial}-`)) return true;
  return false;
}

/** Marks `file` as written by this process until the returned function is called. */
export function markUnderWay(file: string): () => void {
  underWay.add(file);
  return () => underWay.delete(file);
}

export async function backupTo(db: Db, destination: string): Promise<void> {
  const partial = destination + PARTIAL_SUFFIX;
  rmSync(partial, { force: true });
  underWay.add(partial);
  try {
    // Created 0600 first: SQLite keeps the mode of a file it finds (privateFiles.ts).
    createPrivateFile(partial);
    // The online backup API cannot write an encrypted copy: the driver opens the copy without a key
    // and SQLite3 Multiple Ciphers refuses ("backup is not supported with incompatible source and
    // target databases"). VACUUM INTO encrypts the copy with the same cipher and key, and reads it in
    // one transaction, so it is one moment's journal while other connections write (WAL). It runs in
    // a worker (about 40 ms for 10 MB here); durability/backup.test.ts checks both.
    if (connectionKey(db)) {
      await vacuumInto(db, partial);
      renameSync(partial, destination);
      return;
    }
    let steps = 0;
    await db.backup(partial, {
      progress: () => (++steps < STEPS_BEFORE_ONE_GO ? PAGES_PER_STEP : ALL_PAGES),
    });
    renameSync(partial, destination);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    underWay.delete(partial);
  }
}
