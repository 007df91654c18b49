// Keeps the search index in step with one entry. Called inside the transaction of every entry write,
// so the index and the rows can never disagree. Trashed entries are kept out of the index.
// The index holds one row per piece of an entry's text (ftsChunks.ts, migration 11) and reads its
// words from the entry through a view; a write re-indexes only the pieces whose text changed.
import type { Db } from './connection';
import { CHUNK_ID_BASE, chunkText, SINGLE_CHUNK_MAX, sliceCodePoints } from './ftsChunks';

/** Field values as indexed: plain text, one per line. */
export function fieldsText(fieldsJson: string): string {
  const fields = JSON.parse(fieldsJson) as Record<string, string>;
  return Object.values(fields).join('\n');
}

interface PieceRow {
  id: number;
  start: number;
  len: number;
}

interface Head {
  title: string;
  fields: string;
  tags: string;
}

type Piece = PieceRow & { text: string };

/** What the index holds for an entry, read before its rows change: FTS5 needs it to take it out. */
export interface IndexedState {
  head: Head;
  pieces: Piece[];
}

const TAGS_TEXT =
  "coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM entry_tags WHERE entry_seq = e.seq ORDER BY position)), '')";

const statements = new WeakMap<Db, ReturnType<typeof prepare>>();

function prepare(db: Db) {
  return {
    pieces: db.prepare(
      'SELECT id, start, len FROM entry_chunks WHERE entry_seq = ? ORDER BY start, id',
    ),
    // The same values the content view (migration 11) gives the index for the first piece.
    indexed: db.prepare(
      `SELECT e.title, e.text, c.fields, ${TAGS_TEXT} AS tags FROM entries e ` +
        'JOIN entry_chunks c ON c.id = e.seq WHERE e.seq = ?',
    ),
    entry: db.prepare(
      `SELECT e.title, e.text, e.fields, e.deleted_at, ${TAGS_TEXT} AS tags FROM entries e WHERE e.seq = ?`,
    ),
    drop: db.prepare(
      "INSERT INTO entries_fts (entries_fts, rowid, title, text, fields, tags) VALUES ('delete', ?, ?, ?, ?, ?)",
    ),
    index: db.prepare(
      'INSERT INTO entries_fts (rowid, title, text, fields, tags) VALUES (?, ?, ?, ?, ?)',
    ),
    addPiece: db.prepare(
      'INSERT INTO entry_chunks (id, entry_seq, start, len, fields) VALUES (?, ?, ?, ?, ?)',
    ),
    setFields: db.prepare('UPDATE entry_chunks SET fields = ? WHERE id = ?'),
    movePiece: db.prepare('UPDATE entry_chunks SET start = ?, len = ? WHERE id = ?'),
    removePiece: db.prepare('DELETE FROM entry_chunks WHERE id = ?'),
    maxId: db.prepare('SELECT max(id) FROM entry_chunks').pluck(),
  };
}

function stmts(db: Db): ReturnType<typeof prepare> {
  let s = statements.get(db);
  if (!s) {
    s = prepare(db);
    statements.set(db, s);
  }
  return s;
}

const NO_HEAD: Head = { title: '', fields: '', tags: '' };

/** The entry's pieces as indexed now, with their texts; undefined when it is not in the index. */
export function indexedState(db: Db, seq: number): IndexedState | undefined {
  const s = stmts(db);
  const rows = s.pieces.all(seq) as PieceRow[];
  if (rows.length === 0) return undefined;
  const { text, ...head } = s.indexed.get(seq) as Head & { text: string };
  const texts = sliceCodePoints(text, rows);
  return { head, pieces: rows.map((r, i) => ({ ...r, text: texts[i] ?? '' })) };
}

function dropPiece(db: Db, seq: number, before: IndexedState, piece: Piece): void {
  const h = piece.id === seq ? before.head : NO_HEAD;
  stmts(db).drop.run(piece.id, h.title, piece.text, h.fields, h.tags);
}

const sameHead = (a: Head, b: Head): boolean =>
  a.title === b.title && a.fields === b.fields && a.tags === b.tags;

/**
 * Brings the index from `before` (indexedState, read before the write) to the entry's rows as they
 * are now. Pieces whose text is unchanged keep their index rows (only their offsets move); the
 * first piece is redone when its text, the title, the fields or the tags changed. Values go to the
 * index as the content view would give them (the FTS5 integrity check compares the two in tests).
 */
