-- How a rehearsal was started (a conversation, a slice of the bank, Surprise me, due questions), so
-- its history can name it as the person remembers it. NULL: started before this was kept, or
-- straight from a list of question ids.
ALTER TABLE rehearsal_sessions ADD COLUMN mode TEXT CHECK (mode IS NULL OR mode IN ('conversation', 'filter', 'surprise', 'due'));

-- A session tied to a conversation can only have come from it.
UPDATE rehearsal_sessions SET mode = 'conversation' WHERE conversation_id IS NOT NULL;
