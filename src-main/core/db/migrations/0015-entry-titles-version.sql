-- journal.find ranks titles from a copy held in memory (core/journal/titleIndex.ts): this counter
-- tells it, for the price of one row read, that some entry's title, date or kind changed, or that
-- one was added, trashed, restored or deleted, by any connection. Body-only saves leave it alone.
CREATE TABLE entry_titles_version (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  n INTEGER NOT NULL
) STRICT;

INSERT INTO entry_titles_version (id, n) VALUES (1, 0);

CREATE TRIGGER entry_titles_insert AFTER INSERT ON entries
BEGIN
  UPDATE entry_titles_version SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER entry_titles_delete AFTER DELETE ON entries
BEGIN
  UPDATE entry_titles_version SET n = n + 1 WHERE id = 1;
END;

CREATE TRIGGER entry_titles_update AFTER UPDATE OF title, date, kind, deleted_at ON entries
  WHEN OLD.title IS NOT NEW.title OR OLD.date IS NOT NEW.date OR OLD.kind IS NOT NEW.kind
    OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  UPDATE entry_titles_version SET n = n + 1 WHERE id = 1;
END;
