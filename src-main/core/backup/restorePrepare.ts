// A restore made ready when it is asked for (backup.restore), not at the next start. A backup leaves
// the search index out (db/indexLeftOut.ts) and rebuilding it takes seconds on a large journal
// (about 5 s at 10,000 entries), so the rebuild runs in a worker while the app keeps answering, and
// its result is written as an archive that holds its index (`restore-ready-<name>`, under the same
// passphrase): the next start restores that one as it restored every backup before, in the same
// time. Without a ready copy (the app closed mid-way, the passphrase changed since, a journal too
// large to hold in memory) the start rebuilds the index itself (archiveRestore.ts).
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { rebuildIndexInWorker } from '../db/driverWorkers';
import { INDEX_LEFT_OUT_QUERIES, REBUILD_INDEX } from '../db/indexLeftOut';
import {
  archiveImageHash,
  imageInPieces,
  isArchiveName,
  readArchiveBody,
  syncFolderOf,
  writeArchive,
} from './backupArchive';
import { markUnderWay, PARTIAL_SUFFIX } from './liveCopy';
import { ARCHIVE_IN_MEMORY_MAX_BYTES } from './backupWrite';

/** A lean archive expands about 4x, then its index about doubles it again: held in memory twice. */
const EXPANSION = 8;

const READY_PREFIX = 'restore-ready-';

/** The ready copy of backup `name` in backups/ (never listed: backups' names start with `ladder-`). */
export function readyCopyOf(dir: string, name: string): string {
  return join(dir, `${READY_PREFIX}${name}`);
}

/** Removes the ready copies in `dir` (a restore done, cancelled or asked for another backup). */
export function removeReadyCopies(dir: string): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir))
    if (name.startsWith(READY_PREFIX) && !name.endsWith(PARTIAL_SUFFIX))
      rmSync(join(dir, name), { force: true });
}

/**
 * Writes the ready copy of the compressed backup `file` (opened with `key`): its database with the
 * index rebuilt, checked, compressed and read back. Nothing is written for a backup that holds its
 * index (an earlier version's). Resolves true once the backup was expanded whole (gzip's own check
 * passed), false when it was not tried (a full copy, or over `inMemoryMaxBytes` once expanded).
 * Rejects when the backup does not expand, rebuild or pass quick_check: it is damaged.
 */
export async function prepareRestore(
  file: string,
  key: Buffer | null,
  inMemoryMaxBytes = ARCHIVE_IN_MEMORY_MAX_BYTES,
): Promise<boolean> {
  const dir = dirname(file);
  removeReadyCopies(dir);
  if (!isArchiveName(file) || statSync(file).size * EXPANSION > inMemoryMaxBytes) return false;
  const image = await rebuildIndexInWorker(await readArchiveBody(file, key), {
    leftOut: INDEX_LEFT_OUT_QUERIES,
    rebuild: REBUILD_INDEX,
  });
  if (!image) return true;
  const ready = readyCopyOf(dir, basename(file));
  const partial = ready + PARTIAL_SUFFIX;
  const done = markUnderWay(partial);
  try {
    const sha = await writeArchive(imageInPieces(image), partial, key);
    // Only a copy read back whole and equal is ever used; otherwise the start rebuilds.
    if ((await archiveImageHash(partial, key)) === sha) renameSync(partial, ready);
    syncFolderOf(ready);
  } catch {
    // A full disk: the restore still happens, from the backup itself.
  } finally {
    rmSync(partial, { force: true });
    done();
  }
  return true;
}
