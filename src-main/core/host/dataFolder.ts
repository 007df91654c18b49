// What the data folder needs at every start, before the journal opens or waits for its passphrase:
// private modes (privateFiles.ts), and no half copies left by a backup, restore or protect cut short.
import { join } from 'node:path';
import { tightenDataFolder } from '../common/privateFiles';
import { BACKUP_DIR_NAME } from '../backup/backupFiles';
import { removeInterruptedCopies } from '../backup/backupLeftovers';
import { DB_FILE_NAME } from './store';

export function prepareDataFolder(dataDir: string): void {
  tightenDataFolder(dataDir, BACKUP_DIR_NAME);
  removeInterruptedCopies(join(dataDir, DB_FILE_NAME));
}
