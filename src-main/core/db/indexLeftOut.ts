// Backups leave the search index's data out (issue 15, goal 6): it is over half of the data file,
// compresses poorly (trigrams), and is rebuilt exactly from the entries (external content, migration
// 11). A copy gets LEAVE_INDEX_OUT then VACUUM; a restore rebuilds the index before the journal is
// used. An emptied index is recognised by what it lacks: pieces of text to index (entry_chunks) but
// no indexed row at all (entries_fts_docsize holds one row per indexed piece), which a journal
// in use never has. A backup written before this change holds its index and is restored as it is.
import type { Db } from './connection';

/** Empties the index's data in a copy (FTS5 'delete-all': the content, the entries, is kept). */
export const LEAVE_INDEX_OUT = "INSERT INTO entries_fts (entries_fts) VALUES ('delete-all')";

/** Rebuilds the index from the entries (FTS5 reads them through the content view). */
export const REBUILD_INDEX = "INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')";

/**
 * Whether the index's data was left out (a lean backup): text to index, nothing indexed. As SQL, for
 * the restore's worker too: the first answers 1 when the tables exist (journals older than migration
 * 11 have no pieces table, and their index was always kept), the second 1 when it was left out.
 */
export const INDEX_LEFT_OUT_QUERIES = [
  "SELECT count(*) = 2 FROM sqlite_schema WHERE type = 'table' AND name IN ('entry_chunks', 'entries_fts_docsize')",
  'SELECT EXISTS (SELECT 1 FROM entry_chunks) AND NOT EXISTS (SELECT 1 FROM entries_fts_docsize)',
] as const;

export function indexLeftOut(db: Db): boolean {
  return INDEX_LEFT_OUT_QUERIES.every((sql) => db.prepare(sql).pluck().get() === 1);
}

/** Rebuilds the index when it was left out, in one transaction; returns whether it did. */
export function rebuildLeftOutIndex(db: Db): boolean {
  if (!indexLeftOut(db)) return false;
  db.transaction(() => db.exec(REBUILD_INDEX))();
  return true;
}
