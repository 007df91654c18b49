-- Journal entries and profile pages. `seq` is the stable integer key the search index points at
-- (an implicit rowid may change on VACUUM); `id` is the uuid the outside world sees.
CREATE TABLE entries (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('accomplishment', 'praise', 'feedback', 'lesson', 'learning', 'reflection',
                                     'values', 'mission', 'strengths', 'skills', 'goals')),
  title TEXT NOT NULL DEFAULT '',
  date TEXT NOT NULL,
  fields TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(fields)),
  body TEXT NOT NULL DEFAULT '',
  text TEXT NOT NULL DEFAULT '',
  word_count INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  version INTEGER NOT NULL DEFAULT 1
) STRICT;

CREATE INDEX entries_live_by_date ON entries (date DESC, updated_at DESC) WHERE deleted_at IS NULL;
CREATE INDEX entries_trashed ON entries (deleted_at) WHERE deleted_at IS NOT NULL;
-- Exactly one document per profile page.
CREATE UNIQUE INDEX entries_one_profile_page ON entries (kind)
  WHERE kind IN ('values', 'mission', 'strengths', 'skills', 'goals');

CREATE TABLE entry_tags (
  entry_seq INTEGER NOT NULL REFERENCES entries (seq) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  tag TEXT NOT NULL,
  PRIMARY KEY (entry_seq, position)
) STRICT;

CREATE INDEX entry_tags_by_tag ON entry_tags (tag COLLATE NOCASE);

CREATE TABLE revisions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entry_id TEXT NOT NULL REFERENCES entries (id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  date TEXT NOT NULL,
  fields TEXT NOT NULL CHECK (json_valid(fields)),
  body TEXT NOT NULL,
  text TEXT NOT NULL,
  tags TEXT NOT NULL CHECK (json_valid(tags)),
  word_count INTEGER NOT NULL,
  created_at INTEGER NOT NULL
) STRICT;

CREATE INDEX revisions_by_entry ON revisions (entry_id, id DESC);

-- Search over live (not trashed) documents only; rowid = entries.seq. Written in the same
-- transaction as each entry write. Trigram: substring and prefix matches, accents folded.
CREATE VIRTUAL TABLE entries_fts USING fts5 (
  title, text, fields, tags,
  tokenize = 'trigram remove_diacritics 1'
);

CREATE TABLE skills (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  colleagues_view TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL
) STRICT;

CREATE UNIQUE INDEX skills_by_name ON skills (name COLLATE NOCASE);

CREATE TABLE skill_ratings (
  id INTEGER PRIMARY KEY,
  skill_id TEXT NOT NULL REFERENCES skills (id) ON DELETE CASCADE,
  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
  note TEXT NOT NULL DEFAULT '',
  rated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX skill_ratings_by_skill ON skill_ratings (skill_id, rated_at DESC, id DESC);

CREATE TABLE goals (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  horizon TEXT NOT NULL CHECK (horizon IN ('short', 'long')),
  text TEXT NOT NULL,
  target_date TEXT,
  done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL CHECK (json_valid(value))
) STRICT;
