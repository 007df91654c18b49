// Argument schemas of the journal channels (entries, history, trash).
import { z } from 'zod';
import type { SchemasFor } from '../channelParts';
import { MAX_BODY, MAX_FIELD, MAX_TAG, MAX_TAGS, MAX_TITLE } from '../limits';
import { id, isoDate, empty } from '../schemaParts';
import { ENTRY_KINDS, PROFILE_PAGES } from './entryKinds';
import { MAX_FIND } from './findEntries';
import type { journalChannels } from './journalChannels';

export const entryKind = z.enum(ENTRY_KINDS);
export const profilePage = z.enum(PROFILE_PAGES);
export const tag = z
  .string()
  .trim()
  .min(1)
  .max(MAX_TAG)
  .regex(/^[^\s,#][^,]*$/u, 'a tag has no commas and does not start with # or a space');
const fields = z
  .record(z.string().min(1).max(40), z.string().max(MAX_FIELD))
  .refine((r) => Object.keys(r).length <= 20, 'too many fields');

/** The list's filters, shared by the whole list, its pages and its months. */
const listFilter = {
  kinds: z.array(entryKind).max(ENTRY_KINDS.length).optional(),
  tag: tag.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
};

/** Rows one page read may ask for: a screenful or a few, never the journal. */
export const MAX_PAGE = 500;

export const journalSchemas = {
  'journal.list': z
    .object({ ...listFilter, limit: z.number().int().min(1).max(100_000).optional() })
    .strict(),
  'journal.page': z
    .object({
      ...listFilter,
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(MAX_PAGE),
    })
    .strict(),
  'journal.months': z.object(listFilter).strict(),
  'journal.find': z
    .object({
      text: z.string().max(500),
      limit: z.number().int().min(1).max(MAX_FIND),
      /** Entries the picker must not offer (already linked). */
      exclude: z.array(id).max(10_000).optional(),
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
} satisfies SchemasFor<typeof journalChannels>;
