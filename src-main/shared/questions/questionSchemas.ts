// Argument schemas of the question-bank channels, and the parts rehearsal and practice share.
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { MAX_FIELD, MAX_TAG, MAX_TAGS } from '../limits';
import { FRAMEWORKS, GRADES, QUESTION_DIRECTIONS, type Framework } from './questionBank';
import type { questionChannels } from './questionChannels';

export const questionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'not a question id');
const questionText = z.string().trim().min(1).max(1000);
const slug = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a lower-case slug');
const probes = z.array(z.string().trim().min(1).max(1000)).max(5);
const tag = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TAG)
  .regex(/^[^\s,#][^,]*$/u, 'a tag has no commas and does not start with # or a space');
export const grade = z.enum(GRADES);
const difficulty = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const framework = z.enum(FRAMEWORKS as [Framework, ...Framework[]]);

export const filter = z
  .object({
    category: slug.optional(),
    framework: framework.optional(),
    step: slug.optional(),
    direction: z.enum(QUESTION_DIRECTIONS).optional(),
    tag: tag.optional(),
  })
  .strict();

export const questionSchemas = {
  'questions.list': filter
    .extend({ text: z.string().max(500).optional(), includeHidden: z.boolean().optional() })
    .strict(),
  'questions.get': z.object({ id: questionId }).strict(),
  'questions.create': z
    .object({
      text: questionText,
      direction: z.enum(QUESTION_DIRECTIONS).optional(),
      category: slug.optional(),
      difficulty: difficulty.optional(),
      probes: probes.optional(),
      tip: z.string().max(MAX_FIELD).optional(),
      tags: z.array(tag).max(MAX_TAGS).optional(),
    })
    .strict(),
  'questions.update': z
    .object({
      id: questionId,
      text: questionText.optional(),
      tip: z.string().max(MAX_FIELD).optional(),
      probes: probes.optional(),
      direction: z.enum(QUESTION_DIRECTIONS).optional(),
      category: slug.optional(),
      difficulty: difficulty.optional(),
      baseVersion: z.number().int().min(1).optional(),
      session: z.string().min(1).max(64).optional(),
    })
    .strict(),
  'questions.revert': z.object({ id: questionId }).strict(),
  'questions.hide': z.object({ id: questionId }).strict(),
  'questions.unhide': z.object({ id: questionId }).strict(),
  'questions.tag': z.object({ id: questionId, tags: z.array(tag).max(MAX_TAGS) }).strict(),
} satisfies SchemasFor<typeof questionChannels>;
