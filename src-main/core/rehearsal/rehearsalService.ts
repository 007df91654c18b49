// Rehearsal sessions: plan the questions, start, record every answer as it is given (a closed
// window keeps them), finish or leave, review and delete; history for the progress chart.
import { randomUUID } from 'node:crypto';
import { analyseAnswer, type AnswerAnalysis } from '../../shared/rehearsal/answerAnalysis';
import type { ParsedArgs } from '../../shared/contract';
import { LadderError } from '../../shared/errors';
import { plainTextFromLexical } from '../../shared/journal/plainText';
import { FRAMEWORK_STEPS, type Grade, type Question } from '../../shared/questions/questionBank';
import { orderQuestions, surpriseMix, type OrderCandidate } from '../../shared/rehearsal/questionOrder';
import type { BeginResult, PlanMode, PlanResult, RehearsalQuestion, RehearsalSession, RehearsalSettings, SessionAnswer, SessionSummary } from '../../shared/rehearsal/rehearsal';
import { questionRows, writtenQuestionRows } from '../conversations/anticipatedRepository';
import type { Db } from '../db/connection';
import { questionEvidenceIds } from '../conversations/evidenceRepository';
import { liveEntryTitle } from '../journal/entriesRepository.read';
import { cardDifficulties } from '../practice/practiceRepository';
import { answerRows, deleteSession, endSession, findAnswer, reopenSession, findSession, insertSession, sessionStats, setReviewSeq, upsertAnswer, type SessionRow } from './rehearsalsRepository';
import type { ServiceContext } from '../common/context';
import { requireConversation } from '../conversations/conversationDoc';
import { gradeQuestion, latestReview, latestReviewSeq, regradeQuestion } from '../practice/fsrsScheduling';
import { createVersionLog } from '../common/versionCheck';
import { loadQuestionsByIds, questionFacts, type QuestionFacts } from '../questions/questionCatalog';
import { latestRole } from '../conversations/conversationsRepository';
import { askedOf, OTHER_PARTY } from '../../shared/rehearsal/roles';

const HARD_FRAMEWORK = 'hard-questions';

function fromBank(q: Question): RehearsalQuestion {
  return { id: q.id, text: q.text, probes: q.probes, tip: q.tip, preparedAnswer: '', anticipatedId: null, evidenceIds: [] };
}

type ScriptRow = ReturnType<typeof questionRows>[number];

/** The conversation's anticipated questions that have text, and the bank ids they come from. */
function scriptRows(db: Db, conversationId: string): { rows: ScriptRow[]; bankIds: string[] } {
  const rows = questionRows(db, conversationId).filter((row) => row.question.trim() !== '');
  return { rows, bankIds: rows.flatMap((r) => (r.question_bank_id ? [r.question_bank_id] : [])) };
}

/** The conversation's anticipated questions, merged with the bank question each may come from. */
function scriptQuestions(db: Db, rows: ScriptRow[], bank: Map<string, Question>): RehearsalQuestion[] {
  const evidence = questionEvidenceIds(db, rows.map((r) => r.id));
  return rows
    .map((row) => {
      const b = row.question_bank_id ? bank.get(row.question_bank_id) : undefined;
      return {
        id: b?.id ?? row.id,
        text: row.question,
        probes: b?.probes ?? [],
        tip: row.hint || b?.tip || '',
        preparedAnswer: plainTextFromLexical(row.prepared_answer),
        anticipatedId: row.id,
        evidenceIds: evidence.get(row.id) ?? [],
      };
    });
}

function candidate(id: string, info: QuestionFacts | undefined, fromScript: boolean, difficulties: Map<string, number> | null): OrderCandidate {
  const steps = info ? (FRAMEWORK_STEPS[info.framework] as readonly string[]) : [];
  return {
    id,
    fromScript,
    stepIndex: info ? Math.max(0, steps.indexOf(info.step)) : 0,
    difficulty: info?.difficulty ?? 2,
    hard: info ? info.framework === HARD_FRAMEWORK || info.difficulty === 3 : false,
    lastGrade: info?.lastGrade ?? null,
    fsrsDifficulty: info?.lastGrade ? (difficulties?.get(id) ?? null) : null,
  };
}

function toAnswer(row: ReturnType<typeof answerRows>[number]): SessionAnswer {
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
  };
}

