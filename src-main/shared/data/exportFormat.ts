// The versioned "export everything" document (`ladder-export.json`). Its records mirror the tables
// one to one (camelCase, JSON columns parsed), so an import restores exactly what was exported.
// Values the store derives (plain text, word counts, search index) are left out and rebuilt.
import { z } from 'zod';
import {
  ACTION_OWNERS,
  ACTION_STATUSES,
  CONVERSATION_KINDS,
  CONVERSATION_STATUSES,
  MY_ROLES,
} from '../conversations/conversations';
import { ENTRY_KINDS, PROFILE_PAGES } from '../journal/entryKinds';
import { MAX_BODY, MAX_FIELD, MAX_TAG, MAX_TAGS, MAX_TITLE } from '../limits';
import { AUDIO_MIME_TYPES, MAX_AUDIO_BASE64 } from '../voice/answerAudio';
import { PLAN_MODES } from '../rehearsal/rehearsal';
import { PROBE_SOURCES } from '../rehearsal/probeTurns';
import { EXPORT_FORMAT, EXPORT_VERSION } from './exportNames';

export { EXPORT_FORMAT, EXPORT_JSON_NAME, EXPORT_VERSION } from './exportNames';

const id = z.string().min(1).max(64);
const millis = z.number().int().min(0).max(8.64e15);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date must look like 2026-11-21');
const text = (max = MAX_FIELD) => z.string().max(max);
const body = z.string().max(MAX_BODY);
const tags = z.array(z.string().min(1).max(MAX_TAG)).max(MAX_TAGS);
const fields = z.record(z.string().min(1).max(40), z.string().max(MAX_FIELD));
const strings = z.array(z.string().max(MAX_FIELD)).max(1000);
const jsonObject = z.record(z.string().max(200), z.unknown());
const grade = z.enum(['again', 'hard', 'good', 'easy']);
// Bounded so a hostile file cannot make the import allocate without end.
const many = <T extends z.ZodType>(item: T, max = 1_000_000) => z.array(item).max(max);

const revision = z.object({
  title: text(MAX_TITLE),
  date: isoDate,
  fields,
  body,
  tags,
  createdAt: millis,
});

export const exportEntry = z.object({
  id,
  kind: z.enum([...ENTRY_KINDS, ...PROFILE_PAGES]),
  title: text(MAX_TITLE),
  date: isoDate,
  fields,
  body,
  tags,
  createdAt: millis,
  updatedAt: millis,
  deletedAt: millis.nullable(),
  version: z.number().int().min(1),
  revisions: many(revision, 100_000),
});

const skill = z.object({
  id,
  name: z.string().min(1).max(200),
  colleaguesView: text(),
  createdAt: millis,
  ratings: many(
    z.object({ rating: z.number().int().min(1).max(5), note: text(), ratedAt: millis }),
    10_000,
  ),
});

const goal = z.object({
  id,
  horizon: z.enum(['short', 'long']),
  text: text(),
  targetDate: isoDate.nullable(),
  done: z.boolean(),
  createdAt: millis,
  updatedAt: millis,
});

const evidence = many(z.object({ entryId: id, position: z.number().int() }), 1000);
const wallClock = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'a time must look like 2026-11-21T09:30');

const agendaItem = z.object({
  id,
  position: z.number().int(),
  title: text(),
  minutes: z.number().int().min(0).max(1440),
  hints: strings,
  talkingPoints: body,
  privateNotes: body,
  questions: text(MAX_BODY),
  carriedFromActionId: id.nullable(),
  createdAt: millis,
  updatedAt: millis,
  evidence,
});

const anticipatedQuestion = z.object({
  id,
  position: z.number().int(),
  question: text(),
  hint: text(),
  preparedAnswer: body,
  questionBankId: id.nullable(),
  createdAt: millis,
  updatedAt: millis,
  evidence,
});

const actionItem = z.object({
  id,
  position: z.number().int(),
  text: text(),
  owner: z.enum(ACTION_OWNERS),
  dueDate: isoDate.nullable(),
  status: z.enum(ACTION_STATUSES),
  carriedFrom: id.nullable(),
  createdAt: millis,
  updatedAt: millis,
});

const conversation = z.object({
  id,
  title: text(MAX_TITLE),
  personName: text(),
  personRole: text(),
  myRole: z.enum(MY_ROLES),
  kind: z.enum(CONVERSATION_KINDS),
  startsAt: wallClock.nullable(),
  timeZone: z.string().max(100).nullable(),
  durationMin: z.number().int().min(0).max(1440),
  place: text(),
  status: z.enum(CONVERSATION_STATUSES),
  expectedOutcome: text(MAX_BODY),
  templateId: id.nullable(),
  notes: body,
  agreed: body,
  followUpDate: isoDate.nullable(),
  heldOn: isoDate.nullable(),
  sharedAt: millis.nullable(),
  createdAt: millis,
  updatedAt: millis,
  deletedAt: millis.nullable(),
  agenda: many(agendaItem, 1000),
  anticipated: many(anticipatedQuestion, 1000),
  actions: many(actionItem, 1000),
});

