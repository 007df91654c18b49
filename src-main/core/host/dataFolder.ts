// What the data folder needs at every start, before the journal opens or waits for its passphrase:
// to exist (made on a first start only), private modes (privateFiles.ts), and no half copies left by
// a backup, restore or protect cut short.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { tightenDataFolder } from '../common/privateFiles';
import { BACKUP_DIR_NAME } from '../backup/backupFiles';
import { removeInterruptedCopies } from '../backup/backupLeftovers';
import { DB_FILE_NAME } from './store';

export function prepareDataFolder(dataDir: string): void {
  tightenDataFolder(dataDir, BACKUP_DIR_NAME);
  removeInterruptedCopies(join(dataDir, DB_FILE_NAME));
}

/**
 * Makes the data folder on a first start, and at each later call (Try again) until it could be made.
 * A folder that was there and went (moved, a drive unplugged) is never made again: an empty one in
 * its place would open as an empty journal; the start screen says it is missing instead.
 */
export function folderMaker(dataDir: string): () => void {
  let seen = existsSync(dataDir);
  return () => {
    if (seen) return;
    try {
      mkdirSync(dataDir, { recursive: true });
      seen = true;
    } catch {
      // A folder that cannot be made (a file in its way, no permission) is reported by the start screen.
    }
  };
}
