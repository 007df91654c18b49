// Argument schema of the search channel.
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { entryKind, profilePage, tag } from '../journal/journalSchemas';
import { isoDate } from '../schemaParts';
import type { searchChannels } from './searchChannels';

export const searchSchemas = {
  'search.query': z
    .object({
      text: z.string().max(500),
      kinds: z
        .array(z.union([entryKind, profilePage]))
        .max(20)
        .optional(),
      tag: tag.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(500).optional(),
    })
    .strict(),
} satisfies SchemasFor<typeof searchChannels>;
