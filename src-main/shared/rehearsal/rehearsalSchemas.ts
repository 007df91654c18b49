// Argument schemas of the rehearsal-session channels.
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { filter, grade, questionId } from '../questions/questionSchemas';
import { PLAN_MODES, REHEARSAL_ORDERS } from './rehearsal';
import type { rehearsalChannels } from './rehearsalChannels';
import { MAX_FIELD } from '../limits';
import { id } from '../schemaParts';
import { MY_ROLES } from '../conversations/conversations';
import { PROBE_SOURCES } from './probeTurns';

const epochMs = z.number().int().min(0).max(8_640_000_000_000_000);

export const rehearsalSettings = z
  .object({
    count: z.number().int().min(1).max(100),
    timeBoxSec: z.number().int().min(10).max(1800),
    order: z.enum(REHEARSAL_ORDERS),
    followUps: z.boolean(),
    voice: z.boolean(),
    seed: z
      .number()
      .int()
      .min(0)
      .max(2 ** 31 - 1),
    role: z.enum(MY_ROLES).optional(),
  })
  .strict();

export const rehearsalSchemas = {
  'rehearsal.plan': z
    .object({
      mode: z.enum(PLAN_MODES),
      conversationId: id.optional(),
      filter: filter.optional(),
      settings: rehearsalSettings,
    })
    .strict(),
  // The plan's arguments: the session starts with the planned questions.
  'rehearsal.begin': z
    .object({
      mode: z.enum(PLAN_MODES),
      conversationId: id.optional(),
      filter: filter.optional(),
      settings: rehearsalSettings,
    })
    .strict(),
  'rehearsal.start': z
    .object({
      conversationId: id.nullable().optional(),
      questionIds: z.array(questionId).min(1).max(100),
      settings: rehearsalSettings,
    })
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
      /** Why the follow-up is asked: with it, the follow-up is stored as a turn to answer. */
      followUpReason: z.enum(PROBE_SOURCES).nullable().optional(),
      grade: grade.nullable().optional(),
      /** The answer's version the page last saw, 0 when it saw none: another page's answer since is a conflict. */
      baseVersion: z.number().int().min(0).optional(),
      session: z.string().min(1).max(64).optional(),
    })
    .strict(),
  // The answer (and grade) of the follow-up asked after the question at `position`.
  'rehearsal.recordProbe': z
    .object({
      sessionId: id,
      position: z.number().int().min(0).max(99),
      answer: z.string().max(MAX_FIELD),
      startedAt: epochMs,
      endedAt: epochMs,
      timeMs: z.number().int().min(0).max(1_800_000),
      timedOut: z.boolean(),
      revealed: z.boolean(),
      grade: grade.nullable().optional(),
      baseVersion: z.number().int().min(0).optional(),
      session: z.string().min(1).max(64).optional(),
    })
    .strict(),
  // With `probe`, the grade taken back is that of the follow-up asked after the question at `position`.
  'rehearsal.ungrade': z
    .object({
      sessionId: id,
      position: z.number().int().min(0).max(99),
      probe: z.boolean().optional(),
      baseVersion: z.number().int().min(0).optional(),
      session: z.string().min(1).max(64).optional(),
    })
    .strict(),
  'rehearsal.probePreview': z
    .object({ sessionId: id, position: z.number().int().min(0).max(99) })
    .strict(),
  'rehearsal.finish': z.object({ id }).strict(),
  'rehearsal.leave': z.object({ id }).strict(),
  'rehearsal.resume': z.object({ id }).strict(),
  'rehearsal.get': z.object({ id }).strict(),
  // One conversation's sessions (null: those without one), or every session at once with `all: true`.
  'rehearsal.history': z.union([
    z.object({ conversationId: id.nullable() }).strict(),
    z.object({ all: z.literal(true) }).strict(),
  ]),
  'rehearsal.delete': z.object({ id }).strict(),
} satisfies SchemasFor<typeof rehearsalChannels>;
