// Read side of the journal: single entries, lists, counts and tags. Plain synchronous queries.
import type {
  DocumentKind,
  Entry,
  EntryKind,
  EntrySummary,
  ProfilePage,
} from '../../shared/domain';
import { ENTRY_KINDS, PROFILE_PAGES } from '../../shared/journal/entryKinds';
import type { MonthCount } from '../../shared/journal/journalChannels';
import type { Db } from '../db/connection';
import { storedBody } from './bodyPacking';
import { entryFilterClauses } from './entryFilter';

/** Tags of the row `e`, in the order the user gave them, as a JSON array. */
export const TAGS_JSON =
  '(SELECT json_group_array(tag) FROM (SELECT tag FROM entry_tags WHERE entry_seq = e.seq ORDER BY position))';

const SUMMARY_COLUMNS = `e.id, e.kind, e.title, e.date, e.word_count, e.updated_at, ${TAGS_JSON} AS tags`;
const ENTRY_COLUMNS = `e.seq, ${SUMMARY_COLUMNS}, e.fields, e.body, e.body_packed, e.text, e.created_at, e.deleted_at, e.version`;

const PROFILE_LIST = PROFILE_PAGES.map((p) => `'${p}'`).join(', ');

interface SummaryRow {
  id: string;
  kind: string;
  title: string;
  date: string;
  word_count: number;
  updated_at: number;
  tags: string;
}

export interface EntryRow extends SummaryRow {
  seq: number;
  fields: string;
  body: string;
  body_packed: Buffer | null;
  text: string;
  created_at: number;
  deleted_at: number | null;
  version: number;
}

export function toSummary(row: SummaryRow): EntrySummary {
  return {
    id: row.id,
    kind: row.kind as DocumentKind,
    title: row.title,
    date: row.date,
    tags: JSON.parse(row.tags) as string[],
    wordCount: row.word_count,
    updatedAt: row.updated_at,
  };
}

export function toEntry(row: EntryRow): Entry {
  return {
    ...toSummary(row),
    fields: JSON.parse(row.fields) as Record<string, string>,
    body: storedBody(row.body, row.body_packed),
    text: row.text,
    createdAt: row.created_at,
    deletedAt: row.deleted_at,
    version: row.version,
  };
}

export function findEntryRow(db: Db, id: string): EntryRow | undefined {
  return db.prepare(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.id = ?`).get(id) as
    EntryRow | undefined;
}

/** Whether the entry exists and when it went to the trash (null: live). */
export function entryDeletedAt(db: Db, id: string): { deleted_at: number | null } | undefined {
  return db.prepare('SELECT deleted_at FROM entries WHERE id = ?').get(id) as
    { deleted_at: number | null } | undefined;
}

/** The title of a live (not trashed) entry, or undefined. */
export function liveEntryTitle(db: Db, id: string): string | undefined {
  const e = db.prepare('SELECT title FROM entries WHERE id = ? AND deleted_at IS NULL').get(id) as
    { title: string } | undefined;
  return e?.title;
}

export function findProfileRow(db: Db, page: ProfilePage): EntryRow | undefined {
  return db.prepare(`SELECT ${ENTRY_COLUMNS} FROM entries e WHERE e.kind = ?`).get(page) as
    EntryRow | undefined;
}

export interface ListFilter {
  kinds?: readonly EntryKind[];
  tag?: string;
  from?: string;
  to?: string;
  limit?: number;
}

/** Live dated entries (never profile pages) that pass the filter; matched by the index entries_list. */
function listWhere(db: Db, filter: ListFilter): { where: string; params: (string | number)[] } {
  const clauses = entryFilterClauses(db, filter);
  const where = ['e.deleted_at IS NULL', `e.kind NOT IN (${PROFILE_LIST})`, ...clauses.where];
  return { where: where.join(' AND '), params: [...clauses.params] };
}

/**
 * Newest date first, then the newest written. Not the last edited: an autosave must not move its
 * row, or pages read by offset would skip or repeat one.
 */
const LIST_ORDER = 'ORDER BY e.date DESC, e.seq DESC';

/** Every live dated entry that passes the filter, in the list's order (up to `limit`). */
export function listEntries(db: Db, filter: ListFilter): EntrySummary[] {
  return listPage(db, filter, 0, filter.limit ?? -1);
}

/** One window of the list: `limit` rows from `offset`, read from the covering index only. */
export function listPage(
  db: Db,
  filter: ListFilter,
  offset: number,
  limit: number,
): EntrySummary[] {
  const { where, params } = listWhere(db, filter);
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE ${where} ${LIST_ORDER} LIMIT ? OFFSET ?`;
  return (db.prepare(sql).all(...params, limit, offset) as SummaryRow[]).map(toSummary);
}

/** The list's months (`YYYY-MM`, newest first) with how many filtered entries each holds. */
export function listMonths(db: Db, filter: ListFilter): MonthCount[] {
  const { where, params } = listWhere(db, filter);
  const sql =
    `SELECT substr(e.date, 1, 7) AS month, count(*) AS count FROM entries e WHERE ${where} ` +
    'GROUP BY month ORDER BY month DESC';
  return db.prepare(sql).all(...params) as MonthCount[];
}

/** Trashed documents, most recently trashed first. */
export function listTrash(db: Db): EntrySummary[] {
  const sql = `SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NOT NULL ORDER BY e.deleted_at DESC, e.seq DESC`;
  return (db.prepare(sql).all() as SummaryRow[]).map(toSummary);
}

/** Live documents per kind, from the counters the triggers of migration 0010 keep. */
export function countByKind(db: Db): Record<EntryKind, number> {
  const counts = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<EntryKind, number>;
  const rows = db.prepare('SELECT kind, n FROM entry_kind_counts').all() as {
    kind: string;
    n: number;
  }[];
  for (const row of rows) if (row.kind in counts) counts[row.kind as EntryKind] = row.n;
  return counts;
}
