// Arguments of the export and import channels.
import { z } from 'zod';
import { empty } from '../schemaParts';
import type { SchemasFor } from '../channelParts';
import type { dataChannels } from './dataChannels';

/** One file the renderer read for an import: its name (a relative path for a folder) and its text. */
const importFile = z
  .object({
    name: z.string().min(1).max(1000),
    text: z.string().max(64_000_000),
  })
  .strict();

export const dataSchemas = {
  'data.export': empty,
  'data.import': z.object({ files: z.array(importFile).min(1).max(20_000) }).strict(),
} satisfies SchemasFor<typeof dataChannels>;
