-- journal.find's copy of the titles (core/journal/titleIndex.ts) was built again whole whenever the
-- counter of migration 0015 moved: a quarter of a second at 100,000 entries after any rename. Each
-- change now also leaves which entry it touched (by seq) under the counter's new value, so a copy a
-- few changes behind reads only those rows, whichever connection wrote them. The last 1,000 changes
-- or so are kept (pruned at every 64th, so a write pays for one insert); a copy further behind
-- (after an import, say) is built whole, as before.
CREATE TABLE entry_title_changes (
  n INTEGER PRIMARY KEY,
  entry_seq INTEGER NOT NULL
) STRICT;

CREATE TRIGGER entry_title_changes_prune AFTER INSERT ON entry_title_changes
  WHEN NEW.n % 64 = 0
BEGIN
  DELETE FROM entry_title_changes WHERE n <= NEW.n - 1000;
END;

DROP TRIGGER entry_titles_insert;
DROP TRIGGER entry_titles_delete;
DROP TRIGGER entry_titles_update;

CREATE TRIGGER entry_titles_insert AFTER INSERT ON entries
BEGIN
  UPDATE entry_titles_version SET n = n + 1 WHERE id = 1;
  INSERT INTO entry_title_changes (n, entry_seq)
    SELECT n, NEW.seq FROM entry_titles_version WHERE id = 1;
END;

CREATE TRIGGER entry_titles_delete AFTER DELETE ON entries
BEGIN
  UPDATE entry_titles_version SET n = n + 1 WHERE id = 1;
  INSERT INTO entry_title_changes (n, entry_seq)
    SELECT n, OLD.seq FROM entry_titles_version WHERE id = 1;
END;

CREATE TRIGGER entry_titles_update AFTER UPDATE OF title, date, kind, deleted_at ON entries
  WHEN OLD.title IS NOT NEW.title OR OLD.date IS NOT NEW.date OR OLD.kind IS NOT NEW.kind
    OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  UPDATE entry_titles_version SET n = n + 1 WHERE id = 1;
  INSERT INTO entry_title_changes (n, entry_seq)
    SELECT n, NEW.seq FROM entry_titles_version WHERE id = 1;
END;
