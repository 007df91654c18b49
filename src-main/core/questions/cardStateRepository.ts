// What the question bank shows of each question's practice card (due, last grade, last review),
// read here so the bank needs nothing of practice; practice writes the cards (practiceRepository.ts).
import type { Db } from '../db/connection';

/** What the question list shows of a card: no serialised card, so a large bank reads little. */
export interface CardState {
  question_id: string;
  due: number;
  last_grade: string | null;
  last_review: number | null;
}

const STATE_COLUMNS = 'question_id, due, last_grade, last_review FROM practice_cards';

/** Every card's state, or only those of `ids` (one query either way). */
export function cardStates(db: Db, ids?: readonly string[]): CardState[] {
  return ids
    ? (db
        .prepare(`SELECT ${STATE_COLUMNS} WHERE question_id IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(ids)) as CardState[])
    : (db.prepare(`SELECT ${STATE_COLUMNS}`).all() as CardState[]);
}
