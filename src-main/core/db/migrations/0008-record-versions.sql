-- Every record a person edits carries a version, raised by one on each change. A save names the
-- version it was based on; one based on an older version (another tab or window changed the record
-- since) is refused as a conflict instead of silently overwriting that change. Entries have had
-- theirs since 0001.
ALTER TABLE conversations ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_items ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE anticipated_questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE action_items ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE goals ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE skills ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE user_questions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- A built-in question's version: 1 as shipped, raised when its wording, tip or follow-ups change
-- (hiding it does not change what an open editor shows).
ALTER TABLE question_overlays ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE rehearsal_answers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
-- The practice_log row the answer's grade wrote: a regrade replaces that review (while it is still
-- the question's latest), so the answer's grade and the schedule always agree.
ALTER TABLE rehearsal_answers ADD COLUMN review_seq INTEGER;
