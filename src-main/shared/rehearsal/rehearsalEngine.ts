// The rehearsal as a state machine: events in, state out. Time comes only from an injected
// monotonic clock, so sleep or a daylight-saving change cannot stretch or shrink a time box;
// wall-clock times are recorded for the history and never used for arithmetic.
//
// A follow-up probe is a turn of its own: after a question is graded, the probe chosen when its
// answer ended is asked with its own time box, answered, reviewed and graded, then the next question.
import type { Grade } from '../questions/questionBank';
import { chooseProbe, type ProbeSource } from './probeTurns';

export interface EngineQuestion {
  id: string;
  text: string;
  probes: string[];
}

export interface EngineSettings {
  timeBoxMs: number;
  followUps: boolean;
  /** Chance (0..1) that a manager pushes with a probe after an answer. */
  followUpChance: number;
  seed: number;
}

export interface EngineClock {
  /** Monotonic milliseconds (performance.now() in the renderer). */
  now: () => number;
  /** Epoch milliseconds, for the record only. */
  wall: () => number;
}

export interface AnswerRecord {
  questionId: string;
  position: number;
  answer: string;
  elapsedMs: number;
  timedOut: boolean;
  revealed: boolean;
  /** The follow-up the other person asks next, chosen as the answer ended; null for none. */
  followUp: string | null;
  /** Why that follow-up (absent in records made before follow-ups were turns). */
  followUpReason?: ProbeSource | null;
  grade: Grade | null;
  startedAtWall: number;
  endedAtWall: number;
}

/** The answer to a follow-up, kept under the question it follows (at most one per question). */
export interface ProbeRecord {
  questionId: string;
  /** The place of the question it follows. */
  position: number;
  text: string;
  reason: ProbeSource;
  answer: string;
  elapsedMs: number;
  timedOut: boolean;
  revealed: boolean;
  grade: Grade | null;
  startedAtWall: number;
  endedAtWall: number;
}

export type Turn = 'question' | 'probe';

export type Phase = 'asking' | 'review' | 'graded' | 'finished' | 'left';

export interface EngineState {
  phase: Phase;
  index: number;
  /** Whether the question at `index` or its follow-up is being asked or reviewed. */
  turn: Turn;
  questions: EngineQuestion[];
  settings: EngineSettings;
  /** Every answer given so far, in order; the current one is last while in review or graded. */
  answers: AnswerRecord[];
  /** Every follow-up answered so far, in order; the current one is last while in its review. */
  probes: ProbeRecord[];
  draft: string;
  running: boolean;
  /** Time counted before the current running stretch began. */
  elapsedBeforeMs: number;
  /** Monotonic time the current running stretch began; null while paused or not asking. */
  runningSince: number | null;
  startedAtWall: number;
  rng: number;
}

export type EngineEvent =
  | { type: 'tick' }
  | { type: 'type'; text: string }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'answer' }
  | { type: 'reveal' }
  | { type: 'grade'; grade: Grade }
  /** The grade just given is taken back (until the next question shows): the answer waits again. */
  | { type: 'ungrade' }
  | { type: 'next' }
  | { type: 'leave' };

const LAST_SECONDS_MS = 15_000;

export function startRehearsal(
  questions: EngineQuestion[],
  settings: EngineSettings,
  clock: EngineClock,
): EngineState {
  const base: EngineState = {
    phase: 'finished',
    index: 0,
    turn: 'question',
    questions,
    settings,
    answers: [],
    probes: [],
    draft: '',
    running: false,
    elapsedBeforeMs: 0,
    runningSince: null,
    startedAtWall: clock.wall(),
    rng: settings.seed | 0,
  };
  return questions.length === 0 ? base : ask(base, 0, clock);
}

function ask(
  state: EngineState,
  index: number,
  clock: EngineClock,
  turn: Turn = 'question',
): EngineState {
  return {
    ...state,
    phase: 'asking',
    index,
    turn,
    draft: '',
    running: true,
    elapsedBeforeMs: 0,
    runningSince: clock.now(),
    startedAtWall: clock.wall(),
  };
}

/** Milliseconds counted on the current question; never negative, never past the time box. */
export function elapsedMs(state: EngineState, now: number): number {
  const running = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return Math.min(state.settings.timeBoxMs, state.elapsedBeforeMs + running);
}

