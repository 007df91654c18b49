-- A leaner data file (issue 15, goal 6: at most 5x the plain text per entry; it was 6.85x).
--
-- 1. The body (Lexical JSON) is stored deflated in body_packed (journal/bodyPacking.ts), with ''
--    left in body; a row written before keeps its body as text until its next save (core/host/
--    store.ts packs them all once, right after this migration). 3.3 KB to 1.4 KB an entry.
-- 2. The index's columns are reordered with the text first. FTS5 writes a column marker (two bytes)
--    before the positions of every column but the first, once per term and row: with the text,
--    which holds nearly every term, in column 1, that marker was a quarter of the index (8.4 KB to
--    6.3 KB an entry at 10k, measured on the same journal). Ranks are unchanged (bm25 weights follow
--    their columns); highlight() calls name the new positions (search/searchRepository.ts).
ALTER TABLE entries ADD COLUMN body_packed BLOB;

DROP TABLE entries_fts;

CREATE VIRTUAL TABLE entries_fts USING fts5 (
  text, title, fields, tags,
  content = 'entry_chunk_content', content_rowid = 'cid',
  tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(1.0, 10.0, 2.0, 3.0)');
INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0);
INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');
