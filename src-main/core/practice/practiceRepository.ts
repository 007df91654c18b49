// Spaced-practice cards (a serialised ts-fsrs card per question) and the review log.
import type { Db } from '../db/connection';

export interface CardRow {
  question_id: string;
  card: string;
  due: number;
  last_grade: string | null;
  last_review: number | null;
}

export function cardRows(db: Db): CardRow[] {
  return db.prepare('SELECT question_id, card, due, last_grade, last_review FROM practice_cards').all() as CardRow[];
}

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
    ? (db.prepare(`SELECT ${STATE_COLUMNS} WHERE question_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as CardState[])
    : (db.prepare(`SELECT ${STATE_COLUMNS}`).all() as CardState[]);
}

/** Ids of cards due at or before `now`, through the index on due. */
export function dueCardIds(db: Db, now: number): string[] {
  return (db.prepare('SELECT question_id FROM practice_cards WHERE due <= ?').all(now) as { question_id: string }[]).map((r) => r.question_id);
}

/** FSRS difficulty per practised question, read from the stored cards in one query. */
export function cardDifficulties(db: Db): Map<string, number> {
  const rows = db.prepare("SELECT question_id, json_extract(card, '$.difficulty') AS difficulty FROM practice_cards").all() as {
    question_id: string;
    difficulty: number | null;
  }[];
  return new Map(rows.flatMap((r) => (typeof r.difficulty === 'number' ? [[r.question_id, r.difficulty] as const] : [])));
}

export function findCard(db: Db, questionId: string): CardRow | undefined {
  return db.prepare('SELECT question_id, card, due, last_grade, last_review FROM practice_cards WHERE question_id = ?').get(questionId) as
    | CardRow
    | undefined;
}

export function saveCard(db: Db, row: CardRow, log: string): void {
  db.prepare(
    'INSERT INTO practice_cards (question_id, card, due, last_grade, last_review) VALUES (@question_id, @card, @due, @last_grade, @last_review) ' +
      'ON CONFLICT (question_id) DO UPDATE SET card = excluded.card, due = excluded.due, last_grade = excluded.last_grade, last_review = excluded.last_review',
  ).run(row);
  db.prepare('INSERT INTO practice_log (question_id, grade, reviewed_at, log) VALUES (?, ?, ?, ?)').run(
    row.question_id,
    row.last_grade,
    row.last_review,
    log,
  );
}
