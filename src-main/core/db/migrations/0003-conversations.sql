-- Meeting scripts: conversations, their agenda, anticipated questions, action plan, user templates.
-- starts_at is the wall-clock time the user typed (YYYY-MM-DDTHH:MM) and time_zone its IANA zone,
-- so a 09:30 meeting stays 09:30 across daylight-saving changes; NULL zone = floating local time.
CREATE TABLE conversations (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL DEFAULT '',
  person_name TEXT NOT NULL DEFAULT '',
  person_role TEXT NOT NULL DEFAULT '',
  my_role TEXT NOT NULL DEFAULT 'employee' CHECK (my_role IN ('employee', 'manager')),
  kind TEXT NOT NULL DEFAULT 'career' CHECK (kind IN ('career', 'one-on-one', 'review-prep', 'mentoring')),
  starts_at TEXT CHECK (starts_at IS NULL OR starts_at GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]'),
  time_zone TEXT,
  duration_min INTEGER NOT NULL DEFAULT 30 CHECK (duration_min BETWEEN 0 AND 1440),
  place TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'held', 'followed-up')),
  expected_outcome TEXT NOT NULL DEFAULT '',
  template_id TEXT,
  notes TEXT NOT NULL DEFAULT '',
  agreed TEXT NOT NULL DEFAULT '',
  follow_up_date TEXT,
  -- The calendar day the conversation was held on (for "since last time"); set by mark-as-held.
  held_on TEXT,
  shared_at INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER
) STRICT;

CREATE INDEX conversations_by_person ON conversations (person_name COLLATE NOCASE, starts_at) WHERE deleted_at IS NULL;

CREATE TABLE action_items (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  owner TEXT NOT NULL DEFAULT 'me' CHECK (owner IN ('me', 'them', 'both')),
  due_date TEXT,
  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
  -- The action of an earlier conversation this one continues, if any.
  carried_from TEXT REFERENCES action_items (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX action_items_by_conversation ON action_items (conversation_id, position);
CREATE INDEX action_items_open ON action_items (due_date) WHERE status = 'open';

CREATE TABLE agenda_items (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  minutes INTEGER NOT NULL DEFAULT 0 CHECK (minutes BETWEEN 0 AND 1440),
  -- Prompting hints from the template, shown beside the item, never printed as text.
  hints TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(hints)),
  talking_points TEXT NOT NULL DEFAULT '',
  private_notes TEXT NOT NULL DEFAULT '',
  questions TEXT NOT NULL DEFAULT '',
  carried_from_action_id TEXT REFERENCES action_items (id) ON DELETE SET NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX agenda_items_by_conversation ON agenda_items (conversation_id, position);

-- No foreign key to entries: a link to an entry later trashed or deleted shows as missing.
CREATE TABLE agenda_evidence (
  item_id TEXT NOT NULL REFERENCES agenda_items (id) ON DELETE CASCADE,
  entry_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (item_id, entry_id)
) STRICT;

CREATE TABLE anticipated_questions (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  conversation_id TEXT NOT NULL REFERENCES conversations (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  question TEXT NOT NULL DEFAULT '',
  hint TEXT NOT NULL DEFAULT '',
  prepared_answer TEXT NOT NULL DEFAULT '',
  question_bank_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

CREATE INDEX anticipated_questions_by_conversation ON anticipated_questions (conversation_id, position);

CREATE TABLE question_evidence (
  question_id TEXT NOT NULL REFERENCES anticipated_questions (id) ON DELETE CASCADE,
  entry_id TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (question_id, entry_id)
) STRICT;

CREATE TABLE user_templates (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  created_at INTEGER NOT NULL
) STRICT;
