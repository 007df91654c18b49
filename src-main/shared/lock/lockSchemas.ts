// Argument schemas of the start-gate channels (see lock.ts).
import { z } from 'zod';
import { AUTO_LOCK_CHOICES, MAX_PASSPHRASE, MIN_PASSPHRASE } from './lock';
import { empty } from '../schemaParts';
import type { SchemasFor } from '../channelParts';
import type { lockChannels } from './lockChannels';

const given = z.string().min(1).max(MAX_PASSPHRASE);
const chosen = z
  .string()
  .min(MIN_PASSPHRASE, `a passphrase needs at least ${MIN_PASSPHRASE} characters`)
  .max(MAX_PASSPHRASE);
const minutes = z.union([
  z.literal(AUTO_LOCK_CHOICES[0]),
  z.literal(AUTO_LOCK_CHOICES[1]),
  z.literal(AUTO_LOCK_CHOICES[2]),
  z.literal(AUTO_LOCK_CHOICES[3]),
  z.null(),
]);

export const lockSchemas = {
  'app.state': empty,
  'lock.unlock': z.object({ passphrase: given }).strict(),
  'lock.lock': empty,
  'lock.protect': z.object({ passphrase: chosen }).strict(),
  'lock.changePassphrase': z.object({ current: given, next: chosen }).strict(),
  'lock.removeProtection': z.object({ passphrase: given }).strict(),
  'lock.settings': empty,
  'lock.setAutoLock': z.object({ minutes }).strict(),
  'app.restoreNewestBackup': empty,
  'app.startEmpty': empty,
  'app.retryOpen': empty,
} satisfies SchemasFor<typeof lockChannels>;
