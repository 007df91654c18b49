// Arguments of the export and import channels.
import { z } from 'zod';
import { empty } from '../schemaParts';
import type { SchemasFor } from '../channelParts';
import { IMPORT_CHUNK_CHARS } from '../limits';
import type { dataChannels } from './dataChannels';

/** One file the renderer read for an import: its name (a relative path for a folder) and its text. */
const importFile = z
  .object({
    name: z.string().min(1).max(1000),
    text: z.string().max(64_000_000),
  })
  .strict();

const MAX_FILES = 20_000;
/** Made by the renderer (crypto.randomUUID); names the pieces of one import until it is imported. */
const uploadId = z.string().regex(/^[0-9a-f-]{16,64}$/i, 'an upload id is a UUID');

const piece = z
  .object({
    file: z
      .number()
      .int()
      .min(0)
      .max(MAX_FILES - 1),
    name: z.string().min(1).max(1000),
    text: z.string().max(IMPORT_CHUNK_CHARS),
  })
  .strict();

export const dataSchemas = {
  'data.export': empty,
  'data.importUpload': z
    .object({ uploadId, pieces: z.array(piece).min(1).max(MAX_FILES) })
    .strict(),
  'data.import': z.union([
    z.object({ files: z.array(importFile).min(1).max(MAX_FILES) }).strict(),
    z.object({ uploadId }).strict(),
  ]),
} satisfies SchemasFor<typeof dataChannels>;
