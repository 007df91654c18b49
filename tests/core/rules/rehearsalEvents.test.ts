// The rehearsal timer and its buttons when pressed at the wrong moment: an event that does not apply
// to the current phase changes nothing, so a double click or a late key press cannot skip or restart.
import { describe, expect, it } from 'vitest';
import {
  reduce,
  startRehearsal,
  timerView,
  type EngineClock,
  type EngineEvent,
  type EngineQuestion,
  type EngineState,
} from '../../../src-main/shared/rehearsal/rehearsalEngine';

function clock(): EngineClock & { advance: (ms: number) => void } {
  let mono = 1_000;
  let wall = Date.UTC(2026, 10, 21, 10, 0);
  return {
    now: () => mono,
    wall: () => wall,
    advance: (ms) => {
      mono += ms;
      wall += ms;
    },
  };
}
const QUESTIONS: EngineQuestion[] = [
  { id: 'q1', text: 'Where do you want to be?', probes: ['What evidence do you have?'] },
  { id: 'q2', text: 'What would colleagues say?', probes: [] },
];
const SETTINGS = { timeBoxMs: 60_000, followUps: false, followUpChance: 0.5, seed: 7 };
const run = (s: EngineState, c: EngineClock, ...events: EngineEvent[]) =>
  events.reduce((x, e) => reduce(x, e, c), s);

describe('rehearsal events out of turn', () => {
  it('pause twice keeps the time of the first pause; resume while running does not restart the clock', () => {
    const c = clock();
    let s = startRehearsal(QUESTIONS, SETTINGS, c);
    c.advance(10_000);
    s = run(s, c, { type: 'resume' });
    c.advance(5_000);
    s = run(s, c, { type: 'pause' });
    expect(timerView(s, c.now()).elapsedMs).toBe(15_000);
    c.advance(20_000);
    s = run(s, c, { type: 'pause' });
    expect(timerView(s, c.now())).toMatchObject({ elapsedMs: 15_000, running: false });
    s = run(s, c, { type: 'resume' });
    c.advance(1_000);
    expect(timerView(s, c.now())).toMatchObject({ elapsedMs: 16_000, running: true });
  });

  it('typing, answering or pausing in review changes nothing; next before a grade stays on the question', () => {
    const c = clock();
    let s = run(
      startRehearsal(QUESTIONS, SETTINGS, c),
      c,
      { type: 'type', text: 'My answer' },
      { type: 'answer' },
    );
    expect(s.phase).toBe('review');
    const review = s;
    s = run(
      s,
      c,
      { type: 'type', text: 'changed' },
      { type: 'answer' },
      { type: 'pause' },
      { type: 'resume' },
      { type: 'next' },
    );
    expect(s).toEqual(review);
    s = run(s, c, { type: 'grade', grade: 'good' }, { type: 'next' });
    expect(s).toMatchObject({ phase: 'asking', index: 1, running: true });
    // On the next question, reveal and grade do not reach back to the answer already graded.
    const asking = s;
    expect(run(s, c, { type: 'reveal' }, { type: 'grade', grade: 'again' })).toEqual(asking);
  });

  it('reveal and grade before answering do nothing; the last next finishes and stops the clock', () => {
    const c = clock();
    const start = startRehearsal(QUESTIONS, SETTINGS, c);
    expect(
      run(start, c, { type: 'reveal' }, { type: 'grade', grade: 'easy' }, { type: 'next' }),
    ).toEqual(start);
    let s = run(
      start,
      c,
      { type: 'answer' },
      { type: 'grade', grade: 'good' },
      { type: 'next' },
      { type: 'answer' },
      { type: 'grade', grade: 'hard' },
      { type: 'next' },
    );
    expect(s).toMatchObject({ phase: 'finished', running: false });
    const finished = s;
    s = run(s, c, { type: 'leave' }, { type: 'next' }, { type: 'answer' });
    expect(s).toEqual(finished);
  });

  it('the timer announces half time, then the last 15 seconds, only for a box longer than 15 seconds', () => {
    const c = clock();
    const s = startRehearsal(QUESTIONS, SETTINGS, c);
    expect(timerView(s, c.now()).announcement).toBeNull();
    c.advance(29_999);
    expect(timerView(s, c.now()).announcement).toBeNull();
    c.advance(1);
    expect(timerView(s, c.now())).toMatchObject({
      announcement: 'half',
      fraction: 0.5,
      remainingMs: 30_000,
    });
    c.advance(15_000);
    expect(timerView(s, c.now()).announcement).toBe('last-15');
    const short = startRehearsal(QUESTIONS, { ...SETTINGS, timeBoxMs: 15_000 }, c);
    c.advance(1_000);
    expect(timerView(short, c.now()).announcement).toBeNull();
    const none = startRehearsal(QUESTIONS, { ...SETTINGS, timeBoxMs: 0 }, c);
    expect(timerView(none, c.now()).fraction).toBe(1);
  });
});
