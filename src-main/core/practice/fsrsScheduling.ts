// FSRS scheduling (ts-fsrs): grading a question moves its card and logs the review; a regrade
// rolls the latest review back and grades again, so an answer's grade and the schedule agree.
import {
  createEmptyCard,
  fsrs,
  Rating,
  TypeConvert,
  type Card,
  type Grade as FsrsGrade,
  type ReviewLog,
} from 'ts-fsrs';
import type { Grade } from '../../shared/questions/questionBank';
import type { GradeResult } from '../../shared/rehearsal/rehearsal';
import type { Db } from '../db/connection';
import {
  deleteReview,
  findCard,
  findReview,
  latestReviewRow,
  saveCard,
} from './practiceRepository';

const RATINGS: Record<Grade, FsrsGrade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};
const scheduler = fsrs();

export function gradeQuestion(db: Db, questionId: string, grade: Grade, now: number): GradeResult {
  const row = findCard(db, questionId);
  const card: Card = row
    ? TypeConvert.card(JSON.parse(row.card) as Card)
    : createEmptyCard(new Date(now));
  return gradeCard(db, questionId, card, grade, now);
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
  const before = scheduler.rollback(
    TypeConvert.card(JSON.parse(row.card) as Card),
    TypeConvert.review_log(JSON.parse(review.log) as ReviewLog),
  );
  deleteReview(db, reviewSeq);
  gradeCard(db, questionId, before, grade, review.reviewed_at);
  return true;
}

function gradeCard(db: Db, questionId: string, card: Card, grade: Grade, now: number): GradeResult {
  // A clock set back (corrected, or another time zone's wrong setting) must not fail a grade: FSRS
  // refuses a review before the last one, so such a review counts as taken at the last one's time.
  const at = Math.max(now, card.last_review ? card.last_review.getTime() : now);
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
  );
  return { questionId, grade, due };
}
