-- Follow-up probes as turns of their own: at most one per answered question, written when the answer
-- that called for it ends (so a session left before the probe was answered resumes at it), then
-- answered, analysed and graded like the question. Its grade joins the question's for scheduling.
-- Answers saved before this keep their follow_up as the one line it was; no probe rows are made
-- for them, as those probes were never asked as turns.
CREATE TABLE rehearsal_probes (
  session_id TEXT NOT NULL,
  -- The place of the question it follows.
  position INTEGER NOT NULL CHECK (position >= 0),
  question_id TEXT NOT NULL,
  text TEXT NOT NULL CHECK (length(text) > 0),
  -- A rule over the answer ('no-number', ...) or 'bank': drawn from the question's own probes.
  reason TEXT NOT NULL CHECK (reason IN ('no-number', 'no-example', 'too-long', 'only-we', 'bank')),
  asked_at INTEGER NOT NULL,
  answer TEXT NOT NULL DEFAULT '',
  -- NULL until the probe's answer is given.
  started_at INTEGER,
  ended_at INTEGER,
  time_ms INTEGER CHECK (time_ms IS NULL OR time_ms >= 0),
  timed_out INTEGER NOT NULL DEFAULT 0 CHECK (timed_out IN (0, 1)),
  revealed INTEGER NOT NULL DEFAULT 0 CHECK (revealed IN (0, 1)),
  grade TEXT CHECK (grade IS NULL OR grade IN ('again', 'hard', 'good', 'easy')),
  feedback TEXT CHECK (feedback IS NULL OR json_valid(feedback)),
  version INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (session_id, position),
  FOREIGN KEY (session_id, position) REFERENCES rehearsal_answers (session_id, position) ON DELETE CASCADE
) STRICT;
