// Argument schemas of the question bank, rehearsal and spaced-practice channels. Spread into
// `schemas` in schemas.ts.
import { z } from 'zod';
import { FRAMEWORKS, GRADES, QUESTION_DIRECTIONS, type Framework } from '../questions/questionBank';
import { PLAN_MODES, REHEARSAL_ORDERS } from './rehearsal';
import { MAX_FIELD, MAX_TAG, MAX_TAGS } from '../limits';
import { id } from '../schemaParts';
import { MY_ROLES } from '../conversations/conversations';

const questionId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'not a question id');
const questionText = z.string().trim().min(1).max(1000);
const slug = z.string().regex(/^[a-z][a-z0-9-]{0,39}$/, 'a lower-case slug');
const probes = z.array(z.string().trim().min(1).max(1000)).max(5);
const tag = z.string().trim().min(1).max(MAX_TAG).regex(/^[^\s,#][^,]*$/u, 'a tag has no commas and does not start with # or a space');
const grade = z.enum(GRADES);
const difficulty = z.union([z.literal(1), z.literal(2), z.literal(3)]);
const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);
const framework = z.enum(FRAMEWORKS as [Framework, ...Framework[]]);

const filter = z
  .object({
    category: slug.optional(),
    framework: framework.optional(),
    step: slug.optional(),
    direction: z.enum(QUESTION_DIRECTIONS).optional(),
    tag: tag.optional(),
  })
  .strict();

export const rehearsalSettings = z
  .object({
    count: z.number().int().min(1).max(100),
    timeBoxSec: z.number().int().min(10).max(1800),
    order: z.enum(REHEARSAL_ORDERS),
    followUps: z.boolean(),
    voice: z.boolean(),
    seed: z.number().int().min(0).max(2 ** 31 - 1),
    role: z.enum(MY_ROLES).optional(),
  })
  .strict();

export const rehearsalSchemas = {
  'questions.list': filter.extend({ text: z.string().max(500).optional(), includeHidden: z.boolean().optional() }).strict(),
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

  'rehearsal.plan': z
    .object({ mode: z.enum(PLAN_MODES), conversationId: id.optional(), filter: filter.optional(), settings: rehearsalSettings })
    .strict(),
  // The plan's arguments: the session starts with the planned questions.
  'rehearsal.begin': z
    .object({ mode: z.enum(PLAN_MODES), conversationId: id.optional(), filter: filter.optional(), settings: rehearsalSettings })
    .strict(),
  'rehearsal.start': z
    .object({ conversationId: id.nullable().optional(), questionIds: z.array(questionId).min(1).max(100), settings: rehearsalSettings })
    .strict(),
  'rehearsal.record': z
    .object({
      sessionId: id,
      position: z.number().int().min(0).max(99),
      questionId,
      answer: z.string().max(MAX_FIELD),
      startedAt: epochMs,
      endedAt: epochMs,
      timeMs: z.number().int().min(0).max(1_800_000),
      timedOut: z.boolean(),
      revealed: z.boolean(),
      followUp: z.string().max(1000).nullable().optional(),
      grade: grade.nullable().optional(),
      /** The answer's version the page last saw, 0 when it saw none: another page's answer since is a conflict. */
      baseVersion: z.number().int().min(0).optional(),
      session: z.string().min(1).max(64).optional(),
    })
    .strict(),
  'rehearsal.finish': z.object({ id }).strict(),
  'rehearsal.leave': z.object({ id }).strict(),
  'rehearsal.resume': z.object({ id }).strict(),
  'rehearsal.get': z.object({ id }).strict(),
  // One conversation's sessions (null: those without one), or every session at once with `all: true`.
  'rehearsal.history': z.union([z.object({ conversationId: id.nullable() }).strict(), z.object({ all: z.literal(true) }).strict()]),
  'rehearsal.delete': z.object({ id }).strict(),

  // countOnly: the activity bar's badge needs the number, not the questions.
  'practice.due': z.object({ limit: z.number().int().min(1).max(10_000).optional(), countOnly: z.boolean().optional() }).strict(),
  'practice.grade': z.object({ questionId, grade }).strict(),
} as const;
