// FSRS scheduling (ts-fsrs): grading a question moves its card and logs the review; a regrade
// replaces the latest review, and an undo takes it back, so an answer's grade and the schedule agree.
// What each grade would schedule is read the same way, so a grade button's interval is the truth.
import {
  createEmptyCard,
  fsrs,
  Rating,
  TypeConvert,
  type Card,
  type Grade as FsrsGrade,
  type ReviewLog,
} from 'ts-fsrs';
import { GRADES, type Grade } from '../../shared/questions/questionBank';
import type { GradeResult } from '../../shared/rehearsal/rehearsal';
import type { Db } from '../db/connection';
import {
  deleteReview,
  findCard,
  findReview,
  latestReviewRow,
  restoreCard,
  saveCard,
  type CardRow,
} from './practiceRepository';

const RATINGS: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const scheduler = fsrs();

function cardOf(row: CardRow | null | undefined, now: number): Card {
  return row ? TypeConvert.card(JSON.parse(row.card) as Card) : createEmptyCard(new Date(now));
}

/**
 * The moment a review given `now` counts as taken: a clock set back (corrected, or another time
 * zone's wrong setting) must not fail a grade, and FSRS refuses a review before the last one.
 */
function reviewTime(card: Card, now: number): number {
  return Math.max(now, card.last_review ? card.last_review.getTime() : now);
}

export function gradeQuestion(db: Db, questionId: string, grade: Grade, now: number): GradeResult {
  const row = findCard(db, questionId) ?? null;
  return gradeCard(db, questionId, cardOf(row, now), grade, now, row);
}

/** For each grade, how long from `now` until the question would be due if given that grade now. */
export function previewGrades(db: Db, questionId: string, now: number): Record<Grade, number> {
  const card = cardOf(findCard(db, questionId), now);
  const outcomes = scheduler.repeat(card, new Date(reviewTime(card, now)));
  return Object.fromEntries(
    GRADES.map((g) => [g, outcomes[RATINGS[g]].card.due.getTime() - now]),
  ) as Record<Grade, number>;
}

/**
 * For each grade, how long from `now` until the question would be due if review `reviewSeq` were
 * replaced by that grade (as regradeQuestion does). Null when that review cannot be replaced exactly.
 */
export function previewRegrade(
  db: Db,
  questionId: string,
  reviewSeq: number,
  now: number,
): Record<Grade, number> | null {
  const known = rowBefore(db, questionId, reviewSeq);
  if (!known) return null;
  const card = cardOf(known.before, known.reviewedAt);
  const outcomes = scheduler.repeat(card, new Date(reviewTime(card, known.reviewedAt)));
  return Object.fromEntries(
    GRADES.map((g) => [g, outcomes[RATINGS[g]].card.due.getTime() - now]),
  ) as Record<Grade, number>;
}

/** The practice_log row of the question's latest review, if any. */
export function latestReviewSeq(db: Db, questionId: string): number | null {
  return latestReview(db, questionId)?.seq ?? null;
}

export function latestReview(
  db: Db,
  questionId: string,
): { seq: number; grade: Grade } | undefined {
  return latestReviewRow(db, questionId) as { seq: number; grade: Grade } | undefined;
}

/** The card row before review `reviewSeq`, when it is the question's latest and was recorded. */
function rowBefore(
  db: Db,
  questionId: string,
  reviewSeq: number,
): { before: CardRow | null; reviewedAt: number } | null {
  const review = findReview(db, reviewSeq, questionId);
  if (!review || review.card_before === null || latestReviewSeq(db, questionId) !== reviewSeq)
    return null;
  return {
    before: JSON.parse(review.card_before) as CardRow | null,
    reviewedAt: review.reviewed_at,
  };
}

/**
 * Replaces the review `reviewSeq` with one of another grade, as if that grade had been given then,
 * so an answer's grade and the schedule agree after a regrade. Only the question's latest review
 * can be replaced: false when the question was reviewed again since (the schedule moved on).
 */
export function regradeQuestion(
  db: Db,
  questionId: string,
  reviewSeq: number,
  grade: Grade,
): boolean {
  const row = findCard(db, questionId);
  const review = findReview(db, reviewSeq, questionId);
  if (!row || !review || latestReviewSeq(db, questionId) !== reviewSeq) return false;
  const known = rowBefore(db, questionId, reviewSeq);
  // A review logged with its card before is replaced exactly; an older one through FSRS's rollback.
  const before = known
    ? cardOf(known.before, review.reviewed_at)
    : scheduler.rollback(
        TypeConvert.card(JSON.parse(row.card) as Card),
        TypeConvert.review_log(JSON.parse(review.log) as ReviewLog),
      );
  deleteReview(db, reviewSeq);
  gradeCard(db, questionId, before, grade, review.reviewed_at, known ? known.before : undefined);
  return true;
}

/**
 * Takes the review `reviewSeq` back: the card returns exactly to its row before that review (or to
 * none) and the review leaves the log. False when it is not the question's latest review, or was
 * logged before Ladder kept the card's state with each review.
 */
export function undoReview(db: Db, questionId: string, reviewSeq: number): boolean {
  const known = rowBefore(db, questionId, reviewSeq);
  if (!known) return false;
  restoreCard(db, questionId, known.before);
  deleteReview(db, reviewSeq);
  return true;
}

function gradeCard(
  db: Db,
  questionId: string,
  card: Card,
  grade: Grade,
  now: number,
  before: CardRow | null | undefined,
): GradeResult {
  const at = reviewTime(card, now);
  const next = scheduler.next(card, new Date(at), RATINGS[grade]);
  const due = next.card.due.getTime();
  saveCard(
    db,
    {
      question_id: questionId,
      card: JSON.stringify(next.card),
      due,
      last_grade: grade,
      last_review: at,
    },
    JSON.stringify(next.log),
    before,
  );
  return { questionId, grade, due };
}
