// Write side of the journal. Each function is one transaction that also updates the search index.
import type { DocumentKind } from '../../shared/domain';
import type { Db } from '../db/connection';
import { indexNewEntry, unindexEntry, writeIndexed } from '../db/ftsIndex';
import { packBody } from './bodyPacking';

/** Everything a save replaces, already validated and derived by the service. */
export interface EntryState {
  title: string;
  date: string;
  fields: Record<string, string>;
  body: string;
  text: string;
  tags: string[];
  wordCount: number;
}

function writeTags(db: Db, seq: number, tags: readonly string[]): void {
  db.prepare('DELETE FROM entry_tags WHERE entry_seq = ?').run(seq);
  const insert = db.prepare('INSERT INTO entry_tags (entry_seq, position, tag) VALUES (?, ?, ?)');
  tags.forEach((tag, i) => insert.run(seq, i, tag));
}

export function insertEntry(
  db: Db,
  id: string,
  kind: DocumentKind,
  state: EntryState,
  now: number,
): number {
  return db.transaction(() => {
    const info = db
      .prepare(
        'INSERT INTO entries (id, kind, title, date, fields, body, body_packed, text, word_count, created_at, updated_at, version) ' +
          "VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, 1)",
      )
      .run(
        id,
        kind,
        state.title,
        state.date,
        JSON.stringify(state.fields),
        packBody(state.body),
        state.text,
        state.wordCount,
        now,
        now,
      );
    const seq = Number(info.lastInsertRowid);
    writeTags(db, seq, state.tags);
    indexNewEntry(db, seq);
    return seq;
  })();
}

/** `packed`: the body as packBody gives it, when the caller packed it already. */
export function updateEntry(
  db: Db,
  seq: number,
  state: EntryState,
  now: number,
  packed: Buffer | null = packBody(state.body),
): void {
  db.transaction(() =>
    writeIndexed(
      db,
      seq,
      () => {
        db.prepare(
          "UPDATE entries SET title = ?, date = ?, fields = ?, body = '', body_packed = ?, text = ?, word_count = ?, " +
            'updated_at = ?, ' +
            'version = version + 1 WHERE seq = ?',
        ).run(
          state.title,
          state.date,
          JSON.stringify(state.fields),
          packed,
          state.text,
          state.wordCount,
          now,
          seq,
        );
        writeTags(db, seq, state.tags);
      },
      state,
    ),
  )();
}

export function setTrashed(db: Db, seq: number, deletedAt: number | null): void {
  db.transaction(() => {
    writeIndexed(db, seq, () =>
      db.prepare('UPDATE entries SET deleted_at = ? WHERE seq = ?').run(deletedAt, seq),
    );
  })();
}

/** Removes entries for good; their tags and revisions go with them (foreign keys cascade). */
export function deleteEntries(db: Db, seqs: readonly number[]): number {
  return db.transaction(() => {
    const del = db.prepare('DELETE FROM entries WHERE seq = ?');
    let removed = 0;
    for (const seq of seqs) {
      unindexEntry(db, seq);
      removed += del.run(seq).changes;
    }
    return removed;
  })();
}

export function trashedSeqs(db: Db): number[] {
  return (
    db.prepare('SELECT seq FROM entries WHERE deleted_at IS NOT NULL').all() as { seq: number }[]
  ).map((r) => r.seq);
}

/**
 * Deflates the bodies still stored as text (rows written before migration 14), a batch per
 * transaction so the write-ahead log stays small; returns how many were packed.
 */
export function packStoredBodies(db: Db, batch = 500): number {
  const next = db.prepare(
    "SELECT seq, body FROM entries WHERE seq > ? AND body_packed IS NULL AND body <> '' ORDER BY seq LIMIT ?",
  );
  const pack = db.prepare("UPDATE entries SET body = '', body_packed = ? WHERE seq = ?");
  let after = 0;
  let packed = 0;
  for (;;) {
    const rows = next.all(after, batch) as { seq: number; body: string }[];
    if (rows.length === 0) return packed;
    db.transaction(() => {
      for (const r of rows) pack.run(packBody(r.body), r.seq);
    })();
    packed += rows.length;
    after = rows.at(-1)?.seq ?? after;
  }
}
