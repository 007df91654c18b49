// Argument schemas of the profile channels (its pages, skills and goals).
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { baseVersion, session } from '../conversations/conversationSchemas';
import { profilePage } from '../journal/journalSchemas';
import { MAX_FIELD } from '../limits';
import { empty, id, isoDate } from '../schemaParts';
import type { profileChannels } from './profileChannels';

export const profileSchemas = {
  'profile.get': z.object({ page: profilePage }).strict(),

  'skills.list': empty,
  'skills.add': z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  'skills.rename': z
    .object({ id, name: z.string().trim().min(1).max(200), baseVersion, session })
    .strict(),
  'skills.rate': z
    .object({
      id,
      rating: z.number().int().min(1).max(5),
      note: z.string().max(MAX_FIELD).optional(),
    })
    .strict(),
  'skills.setColleaguesView': z
    .object({ id, text: z.string().max(MAX_FIELD), baseVersion, session })
    .strict(),
  'skills.remove': z.object({ id }).strict(),

  'goals.list': empty,
  'goals.save': z
    .object({
      id: id.optional(),
      horizon: z.enum(['short', 'long']),
      text: z.string().trim().min(1).max(MAX_FIELD),
      targetDate: isoDate.nullable(),
      done: z.boolean(),
      baseVersion,
      session,
    })
    .strict(),
  'goals.remove': z.object({ id }).strict(),
} satisfies SchemasFor<typeof profileChannels>;
