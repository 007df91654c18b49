// Argument schema of the app's own channel.
import type { SchemasFor } from '../channelParts';
import { empty } from '../schemaParts';
import type { appChannels } from './appChannels';

export const appSchemas = {
  'app.info': empty,
} satisfies SchemasFor<typeof appChannels>;
