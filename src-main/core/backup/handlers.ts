// The backup channels → the backup service.
import type { backupChannels } from '../../shared/backup/backupChannels';
import type { Handlers } from '../../shared/contract';
import type { BackupService } from './backupService';

export function backupHandlers(s: {
  backup: BackupService;
}): Handlers<keyof typeof backupChannels> {
  return {
    'backup.now': () => s.backup.now(),
    'backup.list': () => s.backup.list(),
    'backup.restore': s.backup.restore,
  };
}
