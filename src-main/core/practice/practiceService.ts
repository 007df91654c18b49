// Spaced practice on the injected clock: which questions are due now (FSRS, fsrsScheduling.ts),
// plus the deadline rule for questions of conversations that have a date.
import type { ParsedArgs } from '../../shared/contract';
import { deadlineDue } from '../../shared/practice/practiceDeadline';
import type { Question } from '../../shared/questions/questionBank';
import type { DueList, GradeResult } from '../../shared/rehearsal/rehearsal';
import { meetingInstant } from '../../shared/timeZones';
import type { Db } from '../db/connection';
import { datedQuestionRows } from '../conversations/anticipatedRepository';
import { gradeQuestion, previewGrades } from './fsrsScheduling';
import type { GradePreview } from '../../shared/practice/gradePreview';
import { dueCardIds } from './practiceRepository';
import { cardStates } from '../questions/cardStateRepository';
import type { ServiceContext } from '../common/context';
import { loadQuestionsByIds, requireQuestion } from '../questions/questionCatalog';
import { writtenQuestions } from './writtenQuestions';

/** Bank questions and questions written into conversations, by id (unknown ids are skipped). */
function practisable(db: Db, ids: readonly string[]): Question[] {
  const found = loadQuestionsByIds(db, ids);
  const known = new Set(found.map((q) => q.id));
  return [
    ...found,
    ...writtenQuestions(
      db,
      ids.filter((id) => !known.has(id)),
    ),
  ];
}

/** Question ids tied to an upcoming dated conversation → the earliest such meeting. */
function upcomingMeetings(db: Db, now: number): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of datedQuestionRows(db)) {
    const at = meetingInstant(r.starts_at, r.time_zone);
    if (at <= now) continue;
    const known = out.get(r.question_id);
    if (known === undefined || at < known) out.set(r.question_id, at);
  }
  return out;
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
    const lastReviews = new Map(
      cardStates(db, [...meetings.keys()]).map((r) => [r.question_id, r.last_review]),
    );
    return candidates
      .map((q) => {
        const meeting = meetings.get(q.id);
        const due =
          meeting === undefined
            ? q.due
            : deadlineDue(q.due, lastReviews.get(q.id) ?? null, meeting, now);
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

  function preview(args: ParsedArgs<'practice.preview'>): GradePreview {
    if (practisable(db, [args.questionId]).length === 0) requireQuestion(db, args.questionId);
    return {
      questionId: args.questionId,
      intervals: previewGrades(db, args.questionId, ctx.now()),
    };
  }

  return { due, grade, preview, dueQuestions };
}

export type PracticeService = ReturnType<typeof createPracticeService>;
