-- Rank search results with bm25, the title weighing most, then fields, tags and body text.
-- Stored as the index's default rank so `ORDER BY rank LIMIT n` is sorted inside FTS5.
INSERT INTO entries_fts (entries_fts, rank) VALUES ('rank', 'bm25(10.0, 1.0, 2.0, 3.0)');
