import { describe, expect, it } from 'vitest';
import {
  deadlineDue,
  DEADLINE_WINDOW_MS,
} from '../../../src-main/shared/practice/practiceDeadline';
import {
  orderQuestions,
  surpriseMix,
  type OrderCandidate,
} from '../../../src-main/shared/rehearsal/questionOrder';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
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
    const conv = await t.call('conversations.create', {
      templateId: 'blank',
      startsAt: '2026-05-20T10:00',
      timeZone: 'UTC',
    });
    await t.call('anticipated.add', {
      conversationId: conv.conversation.id,
      question: 'How do you rate your year?',
      questionBankId: 'grow-reality-01',
    });
    // Practised well today: FSRS puts it days away, but not due right now.
    await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'easy' });
    const easyDue = (await t.call('questions.get', { id: 'grow-reality-01' })).due ?? 0;
    expect(easyDue).toBeGreaterThan(t.clock.now());
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).not.toContain(
      'grow-reality-01',
    );
    // Two days before the meeting it is due, whatever FSRS said.
    t.clock.advance(Date.UTC(2026, 4, 18, 10, 0) - t.clock.now());
    const due = await t.call('practice.due', {});
    expect(due.questions.map((q) => q.id)).toContain('grow-reality-01');
    // Practised inside the window: the rule is satisfied and FSRS decides again.
    await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'good' });
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).not.toContain(
      'grow-reality-01',
    );
  });

  it('brings a question written into a conversation due like a bank one: before the meeting, after an Again, in a due practice', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 4, 1, 9, 0)));
    const conv = await t.call('conversations.create', {
      templateId: 'blank',
      startsAt: '2026-05-02T10:00',
      timeZone: 'UTC',
    });
    const written = await t.call('anticipated.add', {
      conversationId: conv.conversation.id,
      question: 'What would you change about our release process?',
      preparedAnswer: lexicalFromParagraphs([
        'Ship weekly behind flags; we cut rollbacks from 6 to 1 last quarter.',
      ]),
    });
    const id = written.questions[0]!.id;
    // The meeting is tomorrow and it was never practised: the deadline rule makes it due now.
    const due = await t.call('practice.due', {});
    // Listed as the person's own question: no bank follow-ups or tags, nothing to reset to a
    // built-in wording, hidden from nothing, at any step.
    expect(due.questions.find((q) => q.id === id)).toMatchObject({
      text: 'What would you change about our release process?',
      category: 'Anticipated',
      framework: 'mine',
      step: 'any',
      probes: [],
      tags: [],
      builtIn: false,
      edited: false,
      hidden: false,
    });
    const settings = {
      count: 5,
      timeBoxSec: 120,
      order: 'script' as const,
      followUps: false,
      voice: false,
      seed: 1,
    };
    const begun = await t.call('rehearsal.begin', { mode: 'due', settings });
    const asked = begun.session?.questions.find((q) => q.id === id);
    expect(asked?.preparedAnswer).toContain('rollbacks from 6 to 1');
    expect(asked?.anticipatedId).toBe(id);
    const session = begun.session!;
    const position = session.questions.findIndex((q) => q.id === id);
    const now = t.clock.now();
    await t.call('rehearsal.record', {
      sessionId: session.id,
      position,
      questionId: id,
      answer: 'Weekly releases.',
      startedAt: now,
      endedAt: now + 20_000,
      timeMs: 20_000,
      timedOut: false,
      revealed: false,
      grade: 'again',
    });
    // Graded Again: back within minutes, and the session still reads with the question.
    t.clock.advance(15 * 60_000);
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).toContain(id);
    expect(
      (await t.call('rehearsal.get', { id: session.id })).questions.map((q) => q.id),
    ).toContain(id);
    // Graded directly, too.
    expect((await t.call('practice.grade', { questionId: id, grade: 'good' })).due).toBeGreaterThan(
      t.clock.now(),
    );
    // Once its conversation is in the trash it is no longer offered.
    await t.call('conversations.trash', { id: conv.conversation.id });
    t.clock.advance(30 * DAY);
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).not.toContain(id);
  });

  it('grades after the clock was set back by days, counting the review at the last one', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 2, 10, 9, 0)));
    const first = await t.call('practice.grade', { questionId: 'grow-goal-01', grade: 'good' });
    t.clock.advance(-3 * DAY);
    const again = await t.call('practice.grade', { questionId: 'grow-goal-01', grade: 'again' });
    expect(again.due).toBeGreaterThan(Date.UTC(2026, 2, 10, 9, 0));
    expect(again.due).toBeLessThan(first.due);
    expect((await t.call('questions.get', { id: 'grow-goal-01' })).lastGrade).toBe('again');
  });

  it('schedules an Easy answer further out than a Good one, on a new card and on a card in review', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 0, 10, 9, 0)));
    const now = t.clock.now();
    const good = await t.call('practice.grade', { questionId: 'grow-goal-01', grade: 'good' });
    const easy = await t.call('practice.grade', { questionId: 'grow-reality-01', grade: 'easy' });
    expect(easy.due - now).toBeGreaterThan(good.due - now);
    expect(easy.due - now).toBeGreaterThanOrEqual(DAY);

    // Two cards with the same history (Good, then Good when due), then one Good and one Easy.
    const a = 'grow-options-01';
    const b = 'grow-will-01';
    const firstA = await t.call('practice.grade', { questionId: a, grade: 'good' });
    await t.call('practice.grade', { questionId: b, grade: 'good' });
    t.clock.advance(firstA.due - t.clock.now());
    const secondA = await t.call('practice.grade', { questionId: a, grade: 'good' });
    await t.call('practice.grade', { questionId: b, grade: 'good' });
    t.clock.advance(secondA.due - t.clock.now());
    const at = t.clock.now();
    const reviewGood = await t.call('practice.grade', { questionId: a, grade: 'good' });
    const reviewEasy = await t.call('practice.grade', { questionId: b, grade: 'easy' });
    expect(reviewEasy.due - at).toBeGreaterThan(reviewGood.due - at);
  });

  it("gives a question anticipated for two upcoming meetings the earlier meeting's deadline", async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 4, 1, 9, 0)));
    const early = await t.call('conversations.create', {
      templateId: 'blank',
      startsAt: '2026-05-10T10:00',
      timeZone: 'UTC',
    });
    const late = await t.call('conversations.create', {
      templateId: 'blank',
      startsAt: '2026-05-20T10:00',
      timeZone: 'UTC',
    });
    // Linked in both orders, so neither "first link wins" nor "last link wins" passes by chance.
    for (const [first, second, questionBankId] of [
      [early, late, 'grow-goal-01'],
      [late, early, 'grow-reality-01'],
    ] as const) {
      await t.call('anticipated.add', {
        conversationId: first.conversation.id,
        question: 'Asked twice',
        questionBankId,
      });
      await t.call('anticipated.add', {
        conversationId: second.conversation.id,
        question: 'Asked twice',
        questionBankId,
      });
    }
    const dueIds = async () => (await t.call('practice.due', {})).questions.map((q) => q.id);
    // Never practised, so due from two days before a meeting: not yet on May 7.
    t.clock.advance(Date.UTC(2026, 4, 7, 10, 0) - t.clock.now());
    expect(await dueIds()).not.toEqual(expect.arrayContaining(['grow-goal-01']));
    expect(await dueIds()).not.toEqual(expect.arrayContaining(['grow-reality-01']));
    // May 9 is inside the early meeting's window, long before the late one's (May 18).
    t.clock.advance(Date.UTC(2026, 4, 9, 9, 0) - t.clock.now());
    expect(await dueIds()).toEqual(expect.arrayContaining(['grow-goal-01', 'grow-reality-01']));
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
    expect(deadlineDue(meeting + 10 * DAY, windowStart + 1, meeting, late)).toBe(
      meeting + 10 * DAY,
    );
    expect(deadlineDue(meeting + 10 * DAY, now, meeting, meeting + 1)).toBe(meeting + 10 * DAY);
  });
});

describe('question order', () => {
  const c = (id: string, extra: Partial<OrderCandidate> = {}): OrderCandidate => ({
    id,
    fromScript: false,
    stepIndex: 0,
    difficulty: 2,
    hard: false,
    lastGrade: null,
    fsrsDifficulty: null,
    ...extra,
  });
  const pool = [
    c('will', { stepIndex: 3 }),
    c('goal', { stepIndex: 0 }),
    c('mine', { fromScript: true, stepIndex: 2 }),
    c('weak', { lastGrade: 'again', fsrsDifficulty: 7 }),
    c('strong', { lastGrade: 'easy' }),
    c('hard', { hard: true }),
  ];

  it('puts the script first, then framework steps in order', () => {
    expect(orderQuestions(pool, 'script', 10, 1)).toEqual([
      'mine',
      'goal',
      'weak',
      'strong',
      'hard',
      'will',
    ]);
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
    const many = [
      ...pool,
      c('hard2', { hard: true }),
      c('hard3', { hard: true, lastGrade: 'good' }),
    ];
    const mix = surpriseMix(many, 4, 9);
    expect(mix).toHaveLength(4);
    expect(mix).toEqual(expect.arrayContaining(['hard', 'hard2']));
  });
});
