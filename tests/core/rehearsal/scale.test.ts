// The reads that must stay narrow as the bank and the history grow: questions by id, the due
// count, every session at once, and FSRS difficulty for weakest-first, each checked for the same
// answers as the whole-bank reads they replace.
import { describe, expect, it } from 'vitest';
import {
  loadQuestions,
  loadQuestionsByIds,
  questionFacts,
} from '../../../src-main/core/questions/questionCatalog';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { fakeClock, testStore } from '../helpers';

const SETTINGS: RehearsalSettings = {
  count: 10,
  timeBoxSec: 120,
  order: 'weakest-first',
  followUps: false,
  voice: false,
  seed: 1,
};

describe('rehearsal reads at scale', () => {
  it('loads questions by id exactly as the whole bank shows them, skipping unknown ids', async () => {
    const t = testStore();
    const mine = await t.call('questions.create', {
      text: 'What is next for the platform team?',
      tags: ['team'],
    });
    await t.call('questions.update', { id: 'grow-goal-01', text: 'Where will you be in 2028?' });
    await t.call('questions.hide', { id: 'grow-goal-02' });
    await t.call('questions.tag', { id: 'grow-goal-02', tags: ['later', 'Alpha'] });
    await t.call('practice.grade', { questionId: mine.id, grade: 'hard' });
    const ids = [mine.id, 'grow-goal-02', 'grow-goal-01', 'no-such-question', mine.id];
    const all = loadQuestions(t.store.db);
    const byId = loadQuestionsByIds(t.store.db, ids);
    expect(byId).toEqual(all.filter((q) => ids.includes(q.id)));
    expect(byId.map((q) => q.id)).toEqual(['grow-goal-01', 'grow-goal-02', mine.id]);
    expect(byId[1]).toMatchObject({ hidden: true, tags: ['Alpha', 'later'] });
    expect(byId[2]).toMatchObject({ lastGrade: 'hard', tags: ['team'] });
    expect(loadQuestionsByIds(t.store.db, [])).toEqual([]);
  });

  it('gives the facts a plan needs of each question exactly as the full question has them', async () => {
    const t = testStore();
    const mine = await t.call('questions.create', {
      text: 'Mine?',
      category: 'drill',
      difficulty: 3,
      direction: 'employee-asks',
      tags: ['x'],
    });
    await t.call('questions.hide', { id: 'grow-goal-02' });
    await t.call('questions.tag', { id: 'grow-goal-02', tags: ['later'] });
    await t.call('practice.grade', { questionId: mine.id, grade: 'again' });
    const keys = [
      'id',
      'category',
      'framework',
      'step',
      'direction',
      'difficulty',
      'hidden',
      'lastGrade',
      'tags',
    ] as const;
    const project = (q: Record<(typeof keys)[number], unknown>) =>
      Object.fromEntries(keys.map((k) => [k, q[k]]));
    expect(questionFacts(t.store.db).map(project)).toEqual(loadQuestions(t.store.db).map(project));
  });

  it('counts due questions without sending them, leaving out hidden ones and bringing deadline ones in', async () => {
    const t = testStore(undefined, fakeClock(Date.UTC(2026, 4, 18, 10, 0)));
    for (const id of ['grow-reality-01', 'grow-reality-02', 'grow-will-01'])
      await t.call('practice.grade', { questionId: id, grade: 'again' });
    await t.call('questions.hide', { id: 'grow-will-01' });
    // Never practised, but its meeting is within two days: due now.
    const conv = await t.call('conversations.create', {
      templateId: 'blank',
      startsAt: '2026-05-19T09:00',
      timeZone: 'UTC',
    });
    await t.call('anticipated.add', {
      conversationId: conv.conversation.id,
      question: 'What went well?',
      questionBankId: 'grow-goal-03',
    });
    t.clock.advance(60 * 60_000);
    const full = await t.call('practice.due', {});
    expect(full.questions.map((q) => q.id).sort()).toEqual([
      'grow-goal-03',
      'grow-reality-01',
      'grow-reality-02',
    ]);
    expect(await t.call('practice.due', { countOnly: true })).toEqual({ count: 3, questions: [] });
  });

  it('finds due cards through the index on due, not by reading every card', () => {
    const t = testStore();
    const plan = t.store.db
      .prepare('EXPLAIN QUERY PLAN SELECT question_id FROM practice_cards WHERE due <= ?')
      .all(0) as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(
      /USING (COVERING )?INDEX practice_cards_by_due/,
    );
  });

  it('lists every session at once, the same as asking conversation by conversation', async () => {
    const t = testStore();
    const a = (await t.call('conversations.create', { templateId: 'grow' })).conversation.id;
    const b = (await t.call('conversations.create', { templateId: 'grow' })).conversation.id;
    const settings = { ...SETTINGS, count: 1, order: 'script' as const };
    for (const conversationId of [a, null, b, a]) {
      const s = await t.call('rehearsal.start', {
        conversationId,
        questionIds: ['grow-goal-01'],
        settings,
      });
      await t.call('rehearsal.record', {
        sessionId: s.id,
        position: 0,
        questionId: 'grow-goal-01',
        answer: 'By June, two launches.',
        startedAt: 0,
        endedAt: 1,
        timeMs: 30_000,
        timedOut: false,
        revealed: false,
        grade: 'good',
      });
      t.clock.advance(1_000);
    }
    const all = await t.call('rehearsal.history', { all: true });
    const each = [
      ...(await t.call('rehearsal.history', { conversationId: a })),
      ...(await t.call('rehearsal.history', { conversationId: b })),
      ...(await t.call('rehearsal.history', { conversationId: null })),
    ];
    expect(all).toHaveLength(4);
    expect([...all].sort((x, y) => x.id.localeCompare(y.id))).toEqual(
      [...each].sort((x, y) => x.id.localeCompare(y.id)),
    );
    expect(all.map((s) => s.conversationId)).toEqual([a, null, b, a]);
    expect(all[0]).toMatchObject({ answered: 1, goodOrEasy: 1, averageTimeMs: 30_000 });
  });

  it('orders weakest first by FSRS difficulty when the last grades tie', async () => {
    const t = testStore();
    const once = await t.call('questions.create', { text: 'Lapsed once?', category: 'drill' });
    const twice = await t.call('questions.create', { text: 'Lapsed twice?', category: 'drill' });
    await t.call('practice.grade', { questionId: once.id, grade: 'again' });
    await t.call('practice.grade', { questionId: twice.id, grade: 'again' });
    await t.call('practice.grade', { questionId: twice.id, grade: 'again' });
    const plan = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { category: 'drill' },
      settings: SETTINGS,
    });
    expect(plan.questions.map((q) => q.text)).toEqual(['Lapsed twice?', 'Lapsed once?']);
  });
});
