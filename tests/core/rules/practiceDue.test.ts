// Which questions are due for practice, and in what order: FSRS dues and meeting deadlines together,
// earliest first; a meeting that already started or sits in the trash sets no deadline.
import { describe, expect, it } from 'vitest';
import { fakeClock, testStore, type TestStore } from '../helpers';

const HOUR = 3_600_000;

async function meeting(t: TestStore, startsAt: string, questionBankId: string): Promise<string> {
  const conv = await t.call('conversations.create', {
    templateId: 'blank',
    startsAt,
    timeZone: 'UTC',
  });
  await t.call('anticipated.add', {
    conversationId: conv.conversation.id,
    question: `About ${questionBankId}`,
    questionBankId,
  });
  return conv.conversation.id;
}

const dueIds = async (t: TestStore) =>
  (await t.call('practice.due', {})).questions.map((q) => q.id);

describe('practice.due', () => {
  it('a meeting that already started does not hide the deadline of the next one', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 4, 10, 9, 0)));
    // Yesterday's meeting (still marked scheduled) and tomorrow's, both asking the same question.
    await meeting(t, '2026-05-09T10:00', 'grow-goal-01');
    await meeting(t, '2026-05-11T10:00', 'grow-goal-01');
    expect(await dueIds(t)).toContain('grow-goal-01');
    // A meeting starting this very minute has started: it no longer sets a deadline either.
    await meeting(t, '2026-05-10T09:00', 'grow-reality-01');
    await meeting(t, '2026-05-11T10:00', 'grow-reality-01');
    expect(await dueIds(t)).toContain('grow-reality-01');
  });

  it('a trashed meeting sets no deadline, and restoring it brings the deadline back', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 4, 10, 9, 0)));
    const id = await meeting(t, '2026-05-11T10:00', 'grow-goal-01');
    expect(await dueIds(t)).toContain('grow-goal-01');
    await t.call('conversations.trash', { id });
    expect(await dueIds(t)).not.toContain('grow-goal-01');
    await t.call('conversations.restore', { id });
    expect(await dueIds(t)).toContain('grow-goal-01');
  });

  it('lists the most overdue first, counts them all, and honours limit and countOnly', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 0, 10, 9, 0)));
    // Graded an hour apart with Again: each comes back minutes later, in the order graded (not the
    // bank's order: goal, reality, options).
    const order = ['grow-options-01', 'grow-goal-01', 'grow-reality-01'];
    for (const id of order) {
      await t.call('practice.grade', { questionId: id, grade: 'again' });
      t.clock.advance(HOUR);
    }
    t.clock.advance(24 * HOUR);
    const all = await t.call('practice.due', {});
    expect(all.questions.map((q) => q.id)).toEqual(order);
    expect(all.count).toBe(3);
    const firstTwo = await t.call('practice.due', { limit: 2 });
    expect(firstTwo).toMatchObject({ count: 3 });
    expect(firstTwo.questions.map((q) => q.id)).toEqual(order.slice(0, 2));
    expect(await t.call('practice.due', { countOnly: true })).toEqual({ count: 3, questions: [] });
  });

  it('a question is due from the very millisecond of its due time, not before', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 0, 10, 9, 0)));
    const { due } = await t.call('practice.grade', { questionId: 'grow-goal-01', grade: 'again' });
    expect(await dueIds(t)).toEqual([]);
    t.clock.advance(due - t.clock.now() - 1);
    expect(await dueIds(t)).toEqual([]);
    t.clock.advance(1);
    expect(await dueIds(t)).toEqual(['grow-goal-01']);
  });

  it("a meeting's question is due from the very start of the two-day window, not a second before", async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 4, 9, 9, 59, 30)));
    await meeting(t, '2026-05-11T10:00', 'grow-goal-01');
    expect(await dueIds(t)).toEqual([]);
    t.clock.advance(29_999);
    expect(await dueIds(t)).toEqual([]);
    t.clock.advance(1);
    expect(await dueIds(t)).toEqual(['grow-goal-01']);
  });
});
