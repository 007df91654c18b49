// Follow-up turns on the main side: store the probe chosen after an answer, record its answer with
// the analyser's notes, and schedule the question with the two grades together (the lower one).
import type { ParsedArgs } from '../../shared/contract';
import { LadderError } from '../../shared/errors';
import type { AnswerAnalysis } from '../../shared/rehearsal/answerAnalysis';
import { GRADES, type Grade } from '../../shared/questions/questionBank';
import { combinedGrade, probeWhy, type ProbeSource } from '../../shared/rehearsal/probeTurns';
import type {
  RehearsalQuestion,
  RehearsalSettings,
  SessionProbe,
} from '../../shared/rehearsal/rehearsal';
import type { ServiceContext } from '../common/context';
import type { VersionLog } from '../common/versionCheck';
import {
  latestReviewSeq,
  previewGrades,
  previewRegrade,
  regradeQuestion,
} from '../practice/fsrsScheduling';
import type { GradePreview } from '../../shared/practice/gradePreview';
import { answerFeedback } from './answerFeedback';
import { answerProbe, clearProbeGrade, findProbe, type ProbeRow } from './probesRepository';
import { findAnswer, findSession, setReviewSeq, type AnswerRow } from './rehearsalsRepository';

export function toProbe(row: ProbeRow): SessionProbe {
  const reason = row.reason as ProbeSource;
  return {
    position: row.position,
    questionId: row.question_id,
    text: row.text,
    reason,
    why: probeWhy(reason),
    answer: row.answer,
    startedAt: row.started_at,
    endedAt: row.ended_at,
    timeMs: row.time_ms,
    timedOut: row.timed_out === 1,
    revealed: row.revealed === 1,
    grade: row.grade as Grade | null,
    feedback: row.feedback === null ? null : (JSON.parse(row.feedback) as AnswerAnalysis),
    version: row.version,
  };
}

/**
 * Moves the question's review to the grade its answer and follow-up give together, when that
 * changed. Only while that review is still the question's latest: if the question was practised
 * again since, the follow-up's grade is kept with the answer and the schedule stays as it moved on.
 */
export function scheduleTogether(
  db: ServiceContext['db'],
  parent: AnswerRow,
  probeBefore: Grade | null,
  probeNow: Grade | null,
): void {
  if (!parent.grade || parent.review_seq == null) return;
  const question = parent.grade as Grade;
  const target = combinedGrade(question, probeNow);
  if (target === combinedGrade(question, probeBefore)) return;
  if (regradeQuestion(db, parent.question_id, parent.review_seq, target))
    setReviewSeq(db, parent.session_id, parent.position, latestReviewSeq(db, parent.question_id));
}

export function createProbeService(
  ctx: ServiceContext,
  resolve: (ids: readonly string[], conversationId: string | null) => RehearsalQuestion[],
  versions: VersionLog,
) {
  const { db } = ctx;

  function recordProbe(args: ParsedArgs<'rehearsal.recordProbe'>): SessionProbe {
    const session = findSession(db, args.sessionId);
    if (!session) throw new LadderError('not-found', 'That rehearsal no longer exists.');
    if (session.status !== 'active')
      throw new LadderError(
        'conflict',
        'This rehearsal has ended; its answers can no longer change.',
      );
    const asked = findProbe(db, session.id, args.position);
    if (!asked)
      throw new LadderError('invalid-argument', 'No follow-up was asked after that question.');
    const settings = JSON.parse(session.settings) as RehearsalSettings;
    const [question] = resolve([asked.question_id], session.conversation_id);
    const feedback = answerFeedback(
      db,
      question,
      args.answer,
      args.timeMs,
      settings.timeBoxSec * 1000,
      true,
    );
    const key = `${session.id}:${args.position}:probe`;
    db.transaction(() => {
      const before = findProbe(db, session.id, args.position) as ProbeRow;
      versions.check(key, before.version, args, 'This follow-up answer');
      const grade = args.grade ?? (before.grade as Grade | null);
      answerProbe(db, {
        session_id: session.id,
        position: args.position,
        answer: args.answer,
        started_at: args.startedAt,
        ended_at: args.endedAt,
        time_ms: args.timeMs,
        timed_out: args.timedOut ? 1 : 0,
        revealed: args.revealed ? 1 : 0,
        grade,
        feedback: JSON.stringify(feedback),
      });
      versions.wrote(key, before.version + 1, args.session);
      const parent = findAnswer(db, session.id, args.position);
      if (parent) scheduleTogether(db, parent, before.grade as Grade | null, grade);
    })();
    return toProbe(findProbe(db, session.id, args.position) as ProbeRow);
  }

  /**
   * Takes the follow-up's grade back: the question's review returns to its answer's grade alone
   * (the same review replaced, from the card as it was before it), and the follow-up waits again.
   */
  function ungradeProbe(args: ParsedArgs<'rehearsal.ungrade'>): void {
    const key = `${args.sessionId}:${args.position}:probe`;
    db.transaction(() => {
      const before = findProbe(db, args.sessionId, args.position);
      if (!before)
        throw new LadderError('not-found', 'No follow-up was asked after that question.');
      versions.check(key, before.version, args, 'This follow-up answer');
      if (!before.grade) return;
      const parent = findAnswer(db, args.sessionId, args.position);
      const probeGrade = before.grade as Grade;
      if (parent?.grade && combinedGrade(parent.grade as Grade, probeGrade) !== parent.grade) {
        const latest = latestReviewSeq(db, parent.question_id);
        if (parent.review_seq == null || latest !== parent.review_seq)
          throw new LadderError(
            'conflict',
            `This question was practised again after this follow-up was graded ${probeGrade}, so that grade can no longer be undone.`,
          );
        scheduleTogether(db, parent, probeGrade, null);
      }
      clearProbeGrade(db, args.sessionId, args.position);
      versions.wrote(key, before.version + 1, args.session);
    })();
  }

  /**
   * What each grade of the follow-up would schedule for its question: the question's review replaced
   * by the lower of the two grades. Before the question's grade is on record (or when its review can
   * no longer be replaced), what each grade would schedule given now.
   */
  function probePreview(args: ParsedArgs<'rehearsal.probePreview'>): GradePreview {
    const probe = findProbe(db, args.sessionId, args.position);
    if (!probe) throw new LadderError('not-found', 'No follow-up was asked after that question.');
    const parent = findAnswer(db, args.sessionId, args.position);
    const questionId = probe.question_id;
    const now = ctx.now();
    const replaced =
      parent?.grade && parent.review_seq != null
        ? previewRegrade(db, questionId, parent.review_seq, now)
        : null;
    if (!parent?.grade || !replaced)
      return { questionId, intervals: previewGrades(db, questionId, now) };
    const question = parent.grade as Grade;
    return {
      questionId,
      intervals: Object.fromEntries(
        GRADES.map((g) => [g, replaced[combinedGrade(question, g)]]),
      ) as Record<Grade, number>,
    };
  }

  return { recordProbe, ungradeProbe, probePreview };
}
