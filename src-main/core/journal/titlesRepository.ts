// SQL of journal.find: the titles of live dated entries in the list's order (from the covering index
// entries_list, never an entry's row), the counter that says when they changed (migration 0015) and
// the log of which entries each change touched (migration 0016).
import { PROFILE_PAGES, type EntryKind } from '../../shared/journal/entryKinds';
import type { EntryTitle } from '../../shared/journal/findEntries';
import type { Db } from '../db/connection';

interface TitleRow {
  id: string;
  kind: string;
  title: string;
  date: string;
  updated_at: number;
}

/** Titles with their entries' seq (the list's tie-break and the change log's key), in step. */
export interface SeqTitles {
  rows: EntryTitle[];
  seqs: number[];
}

const PROFILE_LIST = PROFILE_PAGES.map((p) => `'${p}'`).join(', ');
const LIVE = `e.deleted_at IS NULL AND e.kind NOT IN (${PROFILE_LIST})`;
// The same WHERE and ORDER as the side bar's list, so SQLite reads them from entries_list.
const LIVE_TITLES =
  'SELECT e.id, e.kind, e.title, e.date, e.updated_at FROM entries e ' +
  `WHERE ${LIVE} ORDER BY e.date DESC, e.seq DESC`;

const toTitle = (r: TitleRow): EntryTitle => ({
  id: r.id,
  kind: r.kind as EntryKind,
  title: r.title,
  date: r.date,
  updatedAt: r.updated_at,
});

type RawTitle = [seq: number, id: string, kind: string, title: string, date: string, at: number];

function seqTitles(raw: RawTitle[]): SeqTitles {
  // Filled by push, not sized up front: a large `new Array(n)` may hold its elements as a dictionary,
  // which makes every later slice, splice and search of the copy slow.
  const rows: EntryTitle[] = [];
  const seqs: number[] = [];
  for (const [seq, id, kind, title, date, updatedAt] of raw) {
    rows.push({ id, kind: kind as EntryKind, title, date, updatedAt });
    seqs.push(seq);
  }
  return { rows, seqs };
}

/** Every live dated entry's title, newest date first (rows read as arrays: 100,000 of them). */
export function allTitles(db: Db): SeqTitles {
  const sql = LIVE_TITLES.replace('SELECT ', 'SELECT e.seq, ');
  return seqTitles(db.prepare(sql).raw().all() as RawTitle[]);
}

/** Of the entries `seqs`, those live and dated now, newest date first (the rest are gone or hidden). */
export function titlesOf(db: Db, seqs: readonly number[]): SeqTitles {
  const sql =
    'SELECT e.seq, e.id, e.kind, e.title, e.date, e.updated_at FROM entries e ' +
    `WHERE e.seq IN (SELECT value FROM json_each(?)) AND ${LIVE} ORDER BY e.date DESC, e.seq DESC`;
  return seqTitles(db.prepare(sql).raw().all(JSON.stringify(seqs)) as RawTitle[]);
}

/** The newest `limit` entries not in `exclude` (what an empty query shows). */
export function newestTitles(db: Db, limit: number, exclude: readonly string[]): EntryTitle[] {
  const skip = exclude.length > 0 ? ` AND e.id NOT IN (SELECT value FROM json_each(?))` : '';
  const sql = LIVE_TITLES.replace(' ORDER BY', `${skip} ORDER BY`) + ' LIMIT ?';
  const params: (string | number)[] = exclude.length > 0 ? [JSON.stringify(exclude)] : [];
  return (db.prepare(sql).all(...params, limit) as TitleRow[]).map(toTitle);
}

/** Bumped by triggers on every change to what allTitles returns. */
export function titlesVersion(db: Db): number {
  const row = db.prepare('SELECT n FROM entry_titles_version WHERE id = 1').get() as
    { n: number } | undefined;
  return row?.n ?? -1;
}

/** The changes after counter value `n`, oldest first: [the counter's value, the entry's seq]. */
export function titleChangesSince(db: Db, n: number): [number, number][] {
  return db
    .prepare('SELECT n, entry_seq FROM entry_title_changes WHERE n > ? ORDER BY n')
    .raw()
    .all(n) as [number, number][];
}
