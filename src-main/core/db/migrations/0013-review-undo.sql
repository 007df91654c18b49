-- The question's practice state as it stood before each review (its practice_cards row as JSON,
-- 'null' when it had none), so the grade just given in a rehearsal can be undone exactly: FSRS's own
-- rollback rebuilds the card but not its due. Reviews logged before this keep NULL and cannot be undone.
ALTER TABLE practice_log ADD COLUMN card_before TEXT CHECK (card_before IS NULL OR json_valid(card_before));
