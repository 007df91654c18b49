// Rehearsal plays the other person: an employee is asked what a manager would ask, a manager the
// hard questions a report may raise. Surprise Me and Practice Due follow the role chosen, or the
// role of the latest conversation.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONS } from '../../../src-main/core/questions/questionBank';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { askedOf, latestRoleOf, preparedBy } from '../../../src-main/shared/rehearsal/roles';
import { latestRole } from '../../../src-main/core/conversations/conversationsRepository';
import { testStore } from '../helpers';

const SETTINGS: RehearsalSettings = {
  count: 20,
  timeBoxSec: 120,
  order: 'shuffled',
  followUps: true,
  voice: false,
  seed: 5,
};
const direction = new Map(BUILT_IN_QUESTIONS.map((q) => [q.id, q.direction]));
const JOB_SECURITY = BUILT_IN_QUESTIONS.find(
  (q) => q.text === 'Will my job still be here in six months?',
);

describe('who asks what', () => {
  it('pairs each role with the questions the other person asks', () => {
    expect(askedOf('employee')).toBe('manager-asks');
    expect(askedOf('manager')).toBe('employee-asks');
    expect(preparedBy('employee-asks')).toBe('manager');
    expect(preparedBy('manager-asks')).toBe('employee');
    expect(JOB_SECURITY?.direction).toBe('employee-asks');
  });

  it('Surprise Me as an employee asks only what a manager would ask, never the hard questions of a report', async () => {
    const t = testStore();
    for (const seed of [1, 2, 3]) {
      const plan = await t.call('rehearsal.plan', {
        mode: 'surprise',
        settings: { ...SETTINGS, seed, role: 'employee' },
      });
      expect(plan.questions.length).toBe(20);
      expect(plan.questions.map((q) => direction.get(q.id))).toEqual(
        plan.questions.map(() => 'manager-asks'),
      );
    }
  });

  it('Surprise Me as a manager asks the hard questions a report may raise', async () => {
    const t = testStore();
    const plan = await t.call('rehearsal.plan', {
      mode: 'surprise',
      settings: { ...SETTINGS, role: 'manager' },
    });
    expect(plan.available).toBe(
      BUILT_IN_QUESTIONS.filter((q) => q.direction === 'employee-asks').length,
    );
    expect(plan.questions.every((q) => direction.get(q.id) === 'employee-asks')).toBe(true);
  });

  it('without a chosen role, takes the role of the latest conversation, else employee', async () => {
    const t = testStore();
    const first = await t.call('rehearsal.plan', { mode: 'surprise', settings: SETTINGS });
    expect(first.questions.every((q) => direction.get(q.id) === 'manager-asks')).toBe(true);
    await t.call('conversations.create', { templateId: 'grow' });
    t.clock.advance(1000);
    await t.call('conversations.create', { templateId: 'five-as' });
    const asManager = await t.call('rehearsal.plan', { mode: 'surprise', settings: SETTINGS });
    expect(asManager.questions.every((q) => direction.get(q.id) === 'employee-asks')).toBe(true);
  });

  it("a conversation's rehearsal leaves out bank questions that are mine to ask, and keeps written ones", async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'grow' });
    expect(conversation.myRole).toBe('employee');
    await t.call('anticipated.add', {
      conversationId: conversation.id,
      question: 'What would you change first?',
    });
    await t.call('anticipated.add', {
      conversationId: conversation.id,
      question: JOB_SECURITY?.text ?? '',
      questionBankId: JOB_SECURITY?.id,
    });
    const plan = await t.call('rehearsal.plan', {
      mode: 'conversation',
      conversationId: conversation.id,
      settings: SETTINGS,
    });
    const texts = plan.questions.map((q) => q.text);
    expect(texts).toContain('What would you change first?');
    expect(texts).not.toContain('Will my job still be here in six months?');
    expect(
      plan.questions
        .filter((q) => !q.anticipatedId)
        .every((q) => direction.get(q.id) === 'manager-asks'),
    ).toBe(true);
  });

  it("a manager's five A's conversation rehearses the report's hard questions it holds", async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'five-as' });
    expect(conversation.myRole).toBe('manager');
    const plan = await t.call('rehearsal.plan', {
      mode: 'conversation',
      conversationId: conversation.id,
      settings: SETTINGS,
    });
    expect(plan.questions.map((q) => q.text)).toContain('Will my job still be here in six months?');
    expect(
      plan.questions
        .filter((q) => !q.anticipatedId)
        .every((q) => direction.get(q.id) === 'employee-asks'),
    ).toBe(true);
  });

  it('Practice Due follows the chosen role', async () => {
    const t = testStore();
    const managerAsks = BUILT_IN_QUESTIONS.find((q) => q.direction === 'manager-asks')!;
    await t.call('practice.grade', { questionId: managerAsks.id, grade: 'again' });
    await t.call('practice.grade', { questionId: JOB_SECURITY!.id, grade: 'again' });
    t.clock.advance(24 * 3600_000);
    const asEmployee = await t.call('rehearsal.plan', {
      mode: 'due',
      settings: { ...SETTINGS, role: 'employee' },
    });
    const asManager = await t.call('rehearsal.plan', {
      mode: 'due',
      settings: { ...SETTINGS, role: 'manager' },
    });
    expect(asEmployee.questions.map((q) => q.id)).toEqual([managerAsks.id]);
    expect(asManager.questions.map((q) => q.id)).toEqual([JOB_SECURITY!.id]);
  });

  it("the settings dialog's default role is the one the plan plays: the latest conversation's", async () => {
    const t = testStore();
    const dialogRole = async () => {
      const lists = await t.call('conversations.list', {});
      return latestRoleOf([...lists.upcoming, ...lists.past]);
    };
    expect(await dialogRole()).toBeNull();
    const first = await t.call('conversations.create', { templateId: 'blank', myRole: 'manager' });
    t.clock.advance(60_000);
    await t.call('conversations.create', { templateId: 'blank', myRole: 'employee' });
    t.clock.advance(60_000);
    await t.call('conversations.create', { templateId: 'blank', myRole: 'employee' });
    expect(await dialogRole()).toBe('employee');
    t.clock.advance(60_000);
    // The oldest touched again becomes the latest.
    await t.call('conversations.save', { id: first.conversation.id, agreed: 'Meet monthly' });
    expect(await dialogRole()).toBe('manager');
    expect(latestRole(t.store.db)).toBe('manager');
  });

  it('two conversations touched at the same instant: the dialog and the plan still agree', async () => {
    for (const roles of [
      ['manager', 'employee'],
      ['employee', 'manager'],
    ] as const) {
      const t = testStore();
      // The clock stands still: both are created (as an import may write them) at one instant.
      for (const myRole of roles)
        await t.call('conversations.create', { templateId: 'blank', myRole });
      const lists = await t.call('conversations.list', {});
      const all = [...lists.upcoming, ...lists.past];
      expect(new Set(all.map((c) => c.updatedAt)).size).toBe(1);
      expect(latestRoleOf(all)).toBe(latestRole(t.store.db));
      expect(latestRoleOf([...all].reverse())).toBe(latestRole(t.store.db));
    }
  });
});
