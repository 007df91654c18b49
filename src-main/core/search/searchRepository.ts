// Search queries over the FTS5 index (live documents only) joined back to their entries.
import type { DocumentKind } from '../../shared/domain';
import { HIT_END, HIT_START } from '../../shared/domain';
import type { Db } from '../db/connection';
import { CHUNK_ID_BASE } from '../db/ftsChunks';
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

/** Entry filters and short terms (alias `h`: the whole entry, entry_search_text). */
function filterSql(
  db: Db,
  filter: SearchFilter,
  likeTerms: readonly string[],
): { sql: string; params: string[] } {
  const { where, params } = entryFilterClauses(db, filter);
  for (const term of likeTerms) {
    where.push("(h.title || ' ' || h.text || ' ' || h.fields || ' ' || h.tags) LIKE ? ESCAPE '\\'");
    params.push(likePattern(term));
  }
  return { sql: where.map((w) => ` AND ${w}`).join(''), params };
}

const MARKS = [HIT_START, HIT_END, HIT_START, HIT_END, HIT_START, HIT_END];
// Index columns (migration 14): 0 text, 1 title, 2 fields, 3 tags.
const HIGHLIGHTS =
  'highlight(entries_fts, 1, ?, ?) AS title_hl, highlight(entries_fts, 0, ?, ?) AS text_hl, ' +
  'highlight(entries_fts, 2, ?, ?) AS fields_hl';

const MULTI_PIECES =
  'SELECT id, entry_seq AS seq FROM entry_chunks WHERE entry_seq IN ' +
  '(SELECT entry_seq FROM entry_chunks WHERE id >= ?)';
const MATCHING_FROM = 'SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? AND rowid >= ?';

const prepare = (db: Db, sql: string) => db.prepare(sql);
type Statement = ReturnType<typeof prepare>;
/** Prepared once per connection: preparing the joined query costs about as much as a short search. */
const prepared = new WeakMap<Db, Map<string, Statement>>();
/** The query text varies with the filters and the number of short terms: a few dozen shapes at most. */
const MAX_PREPARED = 64;

function statement(db: Db, sql: string): Statement {
  let byText = prepared.get(db);
  if (!byText) prepared.set(db, (byText = new Map()));
  let st = byText.get(sql);
  if (!st) {
    if (byText.size >= MAX_PREPARED) byText.clear();
    st = prepare(db, sql);
    byText.set(sql, st);
  }
  return st;
}

interface PieceHit extends MatchRow {
  seq: number;
  cid: number;
}

/**
 * Full-text match, best first, one row per entry: the index holds pieces of entries (db/ftsChunks),
 * so an entry's best-ranked piece stands for it and gives its snippet. `likeTerms` (too short for
 * the index) must also appear somewhere in the entry. `terms` are the quoted terms of `match`: an
 * entry whose terms are spread over several pieces (only long entries have several) is found too.
 */
export function matchSearch(
  db: Db,
  match: string,
  terms: readonly string[],
  likeTerms: readonly string[],
  filter: SearchFilter,
  limit: number,
): MatchRow[] {
  const f = filterSql(db, filter, likeTerms);
  // FTS5 takes the ORDER BY itself (no sorter over the join): the select list, highlights included,
  // is computed only for the rows read here, the limit and a rare later piece of a hit's entry.
  const sql =
    `SELECT c.entry_seq AS seq, f.rowid AS cid, e.id, e.kind, e.title, e.date, ${TAGS_JSON} AS tags, ` +
    `${HIGHLIGHTS}, f.rank AS rank ` +
    'FROM entries_fts f JOIN entry_chunks c ON c.id = f.rowid JOIN entries e ON e.seq = c.entry_seq ' +
    (likeTerms.length > 0 ? 'JOIN entry_search_text h ON h.seq = e.seq ' : '') +
    `WHERE entries_fts MATCH ?${f.sql} ORDER BY f.rank`;
  const hits: PieceHit[] = [];
  const seen = new Set<number>();
  for (const row of statement(db, sql).iterate(
    ...MARKS,
    match,
    ...f.params,
  ) as Iterable<PieceHit>) {
    if (seen.has(row.seq)) continue;
    seen.add(row.seq);
    hits.push(row);
    if (hits.length >= limit) break;
  }
  // Entries whose terms are spread over pieces rank after those with a piece holding them all, so
  // they are looked for only when those leave room.
  if (terms.length > 1 && hits.length < limit)
    hits.push(...spreadHits(db, terms, f, seen, limit - hits.length, hits.at(-1)?.rank ?? 0));
  return hits.map((h) => withTitle(db, h, terms));
}