/**
 * What has been typed for the current question so far, as an ungraded answer, without ending it:
 * saved when the window goes away mid-answer. Null when nothing is being answered or the box is blank.
 */
export function draftRecord(state: EngineState, clock: EngineClock): AnswerRecord | null {
  const question = state.questions[state.index];
  if (
    state.phase !== 'asking' ||
    state.turn !== 'question' ||
    !question ||
    state.draft.trim() === ''
  )
    return null;
  return {
    questionId: question.id,
    position: state.index,
    answer: state.draft,
    elapsedMs: Math.min(state.settings.timeBoxMs, elapsedMs(state, clock.now())),
    timedOut: false,
    revealed: false,
    followUp: null,
    grade: null,
    startedAtWall: state.startedAtWall,
    endedAtWall: clock.wall(),
  };
}

function endAnswer(state: EngineState, clock: EngineClock, timedOut: boolean): EngineState {
  const question = state.questions[state.index];
  if (!question) return state;
  if (state.turn === 'probe') return endProbe(state, clock, timedOut);
  const chosen = state.settings.followUps
    ? chooseProbe(state.draft, question.probes, state.settings.followUpChance, state.rng)
    : { probe: null, rng: state.rng };
  const record: AnswerRecord = {
    questionId: question.id,
    position: state.index,
    answer: state.draft,
    elapsedMs: timedOut ? state.settings.timeBoxMs : elapsedMs(state, clock.now()),
    timedOut,
    revealed: false,
    followUp: chosen.probe?.text ?? null,
    followUpReason: chosen.probe?.reason ?? null,
    grade: null,
    startedAtWall: state.startedAtWall,
    endedAtWall: clock.wall(),
  };
  return {
    ...state,
    phase: 'review',
    answers: [...state.answers, record],
    running: false,
    elapsedBeforeMs: record.elapsedMs,
    runningSince: null,
    rng: chosen.rng,
  };
}

/** The follow-up waiting on the current question: asked after it is graded, unless answered already. */
export function pendingProbe(state: EngineState): { text: string; reason: ProbeSource } | null {
  const parent = state.answers.find((a) => a.position === state.index);
  if (!parent?.followUp) return null;
  return { text: parent.followUp, reason: parent.followUpReason ?? 'bank' };
}

function probeRecord(state: EngineState, clock: EngineClock, timedOut: boolean, elapsed: number) {
  const question = state.questions[state.index];
  const probe = pendingProbe(state);
  if (!question || !probe) return null;
  const record: ProbeRecord = {
    questionId: question.id,
    position: state.index,
    text: probe.text,
    reason: probe.reason,
    answer: state.draft,
    elapsedMs: elapsed,
    timedOut,
    revealed: false,
    grade: null,
    startedAtWall: state.startedAtWall,
    endedAtWall: clock.wall(),
  };
  return record;
}

function endProbe(state: EngineState, clock: EngineClock, timedOut: boolean): EngineState {
  const elapsed = timedOut ? state.settings.timeBoxMs : elapsedMs(state, clock.now());
  const record = probeRecord(state, clock, timedOut, elapsed);
  if (!record) return state;
  return {
    ...state,
    phase: 'review',
    probes: [...state.probes, record],
    running: false,
    elapsedBeforeMs: elapsed,
    runningSince: null,
  };
}

/** What has been typed for the current follow-up so far, as an ungraded answer; as `draftRecord`. */
export function probeDraftRecord(state: EngineState, clock: EngineClock): ProbeRecord | null {
  if (state.phase !== 'asking' || state.turn !== 'probe' || state.draft.trim() === '') return null;
  return probeRecord(state, clock, false, elapsedMs(state, clock.now()));
}

/** Changes the record of the turn in review: the question's answer or its follow-up's. */
function updateLast(state: EngineState, change: Partial<AnswerRecord & ProbeRecord>): EngineState {
  if (state.turn === 'probe') {
    const last = state.probes.at(-1);
    if (!last) return state;
    return { ...state, probes: [...state.probes.slice(0, -1), { ...last, ...change }] };
  }
  const last = state.answers.at(-1);
  if (!last) return state;
  return { ...state, answers: [...state.answers.slice(0, -1), { ...last, ...change }] };
}

