-- FTS5 merges its index segments inside whichever write fills a level, so now and then one save paid
-- 20-40 ms for merging (the save p95). Automatic merging is off; db/indexMerge.ts does the same work
-- in small slices after the answer has been sent.
INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0);
