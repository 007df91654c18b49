import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONS } from '../../../src-main/core/questions/questionBank';
import { FRAMEWORK_STEPS } from '../../../src-main/shared/questions/questionBank';
import {
  parseBank,
  type BankQuestion,
} from '../../../src-main/shared/questions/questionBankSchema';

const sample: BankQuestion = {
  id: 'grow-goal-99',
  text: 'Where are you heading?',
  direction: 'manager-asks',
  category: 'aspirations',
  framework: 'grow',
  step: 'goal',
  difficulty: 1,
  probes: ['Why?', 'By when?'],
  tip: 'Say where and by when.',
};

describe('question bank', () => {
  it('holds at least 80 valid questions with unique ids', () => {
    expect(BUILT_IN_QUESTIONS.length).toBeGreaterThanOrEqual(80);
    expect(new Set(BUILT_IN_QUESTIONS.map((q) => q.id)).size).toBe(BUILT_IN_QUESTIONS.length);
  });

  it('covers every GROW step, every A, the role steps and both directions', () => {
    for (const framework of ['grow', 'five-as', 'current-future-plan'] as const) {
      for (const step of FRAMEWORK_STEPS[framework]) {
        const n = BUILT_IN_QUESTIONS.filter(
          (q) => q.framework === framework && q.step === step,
        ).length;
        expect(n, `${framework}/${step}`).toBeGreaterThanOrEqual(3);
      }
    }
    expect(
      BUILT_IN_QUESTIONS.filter((q) => q.direction === 'employee-asks').length,
    ).toBeGreaterThanOrEqual(10);
    expect(
      BUILT_IN_QUESTIONS.filter((q) => q.direction === 'manager-asks').length,
    ).toBeGreaterThanOrEqual(50);
    expect(new Set(BUILT_IN_QUESTIONS.map((q) => q.difficulty))).toEqual(new Set([1, 2, 3]));
  });

  it('gives each question two or three probes and a tip', () => {
    for (const q of BUILT_IN_QUESTIONS) {
      expect(q.probes.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.probes.length, q.id).toBeLessThanOrEqual(3);
      expect(q.tip.length, q.id).toBeGreaterThan(10);
    }
  });

  it('refuses duplicate ids, a step outside its framework, and a single probe', () => {
    expect(() =>
      parseBank({
        'a.json': { theme: 'a', questions: [sample] },
        'b.json': { theme: 'b', questions: [sample] },
      }),
    ).toThrow(/Duplicate question id grow-goal-99/);
    expect(() =>
      parseBank({ 'a.json': { theme: 'a', questions: [{ ...sample, step: 'assess' }] } }),
    ).toThrow(/step/);
    expect(() =>
      parseBank({ 'a.json': { theme: 'a', questions: [{ ...sample, probes: ['Why?'] }] } }),
    ).toThrow(/probes/);
    expect(() =>
      parseBank({ 'a.json': { theme: 'a', questions: [{ ...sample, difficulty: 4 }] } }),
    ).toThrow(/difficulty/);
    expect(parseBank({ 'a.json': { theme: 'a', questions: [sample] } })).toEqual([sample]);
  });
});
