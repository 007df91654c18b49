// Writes imported entries: statements prepared once per import (not once per entry), the search
// index row written straight from the values at hand, and each entry in its own savepoint so a
// clash is left out while the rest goes in. The caller runs it inside its one transaction.
import type { ExportEntry } from '../../shared/exportFormat';
import type { Db } from './connection';

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

export function entryWriter(db: Db): (p: PreparedEntry) => EntryOutcome {
  const present = db.prepare('SELECT 1 FROM entries WHERE id = ?').pluck();
  const profileRow = db.prepare('SELECT seq, text, fields FROM entries WHERE kind = ?');
  const dropFts = db.prepare('DELETE FROM entries_fts WHERE rowid = ?');
  const dropEntry = db.prepare('DELETE FROM entries WHERE seq = ?');
  const insert = db.prepare(
    'INSERT INTO entries (id, kind, title, date, fields, body, text, word_count, created_at, updated_at, deleted_at, version) ' +
      'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const tag = db.prepare('INSERT INTO entry_tags (entry_seq, position, tag) VALUES (?, ?, ?)');
  const revision = db.prepare(
    'INSERT INTO revisions (entry_id, title, date, fields, body, text, tags, word_count, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const index = db.prepare('INSERT INTO entries_fts (rowid, title, text, fields, tags) VALUES (?, ?, ?, ?, ?)');

  const write = db.transaction((p: PreparedEntry) => {
    const e = p.entry;
    if (PROFILE_KINDS.has(e.kind)) {
      // An empty profile page (as a new journal creates them) gives way to the imported one.
      const row = profileRow.get(e.kind) as { seq: number; text: string; fields: string } | undefined;
      if (row && row.text.trim() === '' && row.fields === '{}') {
        dropFts.run(row.seq);
        dropEntry.run(row.seq);
      }
    }
    const info = insert.run(e.id, e.kind, e.title, e.date, JSON.stringify(e.fields), e.body, p.text, p.wordCount, e.createdAt, e.updatedAt, e.deletedAt, e.version);
    const seq = Number(info.lastInsertRowid);
    e.tags.forEach((t, i) => tag.run(seq, i, t));
    e.revisions.forEach((r, i) => {
      const d = p.revisions[i] ?? { text: '', wordCount: 0 };
      revision.run(e.id, r.title, r.date, JSON.stringify(r.fields), r.body, d.text, JSON.stringify(r.tags), d.wordCount, r.createdAt);
    });
    // As reindexEntry would: a trashed entry stays out of the search index.
    if (e.deletedAt === null) index.run(seq, e.title, p.text, Object.values(e.fields).join('\n'), e.tags.join(' '));
  });

  return (p) => {
    if (present.get(p.entry.id) !== undefined) return 'present';
    try {
      write(p);
      return 'added';
    } catch (error) {
      if (!isConstraint(error)) throw error;
      return 'clash';
    }
  };
}
