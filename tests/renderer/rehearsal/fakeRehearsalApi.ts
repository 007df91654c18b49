// An in-memory main side for the rehearsal channels, installed on window.ladder before the client
// loads. Import it FIRST. Feedback comes from the real analyser, as on the main side.
import { analyseAnswer } from '../../../src-main/shared/rehearsal/answerAnalysis';
import type { LadderApi } from '../../../src-main/shared/contract';
import { LadderError } from '../../../src-main/shared/errors';
import type {
  PlanMode,
  PlanResult,
  RehearsalQuestion,
  RehearsalSession,
  SessionAnswer,
  SessionProbe,
} from '../../../src-main/shared/rehearsal/rehearsal';
import { probeWhy } from '../../../src-main/shared/rehearsal/probeTurns';

export interface FakeRehearsal {
  questions: RehearsalQuestion[];
  sessions: RehearsalSession[];
  calls: { channel: string; args: Record<string, unknown> }[];
  dueCount: number;
  /** The due read fails, as a locked or damaged store would answer. */
  dueFails: boolean;
  /** What `conversations.list` answers (as upcoming), and how many questions `conversations.get` holds. */
  conversations: { id: string; myRole: 'employee' | 'manager'; updatedAt: number }[];
  preparedCount: number | null;
}

export const fake: FakeRehearsal = {
  questions: [],
  sessions: [],
  calls: [],
  dueCount: 0,
  dueFails: false,
  conversations: [],
  preparedCount: null,
};

export function question(n: number, extra: Partial<RehearsalQuestion> = {}): RehearsalQuestion {
  return {
    id: `q${n}`,
    text: `Question number ${n}?`,
    probes: [],
    tip: '',
    preparedAnswer: `Prepared talking points ${n}`,
    anticipatedId: null,
    evidenceIds: [],
    ...extra,
  };
}

export function resetFake(
  questions: RehearsalQuestion[] = [question(1), question(2), question(3)],
): void {
  fake.questions = questions;
  fake.sessions = [];
  fake.calls = [];
  fake.dueCount = 0;
  fake.dueFails = false;
  fake.conversations = [];
  fake.preparedCount = null;
}

const sessionOf = (id: string): RehearsalSession => {
  const s = fake.sessions.find((x) => x.id === id);
  if (!s) throw new LadderError('not-found', 'no such session');
  return s;
};

