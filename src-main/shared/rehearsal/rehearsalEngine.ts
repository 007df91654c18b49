// The rehearsal as a state machine: events in, state out. Time comes only from an injected
// monotonic clock, so sleep or a daylight-saving change cannot stretch or shrink a time box;
// wall-clock times are recorded for the history and never used for arithmetic.
import type { Grade } from '../questions/questionBank';
import { nextRandom } from './seededRandom';

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
  followUp: string | null;
  grade: Grade | null;
  startedAtWall: number;
  endedAtWall: number;
}

export type Phase = 'asking' | 'review' | 'graded' | 'finished' | 'left';

export interface EngineState {
  phase: Phase;
  index: number;
  questions: EngineQuestion[];
  settings: EngineSettings;
  /** Every answer given so far, in order; the current one is last while in review or graded. */
  answers: AnswerRecord[];
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
    questions,
    settings,
    answers: [],
    draft: '',
    running: false,
    elapsedBeforeMs: 0,
    runningSince: null,
    startedAtWall: clock.wall(),
    rng: settings.seed | 0,
  };
  return questions.length === 0 ? base : ask(base, 0, clock);
}

function ask(state: EngineState, index: number, clock: EngineClock): EngineState {
  return {
    ...state,
    phase: 'asking',
    index,
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
  if (state.phase !== 'asking' || !question || state.draft.trim() === '') return null;
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
  let rng = state.rng;
  let followUp: string | null = null;
  if (state.settings.followUps && question.probes.length > 0) {
    const roll = nextRandom(rng);
    const pick = nextRandom(roll.state);
    rng = pick.state;
    if (roll.value < state.settings.followUpChance) {
      followUp = question.probes[Math.floor(pick.value * question.probes.length)] ?? null;
    }
  }
  const record: AnswerRecord = {
    questionId: question.id,
    position: state.index,
    answer: state.draft,
    elapsedMs: timedOut ? state.settings.timeBoxMs : elapsedMs(state, clock.now()),
    timedOut,
    revealed: false,
    followUp,
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
    rng,
  };
}

function updateLast(state: EngineState, change: Partial<AnswerRecord>): EngineState {
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

/** Resumes a saved rehearsal; a left one goes back to the question it was on, paused. */
export function restore(snap: EngineSnapshot, _clock: EngineClock): EngineState {
  const { version: _v, ...rest } = snap;
  void _v;
  void _clock;
  const current = rest.answers.find((a) => a.position === rest.index);
  const wasOn: Phase = !current ? 'asking' : current.grade ? 'graded' : 'review';
  const phase: Phase = rest.phase === 'left' ? wasOn : rest.phase;
  return { ...rest, phase, running: false, runningSince: null };
}

/**
 * The engine for a session taken up again from its saved answers: graded questions stay done, and it
 * waits, paused, at the first one without a grade (its saved answer back in the box while time is
 * left, in review when its time ran out).
 * With nothing saved it is a new start, running on the first question.
 */
export function resumeRehearsal(
  questions: EngineQuestion[],
  settings: EngineSettings,
  saved: AnswerRecord[],
  clock: EngineClock,
): EngineState {
  const fresh = startRehearsal(questions, settings, clock);
  if (saved.length === 0) return fresh;
  const graded = new Set(saved.filter((a) => a.grade !== null).map((a) => a.position));
  let index = 0;
  while (index < questions.length && graded.has(index)) index += 1;
  const answers = saved.filter((a) => a.position <= index).sort((a, b) => a.position - b.position);
  if (index >= questions.length)
    return { ...fresh, phase: 'finished', running: false, runningSince: null, answers };
  // An answer saved without a grade and with time left (the window closed mid-answer, or the person
  // left before grading) goes back into the answer box to be typed on, with its time already used.
  const draft = answers.find((a) => a.position === index);
  if (draft && !draft.timedOut && draft.elapsedMs < settings.timeBoxMs) {
    const waiting = restore(
      {
        ...snapshot(fresh, clock.now()),
        index,
        answers: answers.filter((a) => a.position < index),
        phase: 'left',
        elapsedBeforeMs: draft.elapsedMs,
      },
      clock,
    );
    return { ...waiting, draft: draft.answer, startedAtWall: draft.startedAtWall };
  }
  return restore(
    { ...snapshot(fresh, clock.now()), index, answers, phase: 'left', elapsedBeforeMs: 0 },
    clock,
  );
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
