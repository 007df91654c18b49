import { describe, expect, it } from 'vitest';
import { deadlineDue, DEADLINE_WINDOW_MS } from '../../../src-main/shared/practiceDeadline';
import { orderQuestions, surpriseMix, type OrderCandidate } from '../../../src-main/shared/questionOrder';
import { fakeClock, testStore } from '../helpers';

const DAY = 86_400_000;

describe('spaced practice', () => {
  it('pushes a good answer out and brings an again back soon, on fixed dates', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 0, 10, 9, 0)));
    const start = t.clock.now();
    const first = await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'good' });
    t.clock.advance(first.due - start);
    const second = await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'good' });
    expect(second.due - t.clock.now()).toBeGreaterThanOrEqual(DAY);
    t.clock.advance(second.due - t.clock.now());
    const lapse = await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'again' });
    expect(lapse.due - t.clock.now()).toBeLessThan(DAY);
    expect(lapse.due).toBeGreaterThan(t.clock.now());
    expect((await t.call('questions.get', { id: 'grow-reality-01' })).lastGrade).toBe('again');
  });

  it('applies the deadline rule to the anticipated questions of a scheduled conversation', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 4, 1, 9, 0)));
    const conv = await t.call('conversations.create', { templateId: 'blank', startsAt: '2026-05-20T10:00', timeZone: 'UTC' });
    await t.call('anticipated.add', { conversationId: conv.conversation.id, question: 'How do you rate your year?', questionBankId: 'grow-reality-01' });
    // Practised well today: FSRS puts it days away, but not due right now.
    await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'easy' });
    const easyDue = (await t.call('questions.get', { id: 'grow-reality-01' })).due ?? 0;
    expect(easyDue).toBeGreaterThan(t.clock.now());
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).not.toContain('grow-reality-01');
    // Two days before the meeting it is due, whatever FSRS said.
    t.clock.advance(Date.UTC(2026, 4, 18, 10, 0) - t.clock.now());
    const due = await t.call('practice.due', {});
    expect(due.questions.map((q) => q.id)).toContain('grow-reality-01');
    // Practised inside the window: the rule is satisfied and FSRS decides again.
    await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'good' });
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).not.toContain('grow-reality-01');
  });

  it('computes the deadline due time with fixed dates', () => {
    const meeting = Date.UTC(2026, 10, 21, 9, 30);
    const windowStart = meeting - DEADLINE_WINDOW_MS;
    const now = Date.UTC(2026, 10, 10);
    expect(deadlineDue(meeting + 10 * DAY, now - DAY, meeting, now)).toBe(windowStart);
    expect(deadlineDue(null, null, meeting, now)).toBe(windowStart);
    expect(deadlineDue(now + DAY, now, meeting, now)).toBe(now + DAY);
    const late = windowStart + DAY;
    expect(deadlineDue(meeting + 10 * DAY, now, meeting, late)).toBe(late);
    expect(deadlineDue(meeting + 10 * DAY, windowStart + 1, meeting, late)).toBe(meeting + 10 * DAY);
    expect(deadlineDue(meeting + 10 * DAY, now, meeting, meeting + 1)).toBe(meeting + 10 * DAY);
  });
});

describe('question order', () => {
  const c = (id: string, extra: Partial<OrderCandidate> = {}): OrderCandidate => ({
    id, fromScript: false, stepIndex: 0, difficulty: 2, hard: false, lastGrade: null, fsrsDifficulty: null, ...extra,
  });
  const pool = [c('will', { stepIndex: 3 }), c('goal', { stepIndex: 0 }), c('mine', { fromScript: true, stepIndex: 2 }), c('weak', { lastGrade: 'again', fsrsDifficulty: 7 }), c('strong', { lastGrade: 'easy' }), c('hard', { hard: true })];

  it('puts the script first, then framework steps in order', () => {
    expect(orderQuestions(pool, 'script', 10, 1)).toEqual(['mine', 'goal', 'weak', 'strong', 'hard', 'will']);
    expect(orderQuestions(pool, 'script', 2, 1)).toEqual(['mine', 'goal']);
  });

  it('puts the weakest first and shuffles repeatably', () => {
    expect(orderQuestions(pool, 'weakest-first', 10, 1)[0]).toBe('weak');
    expect(orderQuestions(pool, 'weakest-first', 10, 1).at(-1)).toBe('strong');
    const a = orderQuestions(pool, 'shuffled', 10, 42);
    expect(orderQuestions(pool, 'shuffled', 10, 42)).toEqual(a);
    expect([...a].sort()).toEqual(pool.map((p) => p.id).sort());
  });

  it('mixes in hard questions never practised for Surprise me', () => {
    const many = [...pool, c('hard2', { hard: true }), c('hard3', { hard: true, lastGrade: 'good' })];
    const mix = surpriseMix(many, 4, 9);
    expect(mix).toHaveLength(4);
    expect(mix).toEqual(expect.arrayContaining(['hard', 'hard2']));
  });
});