export function createRehearsalService(ctx: ServiceContext, dueQuestions: () => Question[]) {
  const { db } = ctx;
  const versions = createVersionLog();

  /** Questions written into conversations, by id, with their prepared answers and evidence. */
  function writtenScript(ids: readonly string[]): Map<string, RehearsalQuestion> {
    return new Map(scriptQuestions(db, writtenQuestionRows(db, ids), new Map()).map((q) => [q.id, q]));
  }

  /** Resolves ids to rehearsal questions, the conversation's own wording first. */
  function resolve(ids: readonly string[], conversationId: string | null): RehearsalQuestion[] {
    const { rows, bankIds } = conversationId ? scriptRows(db, conversationId) : { rows: [], bankIds: [] };
    const bank = new Map(loadQuestionsByIds(db, [...ids, ...bankIds]).map((q) => [q.id, q]));
    const script = new Map(scriptQuestions(db, rows, bank).map((q) => [q.id, q]));
    // Written questions of any conversation, as a due-practice session holds them.
    const written = writtenScript(ids.filter((id) => !script.has(id) && !bank.has(id)));
    return ids.map((id) => {
      const q = script.get(id) ?? written.get(id) ?? (bank.get(id) ? fromBank(bank.get(id) as Question) : undefined);
      if (!q) throw new LadderError('not-found', 'A question of this rehearsal is no longer in the bank.');
      return q;
    });
  }

  /**
   * Chooses from the facts of every question (no texts), then loads the details of the chosen few
   * only: the plan's cost barely grows with the bank.
   */
  function plan(args: ParsedArgs<'rehearsal.plan'>): PlanResult {
    const facts = questionFacts(db);
    const info = new Map(facts.map((f) => [f.id, f]));
    const visible = facts.filter((f) => !f.hidden);
    const settings = args.settings;
    // Script and due questions arrive with their details; the others are ids until chosen.
    let pool: { id: string; q?: RehearsalQuestion; fromScript: boolean }[];
    if (args.mode === 'conversation') {
      if (!args.conversationId) throw new LadderError('invalid-argument', 'Choose a conversation to rehearse.');
      const conversation = requireConversation(db, args.conversationId);
      // The other person asks: a bank question of the other direction is mine to ask, not to answer.
      const asked = askedOf(conversation.myRole);
      const { rows, bankIds } = scriptRows(db, conversation.id);
      const script = scriptQuestions(db, rows, new Map(loadQuestionsByIds(db, bankIds).map((q) => [q.id, q]))).filter(
        (q) => (info.get(q.id)?.direction ?? asked) === asked,
      );
      const seen = new Set(script.map((q) => q.id));
      const framework = conversation.templateId;
      const extra = visible.filter((f) => f.framework === framework && !seen.has(f.id) && f.direction === asked);
      pool = [...script.map((q) => ({ id: q.id, q, fromScript: true })), ...extra.map((f) => ({ id: f.id, fromScript: false }))];
      if (pool.length === 0) {
        return empty(
          'no-anticipated',
          `This conversation has no questions ${OTHER_PARTY[conversation.myRole]} would ask yet, and its template brings none from the bank. Add anticipated questions to it, or pick some from the question bank.`,
        );
      }
    } else if (args.mode === 'due') {
      const asked = askedOf(playedRole(settings.role));
      const all = dueQuestions();
      const written = writtenScript(all.map((q) => q.id));
      // Questions written into a conversation are that conversation's; the bank's follow the role.
      const dueList = all.filter((q) => written.has(q.id) || q.direction === asked);
      pool = dueList.map((q) => ({ id: q.id, q: written.get(q.id) ?? fromBank(q), fromScript: false }));
      if (pool.length === 0) return empty('nothing-due', 'No question is due for practice now. Questions you rehearse come back here when it is time to practise them again.');
    } else {
      const f = args.filter ?? {};
      // A filter is the person's own choice; Surprise Me asks what the other person would.
      const direction = f.direction ?? (args.mode === 'surprise' ? askedOf(playedRole(settings.role)) : undefined);
      const matches = (q: QuestionFacts): boolean =>
        (!f.category || q.category === f.category) &&
        (!f.framework || q.framework === f.framework) &&
        (!f.step || q.step === f.step) &&
        (!direction || q.direction === direction) &&
        (!f.tag || q.tags.includes(f.tag));
      pool = visible.filter(matches).map((q) => ({ id: q.id, fromScript: false }));
      if (pool.length === 0) {
        return facts.some(matches)
          ? empty('all-hidden', 'Every question that matches is hidden. Show hidden questions in the question bank to rehearse them.')
          : empty('filter-empty', 'No question in the bank matches this choice. Widen the filter or add your own question.');
      }
    }
    // Only weakest-first reads the FSRS difficulty: one query for all cards, never one per question.
    const difficulties = args.mode !== 'surprise' && settings.order === 'weakest-first' ? cardDifficulties(db) : null;
    const cands = pool.map((p) => candidate(p.id, info.get(p.id), p.fromScript, difficulties));
    const ids = args.mode === 'surprise' ? surpriseMix(cands, settings.count, settings.seed) : orderQuestions(cands, settings.order, settings.count, settings.seed);
    const pooled = new Map(pool.map((p) => [p.id, p]));
    const details = new Map(loadQuestionsByIds(db, ids.filter((id) => !pooled.get(id)?.q)).map((q) => [q.id, fromBank(q)]));
    const questions = ids.flatMap((id) => {
      const q = pooled.get(id)?.q ?? details.get(id);
      return q ? [q] : [];
    });
    return { questions, available: pool.length, empty: null };
  }

  /** The role chosen in the settings dialog, else the one of the latest conversation, else employee. */
  function playedRole(chosen: RehearsalSettings['role']): NonNullable<RehearsalSettings['role']> {
    return chosen ?? latestRole(db) ?? 'employee';
  }

  function empty(reason: NonNullable<PlanResult['empty']>['reason'], message: string): PlanResult {
    return { questions: [], available: 0, empty: { reason, message } };
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
      answers: answerRows(db, row.id).map(toAnswer),
    };
  }

  /** A session started from a list of ids knows its source only when that is a conversation. */
  function start(args: ParsedArgs<'rehearsal.start'>, mode: PlanMode | null = args.conversationId ? 'conversation' : null): RehearsalSession {
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
    if (session.status !== 'active') throw new LadderError('conflict', 'This rehearsal has ended; its answers can no longer change.');
    const ids = JSON.parse(session.question_ids) as string[];
    if (ids[args.position] !== args.questionId) throw new LadderError('invalid-argument', 'That question is not at this place in the rehearsal.');
    const settings = JSON.parse(session.settings) as RehearsalSettings;
    const [question] = resolve([args.questionId], session.conversation_id);
    const titles = (question?.evidenceIds ?? []).flatMap((entryId) => {
      const title = liveEntryTitle(db, entryId);
      return title !== undefined ? [title] : [];
    });
    const feedback = analyseAnswer({ text: args.answer, elapsedMs: args.timeMs, timeBoxMs: settings.timeBoxSec * 1000, entryTitles: titles });
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
      // The first grade of an answer schedules the question; a regrade replaces that review, so the
      // answer's grade and the schedule always agree (never counted twice, never left behind).
      if (grade && !before?.grade) {
        gradeQuestion(db, args.questionId, grade, ctx.now());
        setReviewSeq(db, session.id, args.position, latestReviewSeq(db, args.questionId));
      } else if (grade && before?.grade && grade !== before.grade) {
        // An answer graded before Ladder kept its review's row: the latest review, if it has that grade.
        const latest = latestReview(db, args.questionId);
        const reviewSeq = before.review_seq ?? (latest?.grade === before.grade ? latest.seq : null);
        const replaced = reviewSeq !== null && regradeQuestion(db, args.questionId, reviewSeq, grade);
        if (!replaced) {
          throw new LadderError(
            'conflict',
            `This question was practised again after this answer was graded ${before.grade}, so that grade can no longer change.`,
          );
        }
        setReviewSeq(db, session.id, args.position, latestReviewSeq(db, args.questionId));
      }
    })();
    return toAnswer(findAnswer(db, session.id, args.position) as NonNullable<ReturnType<typeof findAnswer>>);
  }

  /** Only a running session can be left; one left with every question graded can still be finished. */
  function end(id: string, status: 'finished' | 'left'): RehearsalSession {
    const row = requireSession(id);
    if (row.status === 'active' || (status === 'finished' && row.status === 'left')) endSession(db, id, status, ctx.now());
    return get({ id });
  }

  /** A session left early goes on where it stopped; a finished one stays as it is. */
  function resume(args: ParsedArgs<'rehearsal.resume'>): RehearsalSession {
    const row = requireSession(args.id);
    if (row.status === 'finished') throw new LadderError('conflict', 'This rehearsal was finished; start a new one to practise again.');
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
      return { session: null, empty: planned.empty ?? { reason: 'filter-empty', message: 'No question matches this choice.' } };
    }
    const questionIds = planned.questions.map((q) => q.id);
    return { session: start({ conversationId: args.conversationId ?? null, questionIds, settings: args.settings }, args.mode), empty: null };
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
    finish: (args: ParsedArgs<'rehearsal.finish'>) => end(args.id, 'finished'),
    leave: (args: ParsedArgs<'rehearsal.leave'>) => end(args.id, 'left'),
    resume,
    get: (args: ParsedArgs<'rehearsal.get'>) => get(args),
    history,
    delete: remove,
  };
}

export type RehearsalService = ReturnType<typeof createRehearsalService>;
