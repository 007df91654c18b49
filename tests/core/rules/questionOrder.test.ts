// The order a rehearsal asks its questions in: the conversation's own questions first, then the bank's
// by framework step; weakest first from Again to Easy, the never practised in between; shuffles that
// repeat for a seed (also across app versions, as a resumed session replays them) and reach every
// order; Surprise Me's half of hard questions never practised.
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../src-main/shared/questions/questionBank';
import {
  orderQuestions,
  surpriseMix,
  type OrderCandidate,
} from '../../../src-main/shared/rehearsal/questionOrder';
import { nextRandom, seededShuffle } from '../../../src-main/shared/rehearsal/seededRandom';

const cand = (id: string, over: Partial<OrderCandidate> = {}): OrderCandidate => ({
  id,
  fromScript: false,
  stepIndex: 0,
  difficulty: 2,
  hard: false,
  lastGrade: null,
  fsrsDifficulty: null,
  ...over,
});

describe('question order', () => {
  it("script order: the conversation's questions as written, then the bank's by step, ties as listed", () => {
    const list = [
      cand('bank-step2', { stepIndex: 2 }),
      cand('script-b', { fromScript: true, stepIndex: 3 }),
      cand('bank-step0-first', { stepIndex: 0 }),
      cand('script-a', { fromScript: true, stepIndex: 0 }),
      cand('bank-step0-second', { stepIndex: 0 }),
      cand('bank-step1', { stepIndex: 1 }),
    ];
    expect(orderQuestions(list, 'script', 10, 1)).toEqual([
      'script-b',
      'script-a',
      'bank-step0-first',
      'bank-step0-second',
      'bank-step1',
      'bank-step2',
    ]);
    expect(orderQuestions(list, 'script', 3, 1)).toEqual([
      'script-b',
      'script-a',
      'bank-step0-first',
    ]);
    expect(orderQuestions(list, 'script', 0, 1)).toEqual([]);
    expect(orderQuestions(list, 'script', -2, 1)).toEqual([]);
  });

  it('weakest first: Again, Hard, never practised, Good, Easy; then the harder for FSRS; then as listed', () => {
    const graded = (id: string, lastGrade: Grade | null, fsrsDifficulty: number | null = null) =>
      cand(id, { lastGrade, fsrsDifficulty });
    const list = [
      graded('easy', 'easy', 9),
      graded('good-easy-for-fsrs', 'good', 2),
      graded('new-1', null),
      graded('good-hard-for-fsrs', 'good', 8),
      graded('hard', 'hard', 1),
      graded('again', 'again', 1),
      graded('new-2', null),
    ];
    expect(orderQuestions(list, 'weakest-first', 10, 1)).toEqual([
      'again',
      'hard',
      'new-1',
      'new-2',
      'good-hard-for-fsrs',
      'good-easy-for-fsrs',
      'easy',
    ]);
  });

  it('a Hard question comes before a never practised one even when FSRS knows nothing of it', () => {
    const list = [cand('new', { fsrsDifficulty: null }), cand('hard', { lastGrade: 'hard' })];
    expect(orderQuestions(list, 'weakest-first', 2, 1)).toEqual(['hard', 'new']);
  });

  it('shuffled: the same seed gives the same order, another seed another, all questions once', () => {
    const list = Array.from({ length: 12 }, (_, i) => cand(`q${i}`));
    const once = orderQuestions(list, 'shuffled', 12, 7);
    expect(orderQuestions(list, 'shuffled', 12, 7)).toEqual(once);
    expect([...once].sort()).toEqual(list.map((c) => c.id).sort());
    expect(orderQuestions(list, 'shuffled', 12, 8)).not.toEqual(once);
    expect(orderQuestions(list, 'shuffled', 5, 7)).toEqual(once.slice(0, 5));
  });
});

describe('seeded shuffle', () => {
  it('repeats the published mulberry32 sequence, so a resumed session replays the same draws', () => {
    const values: number[] = [];
    let state = 1;
    for (let i = 0; i < 3; i += 1) {
      const r = nextRandom(state);
      values.push(r.value);
      state = r.state;
    }
    expect(values).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('leaves its input alone and, over seeds, puts every item at every place (itself included)', () => {
    const items = ['a', 'b', 'c', 'd'];
    const seen = new Set<string>();
    for (let seed = 0; seed < 400; seed += 1) {
      const out = seededShuffle(items, seed);
      expect([...out].sort()).toEqual(items);
      out.forEach((item, place) => seen.add(`${item}@${place}`));
    }
    expect(items).toEqual(['a', 'b', 'c', 'd']);
    expect(seen.size).toBe(16);
  });
});

describe('Surprise Me', () => {
  const pool = [
    ...Array.from({ length: 6 }, (_, i) => cand(`hard-new-${i}`, { hard: true })),
    ...Array.from({ length: 3 }, (_, i) =>
      cand(`hard-done-${i}`, { hard: true, lastGrade: 'good' }),
    ),
    ...Array.from({ length: 10 }, (_, i) => cand(`plain-${i}`)),
  ];

  it('at least half are hard questions never practised, none twice, the count kept, the same for a seed', () => {
    for (const [count, seed] of [
      [5, 1],
      [8, 2],
      [9, 3],
    ] as const) {
      const picked = surpriseMix(pool, count, seed);
      expect(picked.length).toBe(count);
      expect(new Set(picked).size).toBe(count);
      expect(picked.filter((id) => id.startsWith('hard-new')).length).toBeGreaterThanOrEqual(
        Math.ceil(count / 2),
      );
      expect(surpriseMix(pool, count, seed)).toEqual(picked);
    }
  });

  it('with few hard new questions, takes them all and fills up with the others', () => {
    const few = [cand('hard-new', { hard: true }), ...pool.slice(6)];
    const picked = surpriseMix(few, 6, 4);
    expect(picked).toContain('hard-new');
    expect(picked.length).toBe(6);
    expect(new Set(picked).size).toBe(6);
  });

  it('mixes the hard ones in rather than asking them all first', () => {
    const firsts = new Set<boolean>();
    for (let seed = 0; seed < 30; seed += 1)
      firsts.add(surpriseMix(pool, 6, seed)[0]?.startsWith('hard-new') ?? false);
    expect(firsts).toEqual(new Set([true, false]));
  });
});
