// Argument schemas of the backup channels.
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { empty } from '../schemaParts';
import type { backupChannels } from './backupChannels';
import { BACKUP_NAME } from './backups';

export const backupSchemas = {
  'backup.now': empty,
  'backup.list': empty,
  'backup.restore': z
    .object({ name: z.string().max(100).regex(BACKUP_NAME, 'not a backup name') })
    .strict(),
} satisfies SchemasFor<typeof backupChannels>;