export function syncIndex(
  db: Db,
  seq: number,
  before: IndexedState | undefined,
  written?: WrittenEntry,
): void {
  const s = stmts(db);
  const row = written
    ? {
        ...written,
        fields: JSON.stringify(written.fields),
        tags: written.tags.join(' '),
        deleted_at: null,
      }
    : (s.entry.get(seq) as
        | { title: string; text: string; fields: string; tags: string; deleted_at: number | null }
        | undefined);
  const live = row !== undefined && row.deleted_at === null;
  const next = live ? chunkText(row.text) : [];
  const head: Head = live
    ? { title: row.title, fields: fieldsText(row.fields), tags: row.tags }
    : NO_HEAD;

  const reusable = new Map<string, Piece[]>();
  let oldFirst: Piece | undefined;
  for (const p of before?.pieces ?? []) {
    if (p.id === seq) {
      oldFirst = p;
      continue;
    }
    const list = reusable.get(p.text);
    if (list) list.push(p);
    else reusable.set(p.text, [p]);
  }

  // The first piece (row id = seq) also carries title, fields and tags.
  const firstKept =
    live && before !== undefined && next[0]?.text === oldFirst?.text && sameHead(head, before.head);
  if (oldFirst && before && !firstKept) dropPiece(db, seq, before, oldFirst);

  let nextId = 0;
  const toIndex: { id: number; text: string }[] = [];
  next.forEach((piece, i) => {
    if (i === 0) {
      if (oldFirst) {
        if (oldFirst.start !== piece.start || oldFirst.len !== piece.len)
          s.movePiece.run(piece.start, piece.len, seq);
        if (!firstKept) s.setFields.run(head.fields, seq);
      } else s.addPiece.run(seq, seq, piece.start, piece.len, head.fields);
      if (!firstKept) toIndex.push({ id: seq, text: piece.text });
      return;
    }
    const kept = reusable.get(piece.text)?.shift();
    if (kept) {
      if (kept.start !== piece.start || kept.len !== piece.len)
        s.movePiece.run(piece.start, piece.len, kept.id);
      return;
    }
    if (nextId === 0) nextId = Math.max(CHUNK_ID_BASE, ((s.maxId.get() as number | null) ?? 0) + 1);
    s.addPiece.run(nextId, seq, piece.start, piece.len, '');
    toIndex.push({ id: nextId, text: piece.text });
    nextId += 1;
  });
  for (const list of reusable.values()) {
    for (const p of list) {
      if (before) dropPiece(db, seq, before, p);
      s.removePiece.run(p.id);
    }
  }
  if (oldFirst && !live) s.removePiece.run(seq);
  for (const { id, text } of toIndex) {
    const h = id === seq ? head : NO_HEAD;
    s.index.run(id, h.title, text, h.fields, h.tags);
  }
}

/** A live entry's values as a write just stored them (spares reading its long row back). */
export interface WrittenEntry {
  title: string;
  text: string;
  fields: Record<string, string>;
  tags: readonly string[];
}

/**
 * Runs `write` (which changes the entry's rows) and keeps the index in step with it; `written`,
 * when given, must be what `write` stored for a live entry.
 */
export function writeIndexed<T>(db: Db, seq: number, write: () => T, written?: WrittenEntry): T {
  const before = indexedState(db, seq);
  const result = write();
  syncIndex(db, seq, before, written);
  return result;
}

/** Indexes an entry just written (nothing of it is in the index yet). */
export function indexNewEntry(db: Db, seq: number): void {
  syncIndex(db, seq, undefined);
}

/** Takes an entry out of the index; call before its rows are deleted. */
export function unindexEntry(db: Db, seq: number): void {
  const before = indexedState(db, seq);
  if (!before) return;
  for (const p of before.pieces) dropPiece(db, seq, before, p);
  db.prepare('DELETE FROM entry_chunks WHERE entry_seq = ?').run(seq);
}

/**
 * Cuts long entries still indexed as one piece (as migration 11 leaves them) into pieces, so their
 * saves and highlights are bounded too. Returns how many entries were cut.
 */
export function rechunkLongEntries(db: Db, limit = Infinity): number {
  const seqs = db
    .prepare(
      'SELECT c.entry_seq FROM entry_chunks c WHERE c.id = c.entry_seq AND c.len > ? ' +
        'AND NOT EXISTS (SELECT 1 FROM entry_chunks o WHERE o.entry_seq = c.entry_seq AND o.id <> c.id)',
    )
    .pluck()
    .all(SINGLE_CHUNK_MAX) as number[];
  const some = seqs.slice(0, Number.isFinite(limit) ? limit : seqs.length);
  db.transaction(() => {
    for (const seq of some) syncIndex(db, seq, indexedState(db, seq));
  })();
  return some.length;
}
