// Turns an archive (backupArchive.ts) back into a journal file. A plain one is the database itself
// once decompressed. A protected one is rebuilt encrypted without its plain pages ever touching the
// disk: the image is opened in memory and copied into a new file attached with the key
// (imageCopyRepository.ts). The caller checks the result before it is used.
// A backup leaves the search index's data out (db/indexLeftOut.ts): it is rebuilt here, once, before
// the restored file is checked and used (a plain one in the file, a protected one in memory before
// its copy is encrypted). A backup written with its index, by an earlier version, is kept as it is.
import { rmSync } from 'node:fs';
import {
  attachEncrypted,
  DamagedDatabaseError,
  openDatabase,
  openImage,
  type Db,
} from '../db/connection';
import { rebuildLeftOutIndex } from '../db/indexLeftOut';
import { copyImageInto, detachRestored, RESTORED } from './imageCopyRepository';
import { writePrivateFile, createPrivateFile } from '../common/privateFiles';
import { readArchiveImage } from './backupArchive';

/**
 * Writes the journal inside `archive` to `destination` (replaced), encrypted with `key` when given
 * (the archive then is encrypted under the same passphrase). Throws when the archive does not open
 * with the key or fails its own checks; a failed rebuild leaves no file behind.
 */
export function expandArchive(archive: string, destination: string, key: Buffer | null): void {
  const image = readArchiveImage(archive, key);
  rmSync(destination, { force: true });
  if (!key) {
    writePrivateFile(destination, image, { flush: true });
    try {
      rebuildInFile(destination);
    } catch (error) {
      rmSync(destination, { force: true });
      throw error;
    }
    return;
  }
  const db = openImage(image);
  try {
    rebuildLeftOutIndex(db);
    createPrivateFile(destination);
    attachEncrypted(db, destination, RESTORED, key);
    try {
      copyImageInto(db);
    } finally {
      detachRestored(db);
    }
  } catch (error) {
    rmSync(destination, { force: true });
    throw error;
  } finally {
    db.close();
  }
}

/** Rebuilds a plain restored file's index when its backup left it out (synchronous=FULL: durable). */
function rebuildInFile(file: string): void {
  // Checked in full by the caller (placeBackupCopy) once rebuilt; only the header is read here first.
  let db: Db;
  try {
    db = openDatabase(file, { quickCheckMaxBytes: 0 });
  } catch (error) {
    // The file in hand is the backup's, not the journal: its damage is the backup's.
    if (error instanceof DamagedDatabaseError)
      throw new Error('the backup is damaged', { cause: error });
    throw error;
  }
  try {
    rebuildLeftOutIndex(db);
  } finally {
    db.close();
  }
}
