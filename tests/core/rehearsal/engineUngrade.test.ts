// The engine's undo of a grade: only while the graded answer is on screen, back to waiting for a grade.
import { describe, expect, it } from 'vitest';
import {
  reduce,
  startRehearsal,
  type EngineClock,
} from '../../../src-main/shared/rehearsal/rehearsalEngine';

const clock: EngineClock = { now: () => 1_000, wall: () => Date.UTC(2026, 0, 1) };
const settings = { timeBoxMs: 60_000, followUps: false, followUpChance: 0, seed: 1 };
const questions = [
  { id: 'q1', text: 'One?', probes: [] },
  { id: 'q2', text: 'Two?', probes: [] },
];

describe('ungrade', () => {
  it('takes the grade back while graded, and does nothing once the next question is asked', () => {
    const answered = reduce(startRehearsal(questions, settings, clock), { type: 'answer' }, clock);
    const graded = reduce(answered, { type: 'grade', grade: 'good' }, clock);
    const undone = reduce(graded, { type: 'ungrade' }, clock);
    expect(undone).toEqual(answered);
    const regraded = reduce(undone, { type: 'grade', grade: 'easy' }, clock);
    expect(regraded.answers.at(-1)?.grade).toBe('easy');
    const next = reduce(regraded, { type: 'next' }, clock);
    expect(next.phase).toBe('asking');
    expect(reduce(next, { type: 'ungrade' }, clock)).toBe(next);
    expect(reduce(answered, { type: 'ungrade' }, clock)).toBe(answered);
  });
});
