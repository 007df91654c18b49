// Writes imported entries: statements prepared once per import (not once per entry), the search
// index rows by the same code as every other entry write (db/ftsIndex.ts). No savepoint per entry:
// FTS5 flushes its pending terms at every savepoint, which made a 10,000-entry import take seconds; a clash is
// found before anything of the entry is written instead. The caller writes in short transactions
// and each entry is marked pending (migration 0009) until the import's last transaction commits.
import type { ExportEntry } from '../../shared/data/exportFormat';
import type { Db } from '../db/connection';
import { indexNewEntry, unindexEntry } from '../db/ftsIndex';
import { packBody } from '../journal/bodyPacking';
import { packRevision } from '../journal/revisionsRepository';
import { tidyTags } from '../journal/entryRules';

/** An entry ready to write: its plain text and word count (and its revisions') already derived. */
export interface PreparedEntry {
  entry: ExportEntry;
  text: string;
  wordCount: number;
  revisions: { text: string; wordCount: number }[];
}

export type EntryOutcome = 'added' | 'present' | 'clash';

const PROFILE_KINDS = new Set(['values', 'mission', 'strengths', 'skills', 'goals']);

function isConstraint(error: unknown): boolean {
  return String((error as { code?: unknown } | null)?.code ?? '').startsWith('SQLITE_CONSTRAINT');
}

/**
 * Takes out the entries of an import that did not finish (`run`, or every one at start-up, after a
 * crash), with their tags, revisions and search rows, so nothing is left half-imported.
 */
export function discardUnfinishedImport(db: Db, run?: string): number {
  // Nothing to take out is the rule at every start: then nothing is written (a full disk must still open).
  if (run === undefined && !db.prepare('SELECT 1 FROM import_pending LIMIT 1').get()) return 0;
  const where = run === undefined ? '' : ' WHERE run = ?';
  const args = run === undefined ? [] : [run];
  return db.transaction(() => {
    const seqs = db
      .prepare(
        `SELECT e.seq FROM entries e JOIN import_pending p ON p.entry_id = e.id${run === undefined ? '' : ' WHERE p.run = ?'}`,
      )
      .pluck()
      .all(...args) as number[];
    for (const seq of seqs) unindexEntry(db, seq);
    const removed = db
      .prepare(`DELETE FROM entries WHERE id IN (SELECT entry_id FROM import_pending${where})`)
      .run(...args).changes;
    db.prepare(`DELETE FROM import_pending${where}`).run(...args);
    return removed;
  })();
}

/** Marks the import `run` finished: its entries stay. Run inside the import's last transaction. */
export function finishImport(db: Db, run: string): void {
  db.prepare('DELETE FROM import_pending WHERE run = ?').run(run);
}

export function entryWriter(db: Db, run: string): (p: PreparedEntry) => EntryOutcome {
  const pending = db.prepare('INSERT INTO import_pending (entry_id, run) VALUES (?, ?)');
  const present = db.prepare('SELECT 1 FROM entries WHERE id = ?').pluck();
  const profileRow = db.prepare('SELECT seq, text, fields FROM entries WHERE kind = ?');
  const dropEntry = db.prepare('DELETE FROM entries WHERE seq = ?');
  const insert = db.prepare(
    'INSERT INTO entries (id, kind, title, date, fields, body, body_packed, text, word_count, created_at, updated_at, deleted_at, version) ' +
      "VALUES (?, ?, ?, ?, ?, '', ?, ?, ?, ?, ?, ?, ?)",
  );
  const tag = db.prepare('INSERT INTO entry_tags (entry_seq, position, tag) VALUES (?, ?, ?)');
  const revision = db.prepare(
    // Body and text deflated together, as every kept revision (journal/revisionsRepository.ts).
    'INSERT INTO revisions (entry_id, title, date, fields, body, text, tags, word_count, created_at, packed) ' +
      "VALUES (?, ?, ?, ?, '', '', ?, ?, ?, ?)",
  );

  return (p) => {
    const e = p.entry;
    if (present.get(e.id) !== undefined) return 'present';
    if (PROFILE_KINDS.has(e.kind)) {
      // An empty profile page (as a new journal creates them) gives way to the imported one.
      const row = profileRow.get(e.kind) as
        { seq: number; text: string; fields: string } | undefined;
      if (row && row.text.trim() === '' && row.fields === '{}') {
        unindexEntry(db, row.seq);
        dropEntry.run(row.seq);
      }
    }
    let seq: number;
    try {
      seq = Number(
        insert.run(
          e.id,
          e.kind,
          e.title,
          e.date,
          JSON.stringify(e.fields),
          packBody(e.body),
          p.text,
          p.wordCount,
          e.createdAt,
          e.updatedAt,
          e.deletedAt,
          e.version,
        ).lastInsertRowid,
      );
    } catch (error) {
      // Only this first statement can clash (a profile page with content); it wrote nothing.
      if (!isConstraint(error)) throw error;
      return 'clash';
    }
    pending.run(e.id, run);
    // One tag per entry whatever its case, as a save keeps it: the tag counters count it once.
    tidyTags(e.tags).forEach((t, i) => tag.run(seq, i, t));
    e.revisions.forEach((r, i) => {
      const d = p.revisions[i] ?? { text: '', wordCount: 0 };
      revision.run(
        e.id,
        r.title,
        r.date,
        JSON.stringify(r.fields),
        JSON.stringify(r.tags),
        d.wordCount,
        r.createdAt,
        packRevision(r.body, d.text),
      );
    });
    // A trashed entry stays out of the search index (indexNewEntry leaves it out).
    indexNewEntry(db, seq);
    return 'added';
  };
}
