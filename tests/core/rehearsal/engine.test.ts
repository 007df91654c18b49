import { describe, expect, it } from 'vitest';
import {
  draftRecord,
  elapsedMs,
  reduce,
  restore,
  snapshot,
  startRehearsal,
  timerView,
  type EngineClock,
  type EngineEvent,
  type EngineQuestion,
  type EngineSettings,
  type EngineState,
} from '../../../src-main/shared/rehearsal/rehearsalEngine';
import { resumeRehearsal } from '../../../src-main/shared/rehearsal/rehearsalResume';

function clocks(): EngineClock & { advance: (ms: number) => void; jumpWall: (ms: number) => void } {
  let mono = 5_000;
  let wall = Date.UTC(2026, 2, 29, 0, 59, 0);
  return {
    now: () => mono,
    wall: () => wall,
    advance: (ms) => {
      mono += ms;
      wall += ms;
    },
    jumpWall: (ms) => (wall += ms),
  };
}

const QUESTIONS: EngineQuestion[] = [
  {
    id: 'q1',
    text: 'Where do you want to be?',
    probes: ['What evidence do you have?', 'What would that take?'],
  },
  {
    id: 'q2',
    text: 'What would colleagues say?',
    probes: ['Have you asked them?', 'What would the critic say?'],
  },
  {
    id: 'q3',
    text: 'When will it be done?',
    probes: ['Is the date realistic?', 'Who else is involved?'],
  },
];
const SETTINGS: EngineSettings = {
  timeBoxMs: 120_000,
  followUps: false,
  followUpChance: 0.5,
  seed: 7,
};

function run(state: EngineState, clock: EngineClock, ...events: EngineEvent[]): EngineState {
  return events.reduce((s, e) => reduce(s, e, clock), state);
}

