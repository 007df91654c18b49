// Snapshots of an entry's content over time (history), newest first.
import { deflateSync, inflateSync } from 'node:zlib';
import type { Revision, RevisionSummary } from '../../shared/domain';
import type { Db } from '../db/connection';
import type { EntryState } from './entriesRepository.write';

interface RevisionRow {
  id: number;
  entry_id: string;
  title: string;
  date: string;
  fields: string;
  body: string;
  text: string;
  tags: string;
  word_count: number;
  created_at: number;
  packed: Buffer | null;
}

/**
 * A revision's body (Lexical JSON) and plain text, deflated together: the JSON repeats its text
 * and its node boilerplate, so the pair takes about a third of its size (bench: store).
 */
export function packRevision(body: string, text: string): Buffer {
  // Level 1, as bodies (bodyPacking.ts): the default level took 19-100 ms for 10,000 words (bench).
  return deflateSync(JSON.stringify([body, text]), { level: 1 });
}

/** Body and text of a stored revision, packed (migration 11 on) or not (written before). */
export function revisionContent(row: Record<string, unknown>): {
  body: string;
  text: string;
} {
  // isView, not instanceof: the driver's Buffer may come from another realm (jsdom tests).
  if (ArrayBuffer.isView(row.packed)) {
    const packed = row.packed as Buffer;
    const [body, text] = JSON.parse(inflateSync(packed).toString('utf8')) as [string, string];
    return { body, text };
  }
  return { body: String(row.body), text: String(row.text) };
}

function toRevision(row: RevisionRow): Revision {
  const { body, text } = revisionContent({ ...row });
  return {
    id: row.id,
    entryId: row.entry_id,
    title: row.title,
    date: row.date,
    fields: JSON.parse(row.fields) as Record<string, string>,
    body,
    text,
    tags: JSON.parse(row.tags) as string[],
    wordCount: row.word_count,
    createdAt: row.created_at,
  };
}

export function insertRevision(db: Db, entryId: string, state: EntryState, now: number): number {
  const info = db
    .prepare(
      'INSERT INTO revisions (entry_id, title, date, fields, body, text, tags, word_count, created_at, packed) ' +
        "VALUES (?, ?, ?, ?, '', '', ?, ?, ?, ?)",
    )
    .run(
      entryId,
      state.title,
      state.date,
      JSON.stringify(state.fields),
      JSON.stringify(state.tags),
      state.wordCount,
      now,
      packRevision(state.body, state.text),
    );
  return Number(info.lastInsertRowid);
}

export function latestRevision(db: Db, entryId: string): Revision | undefined {
  const row = db
    .prepare('SELECT * FROM revisions WHERE entry_id = ? ORDER BY id DESC LIMIT 1')
    .get(entryId) as RevisionRow | undefined;
  return row && toRevision(row);
}

/** When the newest revision of an entry was kept: its time alone, without reading its text. */
export function latestRevisionAt(db: Db, entryId: string): number | undefined {
  return db
    .prepare('SELECT created_at FROM revisions WHERE entry_id = ? ORDER BY id DESC LIMIT 1')
    .pluck()
    .get(entryId) as number | undefined;
}

export function getRevision(db: Db, revisionId: number): Revision | undefined {
  const row = db.prepare('SELECT * FROM revisions WHERE id = ?').get(revisionId) as
    RevisionRow | undefined;
  return row && toRevision(row);
}

export function listRevisions(db: Db, entryId: string): RevisionSummary[] {
  const rows = db
    .prepare(
      'SELECT id, entry_id, title, created_at, word_count FROM revisions WHERE entry_id = ? ORDER BY id DESC',
    )
    .all(entryId) as Pick<RevisionRow, 'id' | 'entry_id' | 'title' | 'created_at' | 'word_count'>[];
  return rows.map((r) => ({
    id: r.id,
    entryId: r.entry_id,
    title: r.title,
    createdAt: r.created_at,
    wordCount: r.word_count,
  }));
}
