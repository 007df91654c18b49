// Spaced-practice cards (a serialised ts-fsrs card per question) and the review log. What the
// question bank shows of a card (due, last grade) is read in questions/cardStateRepository.ts.
import type { Db } from '../db/connection';

export interface CardRow {
  question_id: string;
  card: string;
  due: number;
  last_grade: string | null;
  last_review: number | null;
}

/** Ids of cards due at or before `now`, through the index on due. */
export function dueCardIds(db: Db, now: number): string[] {
  return (
    db.prepare('SELECT question_id FROM practice_cards WHERE due <= ?').all(now) as {
      question_id: string;
    }[]
  ).map((r) => r.question_id);
}

/** FSRS difficulty per practised question, read from the stored cards in one query. */
export function cardDifficulties(db: Db): Map<string, number> {
  const rows = db
    .prepare(
      "SELECT question_id, json_extract(card, '$.difficulty') AS difficulty FROM practice_cards",
    )
    .all() as {
    question_id: string;
    difficulty: number | null;
  }[];
  return new Map(
    rows.flatMap((r) =>
      typeof r.difficulty === 'number' ? [[r.question_id, r.difficulty] as const] : [],
    ),
  );
}

export function findCard(db: Db, questionId: string): CardRow | undefined {
  return db
    .prepare(
      'SELECT question_id, card, due, last_grade, last_review FROM practice_cards WHERE question_id = ?',
    )
    .get(questionId) as CardRow | undefined;
}

function upsertCard(db: Db, row: CardRow): void {
  db.prepare(
    'INSERT INTO practice_cards (question_id, card, due, last_grade, last_review) VALUES (@question_id, @card, @due, @last_grade, @last_review) ' +
      'ON CONFLICT (question_id) DO UPDATE SET card = excluded.card, due = excluded.due, last_grade = excluded.last_grade, last_review = excluded.last_review',
  ).run(row);
}

/**
 * Writes the card after a review and logs the review with the card's row as it stood before (null:
 * it had none; undefined: not known, as after replacing a review logged before 0013), so that
 * review can be undone exactly.
 */
export function saveCard(
  db: Db,
  row: CardRow,
  log: string,
  before: CardRow | null | undefined,
): void {
  upsertCard(db, row);
  db.prepare(
    'INSERT INTO practice_log (question_id, grade, reviewed_at, log, card_before) VALUES (?, ?, ?, ?, ?)',
  ).run(
    row.question_id,
    row.last_grade,
    row.last_review,
    log,
    before === undefined ? null : JSON.stringify(before),
  );
}

/** Puts a card row back as it was (null: the question had none, so it has none again). */
export function restoreCard(db: Db, questionId: string, row: CardRow | null): void {
  if (row === null) {
    db.prepare('DELETE FROM practice_cards WHERE question_id = ?').run(questionId);
    return;
  }
  upsertCard(db, row);
}

/** The question's latest review in the log, if any. */
export function latestReviewRow(
  db: Db,
  questionId: string,
): { seq: number; grade: string } | undefined {
  return db
    .prepare('SELECT seq, grade FROM practice_log WHERE question_id = ? ORDER BY seq DESC LIMIT 1')
    .get(questionId) as { seq: number; grade: string } | undefined;
}

export interface ReviewRow {
  seq: number;
  reviewed_at: number;
  log: string;
  /** JSON of the card row before this review ('null': none); NULL for reviews logged before 0013. */
  card_before: string | null;
}

export function findReview(db: Db, seq: number, questionId: string): ReviewRow | undefined {
  return db
    .prepare(
      'SELECT seq, reviewed_at, log, card_before FROM practice_log WHERE seq = ? AND question_id = ?',
    )
    .get(seq, questionId) as ReviewRow | undefined;
}

export function deleteReview(db: Db, seq: number): void {
  db.prepare('DELETE FROM practice_log WHERE seq = ?').run(seq);
}
