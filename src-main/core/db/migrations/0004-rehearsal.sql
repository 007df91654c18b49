-- Rehearsal mode: the user's own questions, their edits of built-ins, rehearsal sessions with
-- their answers, and spaced-practice cards. Built-ins live in resources/ and are never copied here:
-- an overlay row keyed by the built-in id holds the user's changes, so an app update that rewrites
-- a built-in cannot touch them, and hiding only sets a flag.
CREATE TABLE user_questions (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  direction TEXT NOT NULL CHECK (direction IN ('manager-asks', 'employee-asks')),
  category TEXT NOT NULL DEFAULT 'mine',
  framework TEXT NOT NULL DEFAULT 'mine',
  step TEXT NOT NULL DEFAULT 'any',
  difficulty INTEGER NOT NULL DEFAULT 2 CHECK (difficulty BETWEEN 1 AND 3),
  probes TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(probes)),
  tip TEXT NOT NULL DEFAULT '',
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
) STRICT;

-- NULL columns mean "as shipped".
CREATE TABLE question_overlays (
  question_id TEXT PRIMARY KEY,
  text TEXT,
  tip TEXT,
  probes TEXT CHECK (probes IS NULL OR json_valid(probes)),
  hidden INTEGER NOT NULL DEFAULT 0 CHECK (hidden IN (0, 1)),
  updated_at INTEGER NOT NULL
) STRICT;

CREATE TABLE question_tags (
  question_id TEXT NOT NULL,
  tag TEXT NOT NULL,
  PRIMARY KEY (question_id, tag)
) STRICT;

CREATE INDEX question_tags_by_tag ON question_tags (tag COLLATE NOCASE);

CREATE TABLE rehearsal_sessions (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  conversation_id TEXT REFERENCES conversations (id) ON DELETE SET NULL,
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  settings TEXT NOT NULL CHECK (json_valid(settings)),
  -- The planned question ids in order, so a resumed session asks the same ones.
  question_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(question_ids)),
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'finished', 'left'))
) STRICT;

CREATE INDEX rehearsal_sessions_by_conversation ON rehearsal_sessions (conversation_id, started_at);

-- Times: started_at/ended_at are wall-clock epoch ms for the record; time_ms comes from the
-- monotonic clock and is the only duration ever used.
CREATE TABLE rehearsal_answers (
  session_id TEXT NOT NULL REFERENCES rehearsal_sessions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  question_id TEXT NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  started_at INTEGER NOT NULL,
  ended_at INTEGER NOT NULL,
  time_ms INTEGER NOT NULL CHECK (time_ms >= 0),
  timed_out INTEGER NOT NULL DEFAULT 0 CHECK (timed_out IN (0, 1)),
  revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
  follow_up TEXT,
  grade TEXT CHECK (grade IS NULL OR grade IN ('again', 'hard', 'good', 'easy')),
  feedback TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(feedback)),
  PRIMARY KEY (session_id, position)
) STRICT;

CREATE INDEX rehearsal_answers_by_question ON rehearsal_answers (question_id);

CREATE TABLE practice_cards (
  question_id TEXT PRIMARY KEY,
  card TEXT NOT NULL CHECK (json_valid(card)),
  due INTEGER NOT NULL,
  last_grade TEXT CHECK (last_grade IS NULL OR last_grade IN ('again', 'hard', 'good', 'easy')),
  last_review INTEGER
) STRICT;

CREATE INDEX practice_cards_by_due ON practice_cards (due);

CREATE TABLE practice_log (
  seq INTEGER PRIMARY KEY,
  question_id TEXT NOT NULL,
  grade TEXT NOT NULL CHECK (grade IN ('again', 'hard', 'good', 'easy')),
  reviewed_at INTEGER NOT NULL,
  log TEXT NOT NULL CHECK (json_valid(log))
) STRICT;

CREATE INDEX practice_log_by_question ON practice_log (question_id, reviewed_at);
