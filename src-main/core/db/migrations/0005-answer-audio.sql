-- Voice answers: at most one recording per answer of a rehearsal, kept in the store itself (so backups
-- and encryption cover it) and removed with its session. Keyed by the answer's place rather than by a
-- rehearsal_answers row: the recording is saved when Record stops, often before the answer is written.
CREATE TABLE answer_audio (
  session_id TEXT NOT NULL REFERENCES rehearsal_sessions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  mime TEXT NOT NULL CHECK (mime IN ('audio/webm', 'audio/ogg', 'audio/mp4')),
  duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
  data BLOB NOT NULL CHECK (length(data) > 0),
  created_at INTEGER NOT NULL,
  PRIMARY KEY (session_id, position)
) STRICT;
