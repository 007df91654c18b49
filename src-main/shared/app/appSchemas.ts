// Argument schemas of the app's own channels.
import type { SchemasFor } from '../channelParts';
import { empty } from '../schemaParts';
import type { appChannels } from './appChannels';

export const appSchemas = {
  'app.info': empty,
  'app.start': empty,
} satisfies SchemasFor<typeof appChannels>;
