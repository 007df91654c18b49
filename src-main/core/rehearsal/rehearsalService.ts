// Rehearsal sessions: plan the questions (rehearsalPlan.ts), start, record every answer as it is given (a closed
// window keeps them), finish or leave, review and delete; history for the progress chart.
import { randomUUID } from 'node:crypto';
import type { AnswerAnalysis } from '../../shared/rehearsal/answerAnalysis';
import { combinedGrade } from '../../shared/rehearsal/probeTurns';
import type { ParsedArgs } from '../../shared/contract';
import { LadderError } from '../../shared/errors';
import { type Grade, type Question } from '../../shared/questions/questionBank';
import type {
  BeginResult,
  PlanMode,
  RehearsalQuestion,
  RehearsalSession,
  RehearsalSettings,
  SessionAnswer,
  SessionSummary,
} from '../../shared/rehearsal/rehearsal';
import { answerFeedback } from './answerFeedback';
import { createProbeService, toProbe } from './probeService';
import {
  dropUnansweredProbe,
  findProbe,
  insertProbe,
  probeRows,
  type ProbeRow,
} from './probesRepository';
import {
  answerRows,
  clearGrade,
  deleteSession,
  endSession,
  findAnswer,
  reopenSession,
  findSession,
  insertSession,
  sessionStats,
  setReviewSeq,
  upsertAnswer,
  type SessionRow,
} from './rehearsalsRepository';
import type { ServiceContext } from '../common/context';
import { requireConversation } from '../conversations/conversationDoc';
import {
  gradeQuestion,
  latestReview,
  latestReviewSeq,
  regradeQuestion,
  undoReview,
} from '../practice/fsrsScheduling';
import { createVersionLog } from '../common/versionCheck';
import { createPlanner } from './rehearsalPlan';

function toAnswer(row: ReturnType<typeof answerRows>[number], probe?: ProbeRow): SessionAnswer {
  return {
    position: row.position,
    questionId: row.question_id,
    answer: row.answer,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    timeMs: row.time_ms,
    timedOut: row.timed_out === 1,
    revealed: row.revealed === 1,
    followUp: row.follow_up,
    grade: row.grade as Grade | null,
    feedback: JSON.parse(row.feedback) as AnswerAnalysis,
    version: row.version ?? 1,
    probe: probe ? toProbe(probe) : null,
  };
}

