// Argument schemas of the action-item and follow-up channels.
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { ACTION_OWNERS, ACTION_STATUSES } from '../conversations/conversations';
import { MAX_LINE, baseVersion, session } from '../conversations/conversationSchemas';
import { empty, id, isoDate } from '../schemaParts';
import type { followupChannels } from './followupChannels';

export const followupSchemas = {
  'actions.add': z
    .object({
      conversationId: id,
      text: z.string().trim().min(1).max(MAX_LINE),
      owner: z.enum(ACTION_OWNERS).optional(),
      dueDate: isoDate.nullable().optional(),
      carriedFrom: id.optional(),
    })
    .strict(),
  'actions.update': z
    .object({
      id,
      text: z.string().trim().min(1).max(MAX_LINE).optional(),
      owner: z.enum(ACTION_OWNERS).optional(),
      dueDate: isoDate.nullable().optional(),
      status: z.enum(ACTION_STATUSES).optional(),
      baseVersion,
      session,
    })
    .strict(),
  'actions.remove': z.object({ id }).strict(),

  'followups.list': empty,
} satisfies SchemasFor<typeof followupChannels>;
