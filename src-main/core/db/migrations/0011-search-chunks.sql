-- The search index in paragraph-sized pieces, and no third copy of the text. Before, each save of
-- a 10,000-word entry re-indexed all of it (16.8 ms) and the index kept its own copy of every
-- text (a fifth of the file). Now an entry's plain text is cut into pieces (db/ftsChunks.ts); the
-- index holds one row per piece and reads the words from `entries` through a view (FTS5 external
-- content), so a save re-indexes only the pieces whose text changed. The first piece's row id is
-- the entry's seq and it also carries the title, fields and tags; an entry of up to ~700 words is
-- one piece, indexed and ranked exactly as before. Trashed entries have no pieces (not searched).
CREATE TABLE entry_chunks (
  id INTEGER PRIMARY KEY,
  entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
  -- Offset and length in characters (code points) of the piece within entries.text.
  start INTEGER NOT NULL,
  len INTEGER NOT NULL,
  -- The first piece's field values as indexed, one per line (a view read by FTS5 cannot call
  -- json_each: "no such table: main.json_each"); '' on the other pieces.
  fields TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX entry_chunks_by_entry ON entry_chunks (entry_seq);

-- What the index reads for a piece: the single source of the indexed values, so writing a row
-- and highlighting it can never disagree.
CREATE VIEW entry_chunk_content (cid, title, text, fields, tags) AS
SELECT
  c.id,
  CASE WHEN c.id = c.entry_seq THEN e.title ELSE '' END,
  substr(e.text, c.start + 1, c.len),
  c.fields,
  CASE WHEN c.id = c.entry_seq
    THEN coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM entry_tags WHERE entry_seq = e.seq ORDER BY position)), '')
    ELSE '' END
FROM entry_chunks c JOIN entries e ON e.seq = c.entry_seq;

-- A whole live entry (live entries have a first piece) as a scan searches it (terms of one or two
-- letters) and as short terms beside long ones are checked.
CREATE VIEW entry_search_text (seq, title, text, fields, tags) AS
SELECT
  e.seq,
  e.title,
  e.text,
  c.fields,
  coalesce((SELECT group_concat(tag, ' ') FROM (SELECT tag FROM entry_tags WHERE entry_seq = e.seq ORDER BY position)), '')
FROM entries e JOIN entry_chunks c ON c.id = e.seq WHERE e.deleted_at IS NULL;

DROP TABLE entries_fts;

CREATE VIRTUAL TABLE entries_fts USING fts5 (
  title, text, fields, tags,
  content = 'entry_chunk_content', content_rowid = 'cid',
  tokenize = 'trigram remove_diacritics 1'
);
INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 2.0, 3.0)');
INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0);

-- Every live entry starts as one piece; a long one is cut into pieces when it is next saved
-- (or by db/ftsIndex.ts rechunkLongEntries at open).
INSERT INTO entry_chunks (id, entry_seq, start, len, fields)
  SELECT seq, seq, 0, length(text), coalesce((SELECT group_concat(j.value, char(10)) FROM json_each(e.fields) j), '')
  FROM entries e WHERE deleted_at IS NULL;
INSERT INTO entries_fts (entries_fts) VALUES ('rebuild');

-- History: a kept revision's body and plain text, deflated together (revisionsRepository.ts), in
-- place of the two text columns (then ''). Revisions written before stay as they were.
ALTER TABLE revisions ADD COLUMN packed BLOB;