describe('rehearsal engine', () => {
  it('asks, takes an answer, reveals, grades and moves on to the end', () => {
    const c = clocks();
    let s = startRehearsal(QUESTIONS.slice(0, 2), SETTINGS, c);
    expect(s.phase).toBe('asking');
    s = run(s, c, { type: 'type', text: 'Lead the platform team by 2027.' });
    c.advance(30_000);
    s = run(s, c, { type: 'answer' });
    expect(s.phase).toBe('review');
    expect(s.answers[0]).toMatchObject({
      questionId: 'q1',
      answer: 'Lead the platform team by 2027.',
      elapsedMs: 30_000,
      timedOut: false,
      revealed: false,
    });
    s = run(s, c, { type: 'next' });
    expect(s.phase).toBe('review');
    s = run(s, c, { type: 'reveal' }, { type: 'grade', grade: 'good' });
    expect(s.phase).toBe('graded');
    expect(s.answers[0]).toMatchObject({ revealed: true, grade: 'good' });
    s = run(s, c, { type: 'next' });
    expect(s).toMatchObject({ phase: 'asking', index: 1, draft: '' });
    c.advance(10_000);
    s = run(s, c, { type: 'answer' }, { type: 'grade', grade: 'again' }, { type: 'next' });
    expect(s.phase).toBe('finished');
    expect(s.answers.map((a) => [a.questionId, a.grade])).toEqual([
      ['q1', 'good'],
      ['q2', 'again'],
    ]);
  });

  it('stands still while paused and counts again after resume', () => {
    const c = clocks();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    c.advance(20_000);
    s = run(s, c, { type: 'pause' });
    c.advance(600_000);
    expect(elapsedMs(s, c.now())).toBe(20_000);
    s = run(s, c, { type: 'tick' });
    expect(s.phase).toBe('asking');
    s = run(s, c, { type: 'resume' });
    c.advance(5_000);
    expect(elapsedMs(s, c.now())).toBe(25_000);
  });

  it('gives the draft typed so far as an ungraded answer without ending the question', () => {
    const c = clocks();
    let s = startRehearsal(QUESTIONS, { ...SETTINGS, followUps: true, followUpChance: 1 }, c);
    expect(draftRecord(s, c)).toBeNull();
    s = run(s, c, { type: 'type', text: '   ' });
    expect(draftRecord(s, c)).toBeNull(); // blank: nothing worth keeping
    c.advance(40_000);
    s = run(s, c, { type: 'type', text: 'Two launches by June' });
    const draft = draftRecord(s, c);
    expect(draft).toMatchObject({
      questionId: 'q1',
      position: 0,
      answer: 'Two launches by June',
      elapsedMs: 40_000,
      timedOut: false,
      followUp: null,
      grade: null,
    });
    expect(draft?.endedAtWall).toBe(c.wall());
    expect(s.phase).toBe('asking');
    c.advance(500_000); // past the time box without a tick: the draft never claims more than the box
    expect(draftRecord(s, c)?.elapsedMs).toBe(SETTINGS.timeBoxMs);
    s = run(s, c, { type: 'answer' });
    expect(draftRecord(s, c)).toBeNull(); // in review the answer is already recorded
  });

  it('times out at the time box and records the full box', () => {
    const c = clocks();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    s = run(s, c, { type: 'type', text: 'Half a thought' });
    c.advance(119_999);
    s = run(s, c, { type: 'tick' });
    expect(s.phase).toBe('asking');
    c.advance(50_000);
    s = run(s, c, { type: 'tick' });
    expect(s.phase).toBe('review');
    expect(s.answers[0]).toMatchObject({
      timedOut: true,
      elapsedMs: 120_000,
      answer: 'Half a thought',
    });
    // Typing after the time-out does not change the recorded answer.
    s = run(s, c, { type: 'type', text: 'more' });
    expect(s.answers[0]?.answer).toBe('Half a thought');
  });

  it('announces the half and the last 15 seconds as derived values', () => {
    const c = clocks();
    const s = startRehearsal(QUESTIONS, SETTINGS, c);
    expect(timerView(s, c.now()).announcement).toBeNull();
    c.advance(60_000);
    expect(timerView(s, c.now())).toMatchObject({
      announcement: 'half',
      remainingMs: 60_000,
      fraction: 0.5,
    });
    c.advance(45_000);
    expect(timerView(s, c.now())).toMatchObject({ announcement: 'last-15', remainingMs: 15_000 });
  });

  it('asks a follow-up probe deterministically for a given seed', () => {
    const pick = (seed: number): (string | null)[] => {
      const c = clocks();
      let s = startRehearsal(
        QUESTIONS,
        { ...SETTINGS, followUps: true, followUpChance: 0.5, seed },
        c,
      );
      for (let i = 0; i < 3; i++)
        s = run(s, c, { type: 'answer' }, { type: 'grade', grade: 'good' }, { type: 'next' });
      return s.answers.map((a) => a.followUp);
    };
    const seeds = [1, 2, 3, 4, 5, 6, 7, 8];
    const all = seeds.flatMap(pick);
    expect(seeds.flatMap(pick)).toEqual(all);
    expect(all.some((f) => f === null)).toBe(true);
    const asked = all.filter((f): f is string => f !== null);
    expect(asked.length).toBeGreaterThan(0);
    const probes = QUESTIONS.flatMap((q) => q.probes);
    for (const f of asked) expect(probes).toContain(f);
    const never = clocks();
    const off = run(startRehearsal(QUESTIONS, { ...SETTINGS, followUps: false }, never), never, {
      type: 'answer',
    });
    expect(off.answers[0]?.followUp).toBeNull();
  });

  it('leaves keeping the answers, then resumes from a snapshot on another clock', () => {
    const c = clocks();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    c.advance(15_000);
    s = run(s, c, { type: 'answer' }, { type: 'grade', grade: 'hard' }, { type: 'next' });
    c.advance(40_000);
    s = run(s, c, { type: 'type', text: 'They would say I listen' }, { type: 'leave' });
    expect(s.phase).toBe('left');
    expect(s.answers).toHaveLength(1);
    const saved = JSON.parse(JSON.stringify(snapshot(s, c.now()))) as ReturnType<typeof snapshot>;

    const other: EngineClock = { now: () => 42, wall: () => Date.UTC(2026, 3, 1) };
    let r = restore(saved, other);
    expect(r).toMatchObject({
      phase: 'asking',
      index: 1,
      running: false,
      draft: 'They would say I listen',
    });
    expect(elapsedMs(r, other.now())).toBe(40_000);
    r = reduce(r, { type: 'resume' }, other);
    expect(r.running).toBe(true);
    expect(r.answers[0]).toMatchObject({ questionId: 'q1', grade: 'hard' });
  });

  it('ignores wall-clock jumps: only the monotonic clock counts', () => {
    const c = clocks();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    c.advance(10_000);
    c.jumpWall(60 * 60_000); // daylight saving or a resumed laptop moves the wall clock an hour
    s = run(s, c, { type: 'tick' });
    expect(s.phase).toBe('asking');
    expect(elapsedMs(s, c.now())).toBe(10_000);
    c.jumpWall(-2 * 60 * 60_000);
    c.advance(5_000);
    s = run(s, c, { type: 'answer' });
    expect(s.answers[0]?.elapsedMs).toBe(15_000);
  });

  it('starts finished when there is nothing to ask', () => {
    const c = clocks();
    expect(startRehearsal([], SETTINGS, c).phase).toBe('finished');
  });
});

