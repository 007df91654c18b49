-- Entries an import has written but not yet finished: a large import writes its entries in short
-- transactions so other requests get through, and marks each here until its last transaction
-- commits. Whatever is still marked after a failure or a crash is taken out again (entryLoad.ts).
CREATE TABLE import_pending (
  entry_id TEXT NOT NULL PRIMARY KEY,
  run TEXT NOT NULL
) STRICT;
