// Backup, export and import: their writes. Only an import changes what the cached reads show, and
// then every read is refreshed (refreshEverything), once its report is on screen.
import { defineRead, defineWrite, invalidate } from '../../api/query';

export const backupsRead = defineRead('backup.list');

export const backupNow = defineWrite('backup.now');
export const restoreBackup = defineWrite('backup.restore');
export const exportData = defineWrite('data.export');
export const importData = defineWrite('data.import');
export const uploadImportPiece = defineWrite('data.importUpload');

export function refreshEverything(): Promise<void> {
  return invalidate(['']);
}
