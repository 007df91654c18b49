// Argument schemas of the spaced-practice channels.
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { grade, questionId } from '../questions/questionSchemas';
import type { practiceChannels } from './practiceChannels';

export const practiceSchemas = {
  // countOnly: the activity bar's badge needs the number, not the questions.
  'practice.due': z
    .object({
      limit: z.number().int().min(1).max(10_000).optional(),
      countOnly: z.boolean().optional(),
    })
    .strict(),
  'practice.grade': z.object({ questionId, grade }).strict(),
  'practice.preview': z.object({ questionId }).strict(),
} satisfies SchemasFor<typeof practiceChannels>;