/** Applies one event. Every event first checks the time box, so a late tick cannot miss a time-out. */
export function reduce(state: EngineState, event: EngineEvent, clock: EngineClock): EngineState {
  let s = state;
  if (s.phase === 'asking' && s.running && elapsedMs(s, clock.now()) >= s.settings.timeBoxMs) {
    s = endAnswer(s, clock, true);
  }
  switch (event.type) {
    case 'tick':
      return s;
    case 'type':
      return s.phase === 'asking' ? { ...s, draft: event.text } : s;
    case 'pause':
      if (s.phase !== 'asking' || !s.running) return s;
      return {
        ...s,
        running: false,
        elapsedBeforeMs: elapsedMs(s, clock.now()),
        runningSince: null,
      };
    case 'resume':
      if (s.phase !== 'asking' || s.running) return s;
      return { ...s, running: true, runningSince: clock.now() };
    case 'answer':
      return s.phase === 'asking' ? endAnswer(s, clock, false) : s;
    case 'reveal':
      return s.phase === 'review' || s.phase === 'graded' ? updateLast(s, { revealed: true }) : s;
    case 'grade':
      return s.phase === 'review' || s.phase === 'graded'
        ? { ...updateLast(s, { grade: event.grade }), phase: 'graded' }
        : s;
    case 'ungrade':
      return s.phase === 'graded' ? { ...updateLast(s, { grade: null }), phase: 'review' } : s;
    case 'next':
      if (s.phase !== 'graded') return s;
      if (s.turn === 'question' && pendingProbe(s)) return ask(s, s.index, clock, 'probe');
      return s.index + 1 < s.questions.length
        ? ask(s, s.index + 1, clock)
        : { ...s, phase: 'finished', running: false };
    case 'leave':
      if (s.phase === 'finished' || s.phase === 'left') return s;
      return {
        ...s,
        phase: 'left',
        running: false,
        elapsedBeforeMs: elapsedMs(s, clock.now()),
        runningSince: null,
      };
  }
}

/** A plain, JSON-safe copy with the running stretch folded in: another clock can pick it up. */
export type EngineSnapshot = Omit<EngineState, 'runningSince'> & { version: 1 };

export function snapshot(state: EngineState, now: number): EngineSnapshot {
  const { runningSince: _ignored, ...rest } = state;
  void _ignored;
  return { ...rest, elapsedBeforeMs: elapsedMs(state, now), version: 1 };
}

/** Resumes a saved rehearsal; a left one goes back to the turn it was on, paused. */
export function restore(snap: EngineSnapshot, _clock: EngineClock): EngineState {
  const { version: _v, ...saved } = snap;
  void _v;
  void _clock;
  // Snapshots from before follow-ups were turns have neither field.
  const rest = { ...saved, turn: saved.turn ?? 'question', probes: saved.probes ?? [] };
  const current =
    rest.turn === 'probe'
      ? rest.probes.find((p) => p.position === rest.index)
      : rest.answers.find((a) => a.position === rest.index);
  const wasOn: Phase = !current ? 'asking' : current.grade ? 'graded' : 'review';
  const phase: Phase = rest.phase === 'left' ? wasOn : rest.phase;
  return { ...rest, phase, running: false, runningSince: null };
}

export interface TimerView {
  elapsedMs: number;
  remainingMs: number;
  /** 0..1 of the time box used, for the visible bar. */
  fraction: number;
  running: boolean;
  /** The latest screen-reader announcement due; the view speaks it when it changes. */
  announcement: 'half' | 'last-15' | null;
}

export function timerView(state: EngineState, now: number): TimerView {
  const box = state.settings.timeBoxMs;
  const elapsed = state.phase === 'asking' ? elapsedMs(state, now) : state.elapsedBeforeMs;
  const remaining = Math.max(0, box - elapsed);
  const announcement =
    remaining <= LAST_SECONDS_MS && box > LAST_SECONDS_MS
      ? 'last-15'
      : elapsed * 2 >= box
        ? 'half'
        : null;
  return {
    elapsedMs: elapsed,
    remainingMs: remaining,
    fraction: box > 0 ? elapsed / box : 1,
    running: state.running,
    announcement,
  };
}