// One index row by id: `rowid = ?` beside MATCH, bound as a BigInt. A JS number reaches FTS5 as a
// REAL, which it does not take as a row id (it answered other rows); a range of one works too but
// costs twice as much (0.6 against 0.3 ms of CPU a lookup, at 10,000 entries).
const TITLE_OF_ROW =
  'SELECT highlight(entries_fts, 1, ?, ?) FROM entries_fts WHERE entries_fts MATCH ? AND rowid = ?';
const MARKS_OF_ROW = `SELECT ${HIGHLIGHTS} FROM entries_fts WHERE entries_fts MATCH ? AND rowid = ?`;

/** A hit from a later piece: the title is highlighted from the entry's first piece. */
function withTitle(db: Db, hit: PieceHit, terms: readonly string[]): MatchRow {
  const { seq, cid, ...row } = hit;
  if (cid === seq) return row;
  const title = statement(db, TITLE_OF_ROW)
    .pluck()
    .get(HIT_START, HIT_END, terms.join(' OR '), BigInt(seq)) as string | undefined;
  return { ...row, title_hl: title ?? row.title };
}

/**
 * Long entries that hold every term, but no single piece holding them all (the piece query cannot
 * see them), up to `room` of them, ranked after `after` (the last piece hit's rank) in entry order.
 */
function spreadHits(
  db: Db,
  terms: readonly string[],
  f: { sql: string; params: string[] },
  found: ReadonlySet<number>,
  room: number,
  after: number,
): PieceHit[] {
  // The pieces of entries of more than one piece: long ones only, usually few or none.
  const owner = new Map<number, number>();
  const pieces = statement(db, MULTI_PIECES).all(CHUNK_ID_BASE) as { id: number; seq: number }[];
  for (const { id, seq } of pieces) if (!found.has(seq)) owner.set(id, seq);
  if (owner.size === 0) return [];
  // Per term: entry -> its pieces holding the term (row ids only: nothing ranked). Their row ids are
  // their entries' seqs (first pieces) and ids past CHUNK_ID_BASE: FTS5 skips the rows below.
  const from = BigInt(Math.min(...owner.values()));
  const perTerm = terms.map((term) => {
    const m = new Map<number, Set<number>>();
    for (const cid of statement(db, MATCHING_FROM).pluck().all(term, from) as number[]) {
      const seq = owner.get(cid);
      if (seq === undefined) continue;
      const set = m.get(seq) ?? new Set<number>();
      set.add(cid);
      m.set(seq, set);
    }
    return m;
  });
  const out: { seq: number; cid: number; rank: number }[] = [];
  for (const seq of perTerm[0]?.keys() ?? []) {
    const sets = perTerm.map((m) => m.get(seq));
    if (sets.some((x) => x === undefined)) continue;
    // No piece of this entry holds every term: the piece query left room, so it read every entry
    // with such a piece, and those are in `found`.
    const cid = Math.min(...(sets[0] ?? []));
    out.push({ seq, cid, rank: after + (out.length + 1) * 1e-6 });
  }
  if (out.length === 0) return [];
  const entry = statement(
    db,
    `SELECT e.seq, e.id, e.kind, e.title, e.date, ${TAGS_JSON} AS tags FROM entries e ` +
      `JOIN entry_search_text h ON h.seq = e.seq WHERE e.seq = ?${f.sql}`,
  );
  const marks = statement(db, MARKS_OF_ROW);
  const any = terms.join(' OR ');
  const hits: PieceHit[] = [];
  for (const { seq, cid, rank } of out) {
    if (hits.length >= room) break;
    const e = entry.get(seq, ...f.params) as
      Omit<MatchRow, 'title_hl' | 'text_hl' | 'fields_hl' | 'rank'> | undefined;
    if (!e) continue;
    const hl = marks.get(...MARKS, any, BigInt(cid)) as Pick<
      MatchRow,
      'title_hl' | 'text_hl' | 'fields_hl'
    >;
    hits.push({ ...e, ...hl, seq, cid, rank });
  }
  return hits;
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
  const f = filterSql(db, filter, likeTerms);
  const inTitle = likeTerms.map(() => "h.title LIKE ? ESCAPE '\\'").join(' OR ') || '0';
  const sql =
    `SELECT e.id, e.kind, e.title, e.date, ${TAGS_JSON} AS tags, h.text AS text, h.fields AS fields ` +
    `FROM entry_search_text h JOIN entries e ON e.seq = h.seq WHERE 1${f.sql} ` +
    `ORDER BY (${inTitle}) DESC, e.date DESC, e.updated_at DESC LIMIT ?`;
  return statement(db, sql).all(...f.params, ...likeTerms.map(likePattern), limit) as ScanRow[];
}
