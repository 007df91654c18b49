// Argument schemas for every channel: the main side parses with these before any service runs.
import { z } from 'zod';
import { ENTRY_KINDS, PROFILE_PAGES } from './journal/entryKinds';

import { MAX_BODY, MAX_FIELD, MAX_TAG, MAX_TAGS, MAX_TITLE } from './limits';
import { baseVersion, conversationSchemas, session } from './conversations/conversationSchemas';
import { rehearsalSchemas } from './rehearsal/rehearsalSchemas';
import { audioSchemas } from './voice/audioSchemas';
import { dataSchemas } from './data/dataSchemas';
import { lockSchemas } from './lock/lockSchemas';
import { empty, id, isoDate } from './schemaParts';
import { BACKUP_NAME } from './backup/backups';

export { MAX_BODY, MAX_FIELD, MAX_TAG, MAX_TAGS, MAX_TITLE };

const entryKind = z.enum(ENTRY_KINDS);
const profilePage = z.enum(PROFILE_PAGES);
const tag = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TAG)
  .regex(/^[^\s,#][^,]*$/u, 'a tag has no commas and does not start with # or a space');
const fields = z
  .record(z.string().min(1).max(40), z.string().max(MAX_FIELD))
  .refine((r) => Object.keys(r).length <= 20, 'too many fields');

export const schemas = {
  'app.info': empty,

  'journal.list': z
    .object({
      kinds: z.array(entryKind).max(ENTRY_KINDS.length).optional(),
      tag: tag.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(100_000).optional(),
    })
    .strict(),
  'journal.get': z.object({ id }).strict(),
  'journal.create': z
    .object({
      kind: entryKind,
      title: z.string().max(MAX_TITLE).optional(),
      date: isoDate.optional(),
      fields: fields.optional(),
      body: z.string().max(MAX_BODY).optional(),
      tags: z.array(tag).max(MAX_TAGS).optional(),
    })
    .strict(),
  'journal.save': z
    .object({
      id,
      title: z.string().max(MAX_TITLE),
      date: isoDate,
      fields,
      body: z.string().max(MAX_BODY),
      tags: z.array(tag).max(MAX_TAGS),
      /** Sent when a tab or window closes; versions follow core/journal/revisionRules.ts instead. */
      checkpoint: z.boolean().optional(),
      /**
       * Write order from one editor session: a save whose `seq` is not newer than the last one
       * applied for the same session is stale (it overtook nothing: a later save got there first).
       */
      session: z.string().min(1).max(64).optional(),
      seq: z.number().int().min(0).optional(),
      /** The entry's version this save was based on: refused (conflict) when another page changed it since. */
      baseVersion: z.number().int().min(1).optional(),
    })
    .strict(),
  'journal.counts': empty,
  'journal.tags': empty,
  'journal.history': z.object({ id }).strict(),
  'journal.revision': z.object({ revisionId: z.number().int().positive() }).strict(),
  'journal.restoreRevision': z.object({ id, revisionId: z.number().int().positive() }).strict(),
  'journal.trash': z.object({ id }).strict(),
  'journal.restore': z.object({ id }).strict(),
  'journal.listTrash': empty,
  'journal.emptyTrash': empty,
  'journal.deleteForever': z.object({ id }).strict(),

  'profile.get': z.object({ page: profilePage }).strict(),

  'skills.list': empty,
  'skills.add': z.object({ name: z.string().trim().min(1).max(200) }).strict(),
  'skills.rename': z.object({ id, name: z.string().trim().min(1).max(200), baseVersion, session }).strict(),
  'skills.rate': z
    .object({ id, rating: z.number().int().min(1).max(5), note: z.string().max(MAX_FIELD).optional() })
    .strict(),
  'skills.setColleaguesView': z.object({ id, text: z.string().max(MAX_FIELD), baseVersion, session }).strict(),
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

  'search.query': z
    .object({
      text: z.string().max(500),
      kinds: z.array(z.union([entryKind, profilePage])).max(20).optional(),
      tag: tag.optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(500).optional(),
    })
    .strict(),

  'settings.get': empty,
  'settings.set': z
    .object({
      theme: z.enum(['system', 'light', 'dark', 'high-contrast']).optional(),
      welcomeSeen: z.boolean().optional(),
      layout: z
        .object({
          sideBarVisible: z.boolean(),
          sideBarWidth: z.number().min(0).max(100),
          activeView: z.string().max(100),
          openTabs: z.array(z.object({ type: z.string().max(40), id: z.string().max(100) }).strict()).max(100),
          activeTab: z.string().max(200).nullable(),
        })
        .strict()
        .optional(),
    })
    .strict(),

  ...conversationSchemas,
  ...rehearsalSchemas,
  ...audioSchemas,
  ...dataSchemas,
  ...lockSchemas,

  'backup.now': empty,
  'backup.list': empty,
  'backup.restore': z.object({ name: z.string().max(100).regex(BACKUP_NAME, 'not a backup name') }).strict(),
} as const;

export type Schemas = typeof schemas;
