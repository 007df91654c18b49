// SQL of journal.find: the titles of live dated entries in the list's order (from the covering index
// entries_list, never an entry's row), and the counter that says when they changed (migration 0015).
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

const PROFILE_LIST = PROFILE_PAGES.map((p) => `'${p}'`).join(', ');
// The same WHERE and ORDER as the side bar's list, so SQLite reads them from entries_list.
const LIVE_TITLES =
  'SELECT e.id, e.kind, e.title, e.date, e.updated_at FROM entries e ' +
  `WHERE e.deleted_at IS NULL AND e.kind NOT IN (${PROFILE_LIST}) ORDER BY e.date DESC, e.seq DESC`;

const toTitle = (r: TitleRow): EntryTitle => ({
  id: r.id,
  kind: r.kind as EntryKind,
  title: r.title,
  date: r.date,
  updatedAt: r.updated_at,
});

/** Every live dated entry's title, newest date first (rows read as arrays: 100,000 of them). */
export function allTitles(db: Db): EntryTitle[] {
  const rows = db.prepare(LIVE_TITLES).raw().all() as [string, string, string, string, number][];
  return rows.map(([id, kind, title, date, updatedAt]) => ({
    id,
    kind: kind as EntryKind,
    title,
    date,
    updatedAt,
  }));
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
