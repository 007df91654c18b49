// Spaced practice with ts-fsrs, on the injected clock, plus the deadline rule for questions of
// conversations that have a date.
import { createEmptyCard, fsrs, Rating, TypeConvert, type Card, type Grade as FsrsGrade, type ReviewLog } from 'ts-fsrs';
import type { ParsedArgs } from '../../shared/contract';
import { deadlineDue } from '../../shared/practice/practiceDeadline';
import type { Grade, Question } from '../../shared/questions/questionBank';
import type { DueList, GradeResult } from '../../shared/rehearsal/rehearsal';
import { offsetMinutes } from '../../shared/timeZones';
import type { Db } from '../db/connection';
import { cardStates, dueCardIds, findCard, saveCard } from './practiceRepository';
import type { ServiceContext } from '../common/context';
import { loadQuestionsByIds, requireQuestion } from '../questions/questionCatalog';
import { writtenQuestions } from '../conversations/writtenQuestions';

/** Bank questions and questions written into conversations, by id (unknown ids are skipped). */
function practisable(db: Db, ids: readonly string[]): Question[] {
  const found = loadQuestionsByIds(db, ids);
  const known = new Set(found.map((q) => q.id));
  return [...found, ...writtenQuestions(db, ids.filter((id) => !known.has(id)))];
}

const RATINGS: Record<Grade, FsrsGrade> = { again: Rating.Again, hard: Rating.Hard, good: Rating.Good, easy: Rating.Easy };
const scheduler = fsrs();

/** The instant a wall-clock time in a zone (or floating local time) refers to. */
export function meetingInstant(startsAt: string, zone: string | null): number {
  const [date = '', time = '00:00'] = startsAt.split('T');
  const [y = 1970, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  if (zone === null) return new Date(y, mo - 1, d, h, mi).getTime();
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const first = naive - offsetMinutes(zone, naive) * 60_000;
  return naive - offsetMinutes(zone, first) * 60_000;
}

/** Question ids tied to an upcoming dated conversation → the earliest such meeting. */
export function upcomingMeetings(db: Db, now: number): Map<string, number> {
  const rows = db
    .prepare(
      'SELECT coalesce(q.question_bank_id, q.id) AS question_id, c.starts_at, c.time_zone FROM anticipated_questions q ' +
        "JOIN conversations c ON c.id = q.conversation_id WHERE c.deleted_at IS NULL AND c.starts_at IS NOT NULL AND c.status IN ('draft', 'scheduled')",
    )
    .all() as { question_id: string; starts_at: string; time_zone: string | null }[];
  const out = new Map<string, number>();
  for (const r of rows) {
    const at = meetingInstant(r.starts_at, r.time_zone);
    if (at <= now) continue;
    const known = out.get(r.question_id);
    if (known === undefined || at < known) out.set(r.question_id, at);
  }
  return out;
}

export function gradeQuestion(db: Db, questionId: string, grade: Grade, now: number): GradeResult {
  const row = findCard(db, questionId);
  const card: Card = row ? TypeConvert.card(JSON.parse(row.card) as Card) : createEmptyCard(new Date(now));
  return gradeCard(db, questionId, card, grade, now);
}

/** The practice_log row of the question's latest review, if any. */
export function latestReviewSeq(db: Db, questionId: string): number | null {
  return latestReview(db, questionId)?.seq ?? null;
}

export function latestReview(db: Db, questionId: string): { seq: number; grade: Grade } | undefined {
  return db.prepare('SELECT seq, grade FROM practice_log WHERE question_id = ? ORDER BY seq DESC LIMIT 1').get(questionId) as
    | { seq: number; grade: Grade }
    | undefined;
}

/**
 * Replaces the review `reviewSeq` with one of another grade, as if that grade had been given then,
 * so an answer's grade and the schedule agree after a regrade. Only the question's latest review
 * can be replaced: false when the question was reviewed again since (the schedule moved on).
 */
export function regradeQuestion(db: Db, questionId: string, reviewSeq: number, grade: Grade): boolean {
  const row = findCard(db, questionId);
  const review = db.prepare('SELECT seq, reviewed_at, log FROM practice_log WHERE seq = ? AND question_id = ?').get(reviewSeq, questionId) as
    | { seq: number; reviewed_at: number; log: string }
    | undefined;
  if (!row || !review || latestReviewSeq(db, questionId) !== reviewSeq) return false;
  const before = scheduler.rollback(TypeConvert.card(JSON.parse(row.card) as Card), TypeConvert.review_log(JSON.parse(review.log) as ReviewLog));
  db.prepare('DELETE FROM practice_log WHERE seq = ?').run(reviewSeq);
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
    { question_id: questionId, card: JSON.stringify(next.card), due, last_grade: grade, last_review: at },
    JSON.stringify(next.log),
  );
  return { questionId, grade, due };
}

export function fsrsDifficulty(db: Db, questionId: string): number | null {
  const row = findCard(db, questionId);
  return row ? TypeConvert.card(JSON.parse(row.card) as Card).difficulty : null;
}

export function createPracticeService(ctx: ServiceContext) {
  const { db } = ctx;

  /**
   * Due now: practised questions whose FSRS due has come, and deadline-bound ones. Only those two
   * sets are read (cards through the index on due, questions of upcoming conversations), never the
   * whole bank, so the activity bar's count stays cheap however large the bank grows.
   */
  function dueQuestions(): Question[] {
    const now = ctx.now();
    const meetings = upcomingMeetings(db, now);
    const candidates = practisable(db, [...dueCardIds(db, now), ...meetings.keys()]);
    const lastReviews = new Map(cardStates(db, [...meetings.keys()]).map((r) => [r.question_id, r.last_review]));
    return candidates
      .map((q) => {
        const meeting = meetings.get(q.id);
        const due = meeting === undefined ? q.due : deadlineDue(q.due, lastReviews.get(q.id) ?? null, meeting, now);
        return { ...q, due };
      })
      .filter((q) => !q.hidden && q.due !== null && q.due <= now)
      .sort((a, b) => (a.due ?? 0) - (b.due ?? 0));
  }

  function due(args: ParsedArgs<'practice.due'>): DueList {
    const all = dueQuestions();
    return { count: all.length, questions: args.countOnly ? [] : all.slice(0, args.limit ?? 200) };
  }

  function grade(args: ParsedArgs<'practice.grade'>): GradeResult {
    if (practisable(db, [args.questionId]).length === 0) requireQuestion(db, args.questionId);
    return db.transaction(() => gradeQuestion(db, args.questionId, args.grade, ctx.now()))();
  }

  return { due, grade, dueQuestions };
}

export type PracticeService = ReturnType<typeof createPracticeService>;
