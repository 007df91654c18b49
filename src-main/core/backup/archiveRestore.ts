// Turns an archive (backupArchive.ts) back into a journal file. A plain one is the database itself
// once decompressed. A protected one is rebuilt encrypted without its plain pages ever touching the
// disk: the image is opened in memory and copied into a new file attached with the key
// (imageCopyRepository.ts). The caller checks the result before it is used.
import { rmSync } from 'node:fs';
import { attachEncrypted, openImage } from '../db/connection';
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
    return;
  }
  const db = openImage(image);
  try {
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