const handlers: Record<string, (args: never) => unknown> = {
  'rehearsal.plan': (a: { settings: { count: number } }): PlanResult =>
    fake.questions.length === 0
      ? {
          questions: [],
          available: 0,
          empty: {
            reason: 'filter-empty',
            message: 'No question in the bank matches this choice.',
          },
        }
      : {
          questions: fake.questions.slice(0, a.settings.count),
          available: fake.questions.length,
          empty: null,
        },
  'rehearsal.start': (a: {
    questionIds: string[];
    conversationId: string | null;
    settings: RehearsalSession['settings'];
    mode?: PlanMode;
  }) => {
    const session: RehearsalSession = {
      id: `s${fake.sessions.length + 1}`,
      conversationId: a.conversationId,
      startedAt: 1_700_000_000_000,
      endedAt: null,
      status: 'active',
      // As the main side: begin records how it was started; a bare start knows only a conversation.
      mode: a.mode ?? (a.conversationId ? 'conversation' : null),
      settings: a.settings,
      questions: a.questionIds.map(
        (id) => fake.questions.find((q) => q.id === id) as RehearsalQuestion,
      ),
      answers: [],
    };
    fake.sessions.push(session);
    return session;
  },
  'rehearsal.begin': (a: {
    settings: RehearsalSession['settings'];
    conversationId?: string;
    mode: PlanMode;
  }) => {
    const plan = (handlers['rehearsal.plan'] as (x: typeof a) => PlanResult)(a);
    if (plan.empty) return { session: null, empty: plan.empty };
    const start = handlers['rehearsal.start'] as (x: {
      questionIds: string[];
      conversationId: string | null;
      settings: RehearsalSession['settings'];
      mode: PlanMode;
    }) => RehearsalSession;
    return {
      session: start({
        questionIds: plan.questions.map((q) => q.id),
        conversationId: a.conversationId ?? null,
        settings: a.settings,
        mode: a.mode,
      }),
      empty: null,
    };
  },
  'rehearsal.record': (
    a: Omit<SessionAnswer, 'feedback' | 'version'> & {
      sessionId: string;
      baseVersion?: number;
      session?: string;
    },
  ) => {
    const s = sessionOf(a.sessionId);
    const { sessionId: _drop, baseVersion, session: _page, ...rest } = a;
    void _drop;
    void _page;
    // As the main side: an answer written since the version this page last saw is not overwritten.
    const before = s.answers.find((x) => x.position === a.position);
    if (baseVersion !== undefined && baseVersion !== (before?.version ?? 0)) {
      throw new LadderError(
        'conflict',
        'This answer was changed in another tab or window since this one loaded it, so this save was not applied.',
      );
    }
    const { followUpReason, ...fields } = rest as typeof rest & {
      followUpReason?: SessionProbe['reason'] | null;
    };
    // As the main side: the follow-up chosen with the answer is kept as a turn to answer.
    const probe: SessionProbe | null =
      before?.probe ??
      (a.followUp && followUpReason
        ? {
            position: a.position,
            questionId: a.questionId,
            text: a.followUp,
            reason: followUpReason,
            why: probeWhy(followUpReason),
            answer: '',
            startedAt: null,
            endedAt: null,
            timeMs: null,
            timedOut: false,
            revealed: false,
            grade: null,
            feedback: null,
            version: 1,
          }
        : null);
    const answer: SessionAnswer = {
      ...fields,
      probe,
      version: (before?.version ?? 0) + 1,
      followUp: a.followUp ?? null,
      grade: a.grade ?? null,
      feedback: analyseAnswer({
        text: a.answer,
        elapsedMs: a.timeMs,
        timeBoxMs: s.settings.timeBoxSec * 1000,
      }),
    };
    s.answers = [...s.answers.filter((x) => x.position !== a.position), answer].sort(
      (x, y) => x.position - y.position,
    );
    return answer;
  },
  'rehearsal.recordProbe': (a: {
    sessionId: string;
    position: number;
    answer: string;
    startedAt: number;
    endedAt: number;
    timeMs: number;
    timedOut: boolean;
    revealed: boolean;
    grade?: SessionProbe['grade'];
  }) => {
    const s = sessionOf(a.sessionId);
    const parent = s.answers.find((x) => x.position === a.position);
    if (!parent?.probe) throw new LadderError('invalid-argument', 'No follow-up was asked.');
    const probe: SessionProbe = {
      ...parent.probe,
      answer: a.answer,
      startedAt: a.startedAt,
      endedAt: a.endedAt,
      timeMs: a.timeMs,
      timedOut: a.timedOut,
      revealed: a.revealed,
      grade: a.grade ?? parent.probe.grade,
      feedback: analyseAnswer({
        text: a.answer,
        elapsedMs: a.timeMs,
        timeBoxMs: s.settings.timeBoxSec * 1000,
        followUp: true,
      }),
      version: parent.probe.version + 1,
    };
    parent.probe = probe;
    return probe;
  },
  'rehearsal.ungrade': (a: {
    sessionId: string;
    position: number;
    probe?: boolean;
    baseVersion?: number;
  }) => {
    const s = sessionOf(a.sessionId);
    const before = s.answers.find((x) => x.position === a.position);
    if (!before) throw new LadderError('not-found', 'no such answer');
    const known = a.probe ? before.probe?.version : before.version;
    if (a.baseVersion !== undefined && a.baseVersion !== known)
      throw new LadderError('conflict', 'This answer was changed in another tab or window.');
    const answer =
      a.probe && before.probe
        ? { ...before, probe: { ...before.probe, grade: null, version: before.probe.version + 1 } }
        : { ...before, grade: null, version: before.version + 1 };
    s.answers = s.answers.map((x) => (x.position === a.position ? answer : x));
    return answer;
  },
  'rehearsal.finish': ({ id }: { id: string }) =>
    Object.assign(sessionOf(id), { status: 'finished', endedAt: 1_700_000_100_000 }),
  'rehearsal.leave': ({ id }: { id: string }) =>
    Object.assign(sessionOf(id), { status: 'left', endedAt: 1_700_000_100_000 }),
  'rehearsal.get': ({ id }: { id: string }) => sessionOf(id),
  'rehearsal.history': () => [],
  'practice.due': () => {
    if (fake.dueFails) throw new LadderError('internal', 'the store could not be read');
    return { count: fake.dueCount, questions: [] };
  },
  // Anki's first steps for a new card; the real intervals are tested on the main side (gradeUndo.test.ts).
  'practice.preview': ({ questionId }: { questionId: string }) => ({
    questionId,
    intervals: { again: 60_000, hard: 360_000, good: 600_000, easy: 8 * 86_400_000 },
  }),
  // A follow-up's buttons, after its question was rated Good: no grade schedules past Good's.
  'rehearsal.probePreview': ({ sessionId, position }: { sessionId: string; position: number }) => ({
    questionId: sessionOf(sessionId).answers.find((a) => a.position === position)?.questionId,
    intervals: { again: 60_000, hard: 360_000, good: 600_000, easy: 600_000 },
  }),
  'journal.get': () => {
    throw new LadderError('not-found', 'no entries in this fake');
  },
  'conversations.list': () => ({ upcoming: fake.conversations, past: [], people: [] }),
  'conversations.get': () => {
    if (fake.preparedCount === null)
      throw new LadderError('not-found', 'no conversations in this fake');
    return { questions: Array.from({ length: fake.preparedCount }, (_, i) => ({ id: `a${i}` })) };
  },
};

window.ladder = {
  api: new Proxy({} as LadderApi, {
    get: (_t, channel: string) => async (args: Record<string, unknown>) => {
      fake.calls.push({ channel, args });
      const handler = handlers[channel];
      if (!handler) throw new LadderError('unknown-channel', channel);
      return structuredClone(handler(args as never));
    },
  }),
  onDidRequestFlush: () => () => undefined,
};

export function callsTo(channel: string): Record<string, unknown>[] {
  return fake.calls.filter((c) => c.channel === channel).map((c) => c.args);
}
