// The backup channels: names and result types. A restore takes effect at the next start (see
// core/backup/backupService.ts).
import { returns } from '../channelParts';
import type { BackupInfo, RestorePlan } from './backups';

export const backupChannels = {
  'backup.now': returns<BackupInfo>(),
  'backup.list': returns<BackupInfo[]>(),
  'backup.restore': returns<RestorePlan>(),
};
