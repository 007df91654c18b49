// Argument schemas of the meeting-script channels (conversations, agenda, anticipated questions,
// preparation, exports, templates).
import { z } from 'zod';
import { CONVERSATION_KINDS, CONVERSATION_STATUSES, MY_ROLES } from './conversations';
import { MAX_BODY, MAX_FIELD } from '../limits';
import { empty, id, isoDate } from '../schemaParts';
import type { SchemasFor } from '../channelParts';
import type { conversationChannels } from './conversationChannels';

export const MAX_LINE = 2000;
const line = z.string().max(MAX_LINE);
const text = z.string().max(MAX_FIELD);
const lexical = z.string().max(MAX_BODY);
const minutes = z.number().int().min(0).max(1440);
const index = z.number().int().min(0).max(100_000);
/**
 * The version of the record the save was based on. Optional: the renderer's editors always send it;
 * one-off commands (Mark as Done, Mark as Shared) and older callers do not, and are applied as before.
 */
export const baseVersion = z.number().int().min(1).optional();
/** The page a save comes from: versions it wrote itself since its base are not a conflict. */
export const session = z.string().min(1).max(64).optional();

export const wallClock = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/, 'a time must look like 2026-11-21T09:30')
  .refine(
    (s) => !Number.isNaN(Date.parse(`${s.slice(0, 10)}T00:00:00Z`)),
    'not a real calendar date',
  )
  .refine(
    (s) => new Date(`${s.slice(0, 10)}T00:00:00Z`).toISOString().startsWith(s.slice(0, 10)),
    'not a real calendar date',
  );

export const timeZone = z
  .string()
  .min(1)
  .max(100)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, 'not a known time zone');

const conversationFields = {
  title: line,
  personName: z.string().max(500),
  personRole: z.string().max(500),
  myRole: z.enum(MY_ROLES),
  kind: z.enum(CONVERSATION_KINDS),
  startsAt: wallClock.nullable(),
  timeZone: timeZone.nullable(),
  durationMin: minutes,
  place: line,
  expectedOutcome: text,
};

const variant = z.enum(['manager', 'mine']);
const templateId = z.string().regex(/^(user:)?[a-z0-9][a-z0-9-]{0,63}$/, 'not a template id');

export const conversationSchemas = {
  'conversations.list': empty,
  'conversations.get': z.object({ id }).strict(),
  'conversations.create': z
    .object({ templateId, ...conversationFields })
    .partial()
    .required({ templateId: true })
    .strict(),
  'conversations.save': z
    .object({
      ...conversationFields,
      status: z.enum(CONVERSATION_STATUSES),
      notes: lexical,
      agreed: text,
      followUpDate: isoDate.nullable(),
      /** true marks the agenda as handed over now; false clears it. */
      shared: z.boolean(),
    })
    .partial()
    .extend({ id, baseVersion, session })
    .strict(),
  'conversations.markHeld': z
    .object({
      id,
      heldOn: isoDate.optional(),
      followUpDate: isoDate.nullable().optional(),
      session,
    })
    .strict(),
  'conversations.trash': z.object({ id }).strict(),
  'conversations.restore': z.object({ id }).strict(),
  'conversations.sinceLastTime': z.object({ id }).strict(),
  'conversations.checklist': z.object({ id }).strict(),
  'conversations.exportMarkdown': z.object({ id, variant }).strict(),
  'conversations.exportText': z.object({ id, variant }).strict(),
  'conversations.exportIcs': z.object({ id }).strict(),

  'agenda.addItem': z
    .object({
      conversationId: id,
      title: line.optional(),
      minutes: minutes.optional(),
      index: index.optional(),
    })
    .strict(),
  'agenda.updateItem': z
    .object({
      id,
      title: line.optional(),
      minutes: minutes.optional(),
      talkingPoints: lexical.optional(),
      privateNotes: text.optional(),
      questions: text.optional(),
      baseVersion,
      session,
    })
    .strict(),
  'agenda.removeItem': z.object({ id }).strict(),
  'agenda.moveItem': z.object({ id, toIndex: index }).strict(),
  'agenda.linkEvidence': z.object({ itemId: id, entryId: id }).strict(),
  'agenda.unlinkEvidence': z.object({ itemId: id, entryId: id }).strict(),

  'anticipated.add': z
    .object({
      conversationId: id,
      question: z.string().trim().min(1).max(MAX_LINE),
      hint: line.optional(),
      preparedAnswer: lexical.optional(),
      questionBankId: id.optional(),
    })
    .strict(),
  'anticipated.update': z
    .object({
      id,
      question: z.string().trim().min(1).max(MAX_LINE).optional(),
      preparedAnswer: lexical.optional(),
      baseVersion,
      session,
    })
    .strict(),
  'anticipated.remove': z.object({ id }).strict(),
  'anticipated.move': z.object({ id, toIndex: index }).strict(),
  'anticipated.linkEvidence': z.object({ questionId: id, entryId: id }).strict(),
  'anticipated.unlinkEvidence': z.object({ questionId: id, entryId: id }).strict(),

  'templates.list': empty,
  'templates.saveFromConversation': z
    .object({
      conversationId: id,
      name: z.string().trim().min(1).max(200),
      description: z.string().max(2000).optional(),
    })
    .strict(),
} satisfies SchemasFor<typeof conversationChannels>;
