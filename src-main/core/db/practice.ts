// Spaced-practice cards (a serialised ts-fsrs card per question) and the review log.
import type { Db } from './connection';

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
