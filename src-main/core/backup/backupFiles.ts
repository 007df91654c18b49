// Where backups live and what their files are called; shared by the backup service, the checks of
// which passphrase a backup needs (backupKeys.ts) and the data folder's modes at start.
import { dirname, join } from 'node:path';
import { BACKUP_NAME } from '../../shared/backup/backups';

export const BACKUP_DIR_NAME = 'backups';
export const RESTORE_MARKER = 'restore-pending.json';

export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), BACKUP_DIR_NAME);
}

/** The name of a full copy, as earlier versions wrote every backup (and a large protected journal's still). */
export function backupName(time: number): string {
  return `ladder-${new Date(time).toISOString().replace(/[:.]/g, '-')}.db`;
}

/** The name of a compressed backup (backupArchive.ts). */
export function archiveName(time: number): string {
  return `${backupName(time)}.gz`;
}

/** The moment in a backup's name, or null for a file that is not one of ours. */
export function timeOfBackup(name: string): number | null {
  const m = BACKUP_NAME.exec(name);
  if (!m) return null;
  const [y, mo, d, h, mi, s, ms] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const time = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  return Number.isNaN(time) ? null : time;
}
