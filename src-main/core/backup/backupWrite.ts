// Writes one backup into backups/ and proves it before it gets its name: the copy (or the image of a
// protected journal) passes quick_check, and the written archive, read back in full, gives the same
// bytes (SHA-256), so what a restore decompresses is exactly what was checked. Everything is written
// under `.partial` names, renamed only once proven: a crash or a full disk mid-way leaves no file
// that is listed, and the next start removes the pieces (backupLeftovers.ts).
// Each copy leaves out the search index's data (db/indexLeftOut.ts: over half the file, rebuilt
// from the entries at restore, archiveRestore.ts), so 9 kept copies weigh about 2x the journal, not 6x.
import { renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LadderError } from '../../shared/errors';
import { connectionKey, type Db } from '../db/connection';
import { checkIntegrityInBackground, leanCopyInto, snapshotImage } from '../db/driverWorkers';
import { LEAVE_INDEX_OUT } from '../db/indexLeftOut';
import { createPrivateFile } from '../common/privateFiles';
import {
  archiveImageHash,
  imageInPieces,
  readInPieces,
  syncFolderOf,
  writeArchive,
} from './backupArchive';
import { checkNewBackup } from './backupChecks';
import { archiveName, backupName } from './backupFiles';
import { backupTo, markUnderWay, PARTIAL_SUFFIX } from './liveCopy';

/**
 * A protected journal is compressed from its plain image in memory; above this size it gets a full
 * encrypted copy instead (as before), so a backup never needs more memory than this.
 */
export const ARCHIVE_IN_MEMORY_MAX_BYTES = 512 * 1024 * 1024;

export const FAILED_CHECK =
  'The new backup failed its check, so it was removed and older backups were kept.';

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

async function proveAndName(partial: string, file: string, key: Buffer | null, sha: string) {
  let readBack: string | null;
  try {
    readBack = await archiveImageHash(partial, key);
  } catch {
    readBack = null;
  }
  if (readBack !== sha) throw new LadderError('storage-error', FAILED_CHECK);
  renameSync(partial, file);
  syncFolderOf(file);
}

/** A full copy, as every backup was before: a large protected journal's. */
async function fullCopy(db: Db, dir: string, time: number): Promise<string> {
  const name = backupName(time);
  const file = join(dir, name);
  const key = connectionKey(db);
  try {
    await backupTo(db, file);
  } catch (error) {
    // A damaged page stops the copy under any code (one that fails to decrypt reads as "out of
    // memory"): the journal's own check tells damage from a full disk.
    if ((await checkIntegrityInBackground(db.name, key, true).result) === 'damaged')
      throw new LadderError('storage-error', FAILED_CHECK);
    throw error;
  }
  try {
    await checkNewBackup(file, FAILED_CHECK, key);
  } catch (error) {
    rmSync(file, { force: true });
    throw error;
  }
  return name;
}

/**
 * Writes, checks and names the backup taken at `time`; returns its name in `dir`. A protected journal
 * (with its write-ahead log) over `inMemoryMaxBytes` gets a full encrypted copy instead of an archive.
 */
export async function writeBackup(
  db: Db,
  dir: string,
  time: number,
  inMemoryMaxBytes = ARCHIVE_IN_MEMORY_MAX_BYTES,
): Promise<string> {
  const key = connectionKey(db);
  const journalBytes = sizeOf(db.name) + sizeOf(`${db.name}-wal`);
  if (key && journalBytes > inMemoryMaxBytes) return fullCopy(db, dir, time);
  const name = archiveName(time);
  const file = join(dir, name);
  const partial = file + PARTIAL_SUFFIX;
  // The plain journal's uncompressed copy, then the same without the index, kept only until compressed.
  const copy = `${join(dir, backupName(time))}.copy${PARTIAL_SUFFIX}`;
  const lean = `${join(dir, backupName(time))}.lean${PARTIAL_SUFFIX}`;
  const done = [markUnderWay(partial), markUnderWay(copy), markUnderWay(lean)];
  try {
    let sha: string;
    if (key) {
      let image: Buffer;
      try {
        image = await snapshotImage(db, [LEAVE_INDEX_OUT]);
      } catch (error) {
        if (String((error as { code?: unknown }).code).startsWith('SQLITE_CORRUPT'))
          throw new LadderError('storage-error', FAILED_CHECK);
        throw error;
      }
      sha = await writeArchive(imageInPieces(image), partial, key);
    } else {
      await backupTo(db, copy);
      rmSync(lean, { force: true });
      createPrivateFile(lean);
      await leanCopyInto(copy, lean, [LEAVE_INDEX_OUT]);
      rmSync(copy, { force: true });
      await checkNewBackup(lean, FAILED_CHECK, null);
      sha = await writeArchive(readInPieces(lean), partial, null);
    }
    await proveAndName(partial, file, key, sha);
    return name;
  } finally {
    // With what SQLite may leave beside the copy (its check opens it: a full disk can stop the close).
    for (const piece of [partial, lean, `${lean}-wal`, `${lean}-shm`, `${lean}-journal`])
      rmSync(piece, { force: true });
    for (const piece of [copy, `${copy}-wal`, `${copy}-shm`, `${copy}-journal`])
      rmSync(piece, { force: true });
    for (const end of done) end();
  }
}