describe('a session taken up again from its saved answers', () => {
  const saved = (position: number, grade: 'good' | 'hard' | null) => ({
    questionId: QUESTIONS[position]?.id ?? '',
    position,
    answer: `Answer ${position}`,
    elapsedMs: 30_000,
    timedOut: false,
    revealed: false,
    followUp: null,
    grade,
    startedAtWall: 0,
    endedAtWall: 30_000,
  });

  it('waits, paused, at the first question without an answer, keeping the graded ones', () => {
    const c = clocks();
    const s = resumeRehearsal(QUESTIONS, SETTINGS, [saved(1, 'hard'), saved(0, 'good')], c);
    expect(s).toMatchObject({ phase: 'asking', index: 2, running: false, draft: '' });
    expect(s.answers.map((a) => a.position)).toEqual([0, 1]);
    c.advance(60_000);
    expect(elapsedMs(s, c.now())).toBe(0); // paused: the time box starts when the person resumes
    const going = run(s, c, { type: 'resume' });
    c.advance(10_000);
    expect(elapsedMs(going, c.now())).toBe(10_000);
    const done = run(
      going,
      c,
      { type: 'type', text: 'On 1 March.' },
      { type: 'answer' },
      { type: 'grade', grade: 'good' },
      { type: 'next' },
    );
    expect(done.phase).toBe('finished');
    expect(done.answers.map((a) => a.position)).toEqual([0, 1, 2]);
  });

  it('puts an answer given but not graded back in the box, paused with its time used; a timed-out one in review', () => {
    const c = clocks();
    const s = resumeRehearsal(QUESTIONS, SETTINGS, [saved(0, 'good'), saved(1, null)], c);
    expect(s).toMatchObject({ phase: 'asking', index: 1, running: false, draft: 'Answer 1' });
    expect(s.answers.map((a) => a.position)).toEqual([0]);
    expect(elapsedMs(s, c.now())).toBe(30_000);
    const typed = run(s, c, { type: 'type', text: 'Answer 1, and more' }, { type: 'answer' });
    expect(typed.answers.at(-1)).toMatchObject({ position: 1, answer: 'Answer 1, and more' });

    const late = { ...saved(1, null), timedOut: true, elapsedMs: SETTINGS.timeBoxMs };
    const review = resumeRehearsal(QUESTIONS, SETTINGS, [saved(0, 'good'), late], clocks());
    expect(review).toMatchObject({ phase: 'review', index: 1 });
    expect(review.answers.at(-1)?.answer).toBe('Answer 1');
  });

  it('is the first question of a new session when nothing was saved, and finished when all are graded', () => {
    expect(resumeRehearsal(QUESTIONS, SETTINGS, [], clocks())).toMatchObject({
      phase: 'asking',
      index: 0,
      running: true,
    });
    expect(
      resumeRehearsal(
        QUESTIONS,
        SETTINGS,
        [saved(0, 'good'), saved(1, 'good'), saved(2, 'hard')],
        clocks(),
      ).phase,
    ).toBe('finished');
  });
});