export function createRehearsalService(ctx: ServiceContext, dueQuestions: () => Question[]) {
  const { db } = ctx;
  const versions = createVersionLog();
  const { plan, resolve } = createPlanner(db, dueQuestions);
  const probes = createProbeService(ctx, resolve, versions);

  function answersOf(sessionId: string): SessionAnswer[] {
    const probeAt = new Map(probeRows(db, sessionId).map((p) => [p.position, p]));
    return answerRows(db, sessionId).map((a) => toAnswer(a, probeAt.get(a.position)));
  }

  function requireSession(id: string): SessionRow {
    const row = findSession(db, id);
    if (!row) throw new LadderError('not-found', 'That rehearsal no longer exists.');
    return row;
  }

  function get(args: { id: string }): RehearsalSession {
    const row = requireSession(args.id);
    const ids = JSON.parse(row.question_ids) as string[];
    let questions: RehearsalQuestion[];
    try {
      questions = resolve(ids, row.conversation_id);
    } catch {
      // A question deleted since: keep the session readable with what remains.
      questions = ids.flatMap((id) => {
        try {
          return resolve([id], row.conversation_id);
        } catch {
          return [];
        }
      });
    }
    return {
      id: row.id,
      conversationId: row.conversation_id,
      startedAt: row.started_at,
      endedAt: row.ended_at,
      status: row.status as RehearsalSession['status'],
      mode: row.mode as PlanMode | null,
      settings: JSON.parse(row.settings) as RehearsalSettings,
      questions,
      answers: answersOf(row.id),
    };
  }

  /** A session started from a list of ids knows its source only when that is a conversation. */
  function start(
    args: ParsedArgs<'rehearsal.start'>,
    mode: PlanMode | null = args.conversationId ? 'conversation' : null,
  ): RehearsalSession {
    if (args.conversationId) requireConversation(db, args.conversationId);
    resolve(args.questionIds, args.conversationId ?? null);
    const id = randomUUID();
    insertSession(db, {
      id,
      conversation_id: args.conversationId ?? null,
      started_at: ctx.now(),
      ended_at: null,
      settings: JSON.stringify(args.settings),
      question_ids: JSON.stringify(args.questionIds),
      status: 'active',
      mode,
    });
    return get({ id });
  }

  function record(args: ParsedArgs<'rehearsal.record'>): SessionAnswer {
    const session = requireSession(args.sessionId);
    if (session.status !== 'active')
      throw new LadderError(
        'conflict',
        'This rehearsal has ended; its answers can no longer change.',
      );
    const ids = JSON.parse(session.question_ids) as string[];
    if (ids[args.position] !== args.questionId)
      throw new LadderError(
        'invalid-argument',
        'That question is not at this place in the rehearsal.',
      );
    const settings = JSON.parse(session.settings) as RehearsalSettings;
    const [question] = resolve([args.questionId], session.conversation_id);
    const feedback = answerFeedback(
      db,
      question,
      args.answer,
      args.timeMs,
      settings.timeBoxSec * 1000,
    );
    const key = `${session.id}:${args.position}`;
    db.transaction(() => {
      const before = findAnswer(db, session.id, args.position);
      versions.check(key, before?.version ?? 0, args, 'This answer');
      // Saving the typed text again (the page hiding) keeps a grade already given.
      const grade = args.grade ?? (before?.grade as Grade | null | undefined) ?? null;
      upsertAnswer(db, {
        session_id: session.id,
        position: args.position,
        question_id: args.questionId,
        answer: args.answer,
        started_at: args.startedAt,
        ended_at: args.endedAt,
        time_ms: args.timeMs,
        timed_out: args.timedOut ? 1 : 0,
        revealed: args.revealed ? 1 : 0,
        follow_up: args.followUp ?? null,
        grade,
        feedback: JSON.stringify(feedback),
      });
      versions.wrote(key, (before?.version ?? 0) + 1, args.session);
      if (args.followUp && args.followUpReason) {
        insertProbe(db, {
          session_id: session.id,
          position: args.position,
          question_id: args.questionId,
          text: args.followUp,
          reason: args.followUpReason,
          asked_at: ctx.now(),
        });
      } else if (!args.followUp) {
        // The answer is being typed on again (resumed as a draft): the follow-up it drew before, not
        // yet answered, is drawn afresh when it ends.
        dropUnansweredProbe(db, session.id, args.position);
      }
      // The schedule takes the answer's grade together with its follow-up's, once that is graded.
      const probeGrade = (findProbe(db, session.id, args.position)?.grade ?? null) as Grade | null;
      const scheduled = (g: Grade) => combinedGrade(g, probeGrade);
      // The first grade of an answer schedules the question; a regrade replaces that review, so the
      // answer's grade and the schedule always agree (never counted twice, never left behind).
      if (grade && !before?.grade) {
        gradeQuestion(db, args.questionId, scheduled(grade), ctx.now());
        setReviewSeq(db, session.id, args.position, latestReviewSeq(db, args.questionId));
      } else if (grade && before?.grade && scheduled(grade) !== scheduled(before.grade as Grade)) {
        const was = scheduled(before.grade as Grade);
        // An answer graded before Ladder kept its review's row: the latest review, if it has that grade.
        const latest = latestReview(db, args.questionId);
        const reviewSeq = before.review_seq ?? (latest?.grade === was ? latest.seq : null);
        const replaced =
          reviewSeq !== null && regradeQuestion(db, args.questionId, reviewSeq, scheduled(grade));
        if (!replaced) {
          throw new LadderError(
            'conflict',
            `This question was practised again after this answer was graded ${before.grade}, so that grade can no longer change.`,
          );
        }
        setReviewSeq(db, session.id, args.position, latestReviewSeq(db, args.questionId));
      }
    })();
    return toAnswer(
      findAnswer(db, session.id, args.position) as NonNullable<ReturnType<typeof findAnswer>>,
      findProbe(db, session.id, args.position),
    );
  }

  /**
   * Undoes the grade just given to an answer: the question's card returns to exactly where it was
   * before, and the answer waits for a grade again. Refused once the question was practised since.
   */
  function ungrade(args: ParsedArgs<'rehearsal.ungrade'>): SessionAnswer {
    const session = requireSession(args.sessionId);
    if (session.status !== 'active')
      throw new LadderError(
        'conflict',
        'This rehearsal has ended; its grades can no longer change.',
      );
    if (args.probe) {
      probes.ungradeProbe(args);
      return answerAt(session.id, args.position);
    }
    const key = `${session.id}:${args.position}`;
    db.transaction(() => {
      const before = findAnswer(db, session.id, args.position);
      if (!before) throw new LadderError('not-found', 'That answer no longer exists.');
      versions.check(key, before.version ?? 0, args, 'This answer');
      if (!before.grade) return;
      const undone =
        before.review_seq != null && undoReview(db, before.question_id, before.review_seq);
      if (!undone)
        throw new LadderError(
          'conflict',
          `This question was practised again after this answer was graded ${before.grade}, so that grade can no longer be undone.`,
        );
      clearGrade(db, session.id, args.position);
      versions.wrote(key, (before.version ?? 0) + 1, args.session);
    })();
    return answerAt(session.id, args.position);
  }

  function answerAt(sessionId: string, position: number): SessionAnswer {
    const row = findAnswer(db, sessionId, position);
    if (!row) throw new LadderError('not-found', 'That answer no longer exists.');
    return toAnswer(row, findProbe(db, sessionId, position));
  }

  /** Only a running session can be left; one left with every question graded can still be finished. */
  function end(id: string, status: 'finished' | 'left'): RehearsalSession {
    const row = requireSession(id);
    if (row.status === 'active' || (status === 'finished' && row.status === 'left'))
      endSession(db, id, status, ctx.now());
    return get({ id });
  }

  /** A session left early goes on where it stopped; a finished one stays as it is. */
  function resume(args: ParsedArgs<'rehearsal.resume'>): RehearsalSession {
    const row = requireSession(args.id);
    if (row.status === 'finished')
      throw new LadderError(
        'conflict',
        'This rehearsal was finished; start a new one to practise again.',
      );
    if (row.status === 'left') reopenSession(db, args.id);
    return get({ id: args.id });
  }

  function history(args: ParsedArgs<'rehearsal.history'>): SessionSummary[] {
    return sessionStats(db, 'all' in args ? 'all' : args.conversationId).map((r) => ({
      id: r.id,
      conversationId: r.conversation_id,
      startedAt: r.started_at,
      status: r.status as SessionSummary['status'],
      mode: r.mode as PlanMode | null,
      questions: (JSON.parse(r.question_ids) as string[]).length,
      answered: r.answered,
      goodOrEasy: r.good_or_easy,
      averageTimeMs: r.average_ms === null ? null : Math.round(r.average_ms),
    }));
  }

  function begin(args: ParsedArgs<'rehearsal.begin'>): BeginResult {
    const planned = plan(args);
    if (planned.empty || planned.questions.length === 0) {
      return {
        session: null,
        empty: planned.empty ?? {
          reason: 'filter-empty',
          message: 'No question matches this choice.',
        },
      };
    }
    const questionIds = planned.questions.map((q) => q.id);
    return {
      session: start(
        { conversationId: args.conversationId ?? null, questionIds, settings: args.settings },
        args.mode,
      ),
      empty: null,
    };
  }

  function remove(args: ParsedArgs<'rehearsal.delete'>): null {
    requireSession(args.id);
    deleteSession(db, args.id);
    return null;
  }

  return {
    plan,
    start: (args: ParsedArgs<'rehearsal.start'>) => start(args),
    begin,
    record,
    recordProbe: probes.recordProbe,
    ungrade,
    probePreview: probes.probePreview,
    finish: (args: ParsedArgs<'rehearsal.finish'>) => end(args.id, 'finished'),
    leave: (args: ParsedArgs<'rehearsal.leave'>) => end(args.id, 'left'),
    resume,
    get: (args: ParsedArgs<'rehearsal.get'>) => get(args),
    history,
    delete: remove,
  };
}

export type RehearsalService = ReturnType<typeof createRehearsalService>;