const template = z.object({
  id,
  name: z.string().min(1).max(200),
  definition: jsonObject,
  createdAt: millis,
});

const userQuestion = z.object({
  id,
  text: text(),
  direction: z.enum(['manager-asks', 'employee-asks']),
  category: z.string().max(100),
  framework: z.string().max(100),
  step: z.string().max(100),
  difficulty: z.number().int().min(1).max(3),
  probes: strings,
  tip: text(),
  hidden: z.boolean(),
  createdAt: millis,
  updatedAt: millis,
});

const questionOverlay = z.object({
  questionId: id,
  text: text().nullable(),
  tip: text().nullable(),
  probes: strings.nullable(),
  hidden: z.boolean(),
  updatedAt: millis,
});

const rehearsalAnswer = z.object({
  position: z.number().int().min(0),
  questionId: id,
  answer: text(MAX_BODY),
  startedAt: millis,
  endedAt: millis,
  timeMs: z.number().int().min(0),
  timedOut: z.boolean(),
  revealed: z.boolean(),
  followUp: text().nullable(),
  grade: grade.nullable(),
  feedback: jsonObject,
});

/** A follow-up asked as its own turn after the answer at `position`; times are null until answered. */
const rehearsalProbe = z.object({
  position: z.number().int().min(0),
  questionId: id,
  text: text().min(1),
  reason: z.enum(PROBE_SOURCES),
  askedAt: millis,
  answer: text(MAX_BODY),
  startedAt: millis.nullable(),
  endedAt: millis.nullable(),
  timeMs: z.number().int().min(0).nullable(),
  timedOut: z.boolean(),
  revealed: z.boolean(),
  grade: grade.nullable(),
  feedback: jsonObject.nullable(),
});

/** A voice answer, its sound as base64 (checked again on import: size and container). */
const recording = z.object({
  position: z.number().int().min(0),
  mime: z.enum(AUDIO_MIME_TYPES),
  durationMs: z.number().int().min(0),
  createdAt: millis,
  data: z.string().min(1).max(MAX_AUDIO_BASE64),
});

const rehearsalSession = z.object({
  id,
  conversationId: id.nullable(),
  startedAt: millis,
  endedAt: millis.nullable(),
  settings: jsonObject,
  questionIds: z.array(id).max(1000),
  status: z.enum(['active', 'finished', 'left']),
  // Optional: exports written before sessions kept how they were started have none.
  mode: z.enum(PLAN_MODES).nullable().optional(),
  answers: many(rehearsalAnswer, 1000),
  // Optional: exports written before follow-ups were turns have none.
  probes: many(rehearsalProbe, 1000).optional(),
  // Optional: exports written before recordings were carried have none.
  recordings: many(recording, 100).optional(),
});

const practiceCard = z.object({
  questionId: id,
  card: jsonObject,
  due: millis,
  lastGrade: grade.nullable(),
  lastReview: millis.nullable(),
});

const practiceLog = z.object({ questionId: id, grade, reviewedAt: millis, log: jsonObject });

export const exportDocument = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  /** ISO 8601 time of the export. */
  exportedAt: z.string().max(40),
  appVersion: z.string().max(100),
  /** What the export leaves out on purpose, in words. */
  notes: z.array(z.string().max(1000)).max(20),
  entries: many(exportEntry),
  skills: many(skill),
  goals: many(goal),
  settings: z.record(z.string().max(100), z.unknown()),
  conversations: many(conversation),
  templates: many(template),
  questions: z.object({
    userQuestions: many(userQuestion),
    overlays: many(questionOverlay),
    tags: many(z.object({ questionId: id, tag: z.string().min(1).max(MAX_TAG) })),
  }),
  rehearsals: many(rehearsalSession),
  practice: z.object({ cards: many(practiceCard), log: many(practiceLog) }),
});

export type ExportDocument = z.infer<typeof exportDocument>;
export type ExportEntry = z.infer<typeof exportEntry>;

/** What an import did: counts per kind of record, and every file or record it left out and why. */
export interface ImportReport {
  imported: {
    entries: number;
    conversations: number;
    skills: number;
    goals: number;
    templates: number;
    questions: number;
    rehearsals: number;
    recordings: number;
    practiceCards: number;
    settings: number;
  };
  skipped: { file: string; item?: string; reason: string }[];
  /** Entries already in the journal (the same id, or the same note imported before): not added again. */
  alreadyHere: number;
  /** Files imported with a change the person should know of (front matter kept as text). */
  changed: { file: string; reason: string }[];
}

/** The answer of `data.export`: the zip travels as base64 so both transports carry it as text. */
export interface ExportResult {
  fileName: string;
  zipBase64: string;
  bytes: number;
  counts: { entries: number; conversations: number };
}
