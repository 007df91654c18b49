// Search queries over the FTS5 index (live documents only) joined back to their entries.
import type { DocumentKind } from '../../shared/domain';
import { HIT_END, HIT_START } from '../../shared/domain';
import type { Db } from '../db/connection';
import { TAGS_JSON } from '../journal/entriesRepository.read';
import { entryFilterClauses } from '../journal/entryFilter';

export interface SearchFilter {
  kinds?: readonly DocumentKind[];
  tag?: string;
  from?: string;
  to?: string;
}

export interface MatchRow {
  id: string;
  kind: string;
  title: string;
  date: string;
  tags: string;
  title_hl: string;
  text_hl: string;
  fields_hl: string;
  rank: number;
}

export interface ScanRow {
  id: string;
  kind: string;
  title: string;
  date: string;
  tags: string;
  text: string;
  /** Field values as indexed: plain text, one per line. */
  fields: string;
}

/** A LIKE pattern finding the term anywhere, its wildcards taken literally. */
function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

function filterSql(
  filter: SearchFilter,
  likeTerms: readonly string[],
): { sql: string; params: string[] } {
  const { where, params } = entryFilterClauses(filter);
  for (const term of likeTerms) {
    where.push("(f.title || ' ' || f.text || ' ' || f.fields || ' ' || f.tags) LIKE ? ESCAPE '\\'");
    params.push(likePattern(term));
  }
  return { sql: where.map((w) => ` AND ${w}`).join(''), params };
}

/** Full-text match, best first; `likeTerms` (too short for the index) must also appear somewhere. */
export function matchSearch(
  db: Db,
  match: string,
  likeTerms: readonly string[],
  filter: SearchFilter,
  limit: number,
): MatchRow[] {
  const f = filterSql(filter, likeTerms);
  const sql =
    `SELECT e.id, e.kind, e.title, e.date, ${TAGS_JSON} AS tags, ` +
    'highlight(entries_fts, 0, ?, ?) AS title_hl, highlight(entries_fts, 1, ?, ?) AS text_hl, ' +
    'highlight(entries_fts, 2, ?, ?) AS fields_hl, f.rank AS rank ' +
    'FROM entries_fts f JOIN entries e ON e.seq = f.rowid ' +
    `WHERE entries_fts MATCH ?${f.sql} ORDER BY f.rank LIMIT ?`;
  const marks = [HIT_START, HIT_END, HIT_START, HIT_END, HIT_START, HIT_END];
  return db.prepare(sql).all(...marks, match, ...f.params, limit) as MatchRow[];
}

/**
 * Plain scan for queries shorter than the index can serve: every term must appear somewhere. Title
 * matches come first here, before the limit, so newer body matches cannot push them off the list.
 */
export function scanSearch(
  db: Db,
  likeTerms: readonly string[],
  filter: SearchFilter,
  limit: number,
): ScanRow[] {
  const f = filterSql(filter, likeTerms);
  const inTitle = likeTerms.map(() => "f.title LIKE ? ESCAPE '\\'").join(' OR ') || '0';
  const sql =
    `SELECT e.id, e.kind, e.title, e.date, ${TAGS_JSON} AS tags, f.text AS text, f.fields AS fields ` +
    `FROM entries_fts f JOIN entries e ON e.seq = f.rowid WHERE 1${f.sql} ` +
    `ORDER BY (${inTitle}) DESC, e.date DESC, e.updated_at DESC LIMIT ?`;
  return db.prepare(sql).all(...f.params, ...likeTerms.map(likePattern), limit) as ScanRow[];
}
