// Keeps the search index in step with one entry. Called inside the transaction of every entry write,
// so the index and the rows can never disagree. Trashed entries are kept out of the index.
import type { Db } from './connection';

export function fieldsText(fieldsJson: string): string {
  const fields = JSON.parse(fieldsJson) as Record<string, string>;
  return Object.values(fields).join('\n');
}

export function reindexEntry(db: Db, seq: number): void {
  db.prepare('DELETE FROM entries_fts WHERE rowid = ?').run(seq);
  const row = db
    .prepare(
      'SELECT e.title, e.text, e.fields, e.deleted_at, ' +
        "(SELECT group_concat(tag, ' ') FROM (SELECT tag FROM entry_tags WHERE entry_seq = e.seq ORDER BY position)) AS tags " +
        'FROM entries e WHERE e.seq = ?',
    )
    .get(seq) as
    | {
        title: string;
        text: string;
        fields: string;
        deleted_at: number | null;
        tags: string | null;
      }
    | undefined;
  if (!row || row.deleted_at !== null) return;
  db.prepare(
    'INSERT INTO entries_fts (rowid, title, text, fields, tags) VALUES (?, ?, ?, ?, ?)',
  ).run(seq, row.title, row.text, fieldsText(row.fields), row.tags ?? '');
}

export function unindexEntry(db: Db, seq: number): void {
  db.prepare('DELETE FROM entries_fts WHERE rowid = ?').run(seq);
}
