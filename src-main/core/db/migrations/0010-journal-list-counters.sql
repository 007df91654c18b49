-- The side bar at 100,000 entries: counts and tags come from counters kept by triggers, and a page
-- of the list comes from one covering index, so neither ever reads an entry's row (its body and
-- text sit in overflow pages).

-- Live documents per kind (profile pages too; listing ignores them).
CREATE TABLE entry_kind_counts (
  kind TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) STRICT;

-- Live documents per tag, by exact spelling; readers group spellings that differ only in case
-- (an entry never holds two of them: the journal's rules and import both drop such repeats).
CREATE TABLE entry_tag_counts (
  tag TEXT PRIMARY KEY,
  n INTEGER NOT NULL
) STRICT;

INSERT INTO entry_kind_counts (kind, n)
  SELECT kind, count(*) FROM entries WHERE deleted_at IS NULL GROUP BY kind;
INSERT INTO entry_tag_counts (tag, n)
  SELECT t.tag, count(*) FROM entry_tags t JOIN entries e ON e.seq = t.entry_seq
  WHERE e.deleted_at IS NULL GROUP BY t.tag;

CREATE TRIGGER entries_count_insert AFTER INSERT ON entries WHEN NEW.deleted_at IS NULL
BEGIN
  INSERT INTO entry_kind_counts (kind, n) VALUES (NEW.kind, 1)
    ON CONFLICT (kind) DO UPDATE SET n = n + 1;
END;

-- Tags go first, while the entry is still there to say whether they counted (the foreign key's
-- cascade would remove them after it, when that can no longer be read).
CREATE TRIGGER entries_count_before_delete BEFORE DELETE ON entries
BEGIN
  DELETE FROM entry_tags WHERE entry_seq = OLD.seq;
END;

CREATE TRIGGER entries_count_delete AFTER DELETE ON entries WHEN OLD.deleted_at IS NULL
BEGIN
  UPDATE entry_kind_counts SET n = n - 1 WHERE kind = OLD.kind;
END;

-- Trash, restore (and a kind change, which no write makes today).
CREATE TRIGGER entries_count_update AFTER UPDATE OF deleted_at, kind ON entries
  WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL) OR OLD.kind <> NEW.kind
BEGIN
  UPDATE entry_kind_counts SET n = n - 1 WHERE kind = OLD.kind AND OLD.deleted_at IS NULL;
  INSERT INTO entry_kind_counts (kind, n) SELECT NEW.kind, 1 WHERE NEW.deleted_at IS NULL
    ON CONFLICT (kind) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER entries_tag_count_update AFTER UPDATE OF deleted_at ON entries
  WHEN (OLD.deleted_at IS NULL) <> (NEW.deleted_at IS NULL)
BEGIN
  UPDATE entry_tag_counts SET n = n - 1
    WHERE OLD.deleted_at IS NULL AND tag IN (SELECT tag FROM entry_tags WHERE entry_seq = NEW.seq);
  DELETE FROM entry_tag_counts
    WHERE n <= 0 AND tag IN (SELECT tag FROM entry_tags WHERE entry_seq = NEW.seq);
  INSERT INTO entry_tag_counts (tag, n)
    SELECT tag, 1 FROM entry_tags WHERE entry_seq = NEW.seq AND NEW.deleted_at IS NULL
    ON CONFLICT (tag) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER entry_tags_count_insert AFTER INSERT ON entry_tags
BEGIN
  INSERT INTO entry_tag_counts (tag, n)
    SELECT NEW.tag, 1 FROM entries WHERE seq = NEW.entry_seq AND deleted_at IS NULL
    ON CONFLICT (tag) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER entry_tags_count_delete AFTER DELETE ON entry_tags
  WHEN EXISTS (SELECT 1 FROM entries WHERE seq = OLD.entry_seq AND deleted_at IS NULL)
BEGIN
  UPDATE entry_tag_counts SET n = n - 1 WHERE tag = OLD.tag;
  DELETE FROM entry_tag_counts WHERE tag = OLD.tag AND n <= 0;
END;

CREATE TRIGGER entry_tags_count_update AFTER UPDATE ON entry_tags
BEGIN
  UPDATE entry_tag_counts SET n = n - 1 WHERE tag = OLD.tag
    AND EXISTS (SELECT 1 FROM entries WHERE seq = OLD.entry_seq AND deleted_at IS NULL);
  DELETE FROM entry_tag_counts WHERE tag = OLD.tag AND n <= 0;
  INSERT INTO entry_tag_counts (tag, n)
    SELECT NEW.tag, 1 FROM entries WHERE seq = NEW.entry_seq AND deleted_at IS NULL
    ON CONFLICT (tag) DO UPDATE SET n = n + 1;
END;

-- Everything a row of the side bar shows, in the list's order (newest date first, then the newest
-- written: an autosave does not move a row, so pages read by offset stay put). deleted_at is always
-- NULL here; it is a column too because SQLite counts an index as covering only when it holds every
-- column the query names, its WHERE included.
CREATE INDEX entries_list ON entries (date DESC, seq DESC, kind, title, word_count, updated_at, id, deleted_at)
  WHERE deleted_at IS NULL AND kind NOT IN ('values', 'mission', 'strengths', 'skills', 'goals');
