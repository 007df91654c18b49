import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/connection';
import { MIGRATIONS, migrate } from '../../../src-main/core/db/migrate';
import { openAndMigrate } from '../../../src-main/core/host/store';
import { loadQuestions } from '../../../src-main/core/questions/questionCatalog';
import { BUILT_IN_QUESTIONS } from '../../../src-main/core/questions/questionBank';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { closeStore, expectCode, tempDir, testStore } from '../helpers';

const SETTINGS: RehearsalSettings = {
  count: 3,
  timeBoxSec: 120,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 3,
};

describe('question overlay', () => {
  it('keeps the user edit of a built-in across an app update that rewrites it', async () => {
    const t = testStore();
    const edited = await t.call('questions.update', {
      id: 'grow-goal-01',
      text: 'Where do you see yourself by 2028?',
    });
    expect(edited).toMatchObject({
      builtIn: true,
      edited: true,
      text: 'Where do you see yourself by 2028?',
    });
    const updatedBank = BUILT_IN_QUESTIONS.map((q) =>
      q.id === 'grow-goal-01' || q.id === 'grow-goal-02'
        ? { ...q, text: `${q.text} (reworded in an update)`, tip: 'New shipped tip.' }
        : q,
    );
    const after = loadQuestions(t.store.db, updatedBank);
    expect(after.find((q) => q.id === 'grow-goal-01')).toMatchObject({
      text: 'Where do you see yourself by 2028?',
      tip: 'New shipped tip.',
    });
    expect(after.find((q) => q.id === 'grow-goal-02')?.text).toMatch(/reworded in an update/);
    expect((await t.call('questions.revert', { id: 'grow-goal-01' })).text).toBe(
      BUILT_IN_QUESTIONS.find((q) => q.id === 'grow-goal-01')?.text,
    );
  });

  it('hides without destroying, and unhides', async () => {
    const t = testStore();
    await t.call('questions.tag', { id: 'hard-security-01', tags: ['tough'] });
    await t.call('questions.hide', { id: 'hard-security-01' });
    expect((await t.call('questions.list', {})).some((q) => q.id === 'hard-security-01')).toBe(
      false,
    );
    const hidden = await t.call('questions.list', { includeHidden: true, tag: 'tough' });
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ hidden: true, tags: ['tough'] });
    expect((await t.call('questions.unhide', { id: 'hard-security-01' })).hidden).toBe(false);
  });

  it('creates, searches and edits the user own questions', async () => {
    const t = testStore();
    const mine = await t.call('questions.create', {
      text: 'Why did the reorg skip our team?',
      direction: 'employee-asks',
      probes: ['Who decided?', 'What changes for us?'],
      tags: ['reorg'],
    });
    expect(mine).toMatchObject({ builtIn: false, framework: 'mine', tags: ['reorg'] });
    expect((await t.call('questions.list', { text: 'REORG' })).map((q) => q.id)).toEqual([mine.id]);
    expect(
      (await t.call('questions.update', { id: mine.id, tip: 'Be honest about what you know.' }))
        .tip,
    ).toBe('Be honest about what you know.');
    await expectCode(t.call('questions.get', { id: 'grow-goal-999' }), 'not-found');
  });
});

describe('rehearsal sessions', () => {
  it('keeps each recorded answer when the window closes mid-rehearsal', async () => {
    const t = testStore();
    const plan = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { framework: 'grow', step: 'will' },
      settings: SETTINGS,
    });
    expect(plan.questions).toHaveLength(3);
    expect(plan.available).toBe(6);
    const ids = plan.questions.map((q) => q.id);
    const session = await t.call('rehearsal.start', { questionIds: ids, settings: SETTINGS });
    const base = {
      sessionId: session.id,
      startedAt: t.clock.now(),
      endedAt: t.clock.now() + 1000,
      revealed: false,
    };
    await t.call('rehearsal.record', {
      ...base,
      position: 0,
      questionId: ids[0] ?? '',
      answer: 'By 2026-12-01 I will have shipped the audit, cutting review time by 30%.',
      timeMs: 40_000,
      timedOut: false,
      grade: 'good',
    });
    await t.call('rehearsal.record', {
      ...base,
      position: 1,
      questionId: ids[1] ?? '',
      answer: 'Um, I guess maybe soon, kind of.',
      timeMs: 120_000,
      timedOut: true,
      grade: 'again',
    });
    await expectCode(
      t.call('rehearsal.record', {
        ...base,
        position: 2,
        questionId: ids[0] ?? '',
        answer: '',
        timeMs: 0,
        timedOut: false,
      }),
      'invalid-argument',
    );
    closeStore(t);

    const reopened = testStore(t.dataDir, t.clock);
    const back = await reopened.call('rehearsal.get', { id: session.id });
    expect(back.status).toBe('active');
    expect(back.answers.map((a) => [a.position, a.grade, a.timedOut])).toEqual([
      [0, 'good', false],
      [1, 'again', true],
    ]);
    expect(back.answers[0]?.feedback.evidence.percentages).toEqual(['30%']);
    expect(back.answers[1]?.feedback.notes.some((n) => n.kind === 'hedges')).toBe(true);
    const left = await reopened.call('rehearsal.leave', { id: session.id });
    expect(left.status).toBe('left');
    await expectCode(
      reopened.call('rehearsal.record', {
        ...base,
        position: 2,
        questionId: ids[2] ?? '',
        answer: '',
        timeMs: 0,
        timedOut: false,
      }),
      'conflict',
    );
    const history = await reopened.call('rehearsal.history', { conversationId: null });
    expect(history).toEqual([
      expect.objectContaining({
        id: session.id,
        questions: 3,
        answered: 2,
        goodOrEasy: 1,
        averageTimeMs: 80_000,
      }),
    ]);
    expect((await reopened.call('practice.due', {})).count).toBe(0);
    t.clock.advance(5 * 60_000); // a new card graded 'again' returns after a minute, 'good' after ten
    expect((await reopened.call('practice.due', {})).questions.map((q) => q.id)).toEqual([ids[1]]);
    await reopened.call('rehearsal.delete', { id: session.id });
    expect(await reopened.call('rehearsal.history', { conversationId: null })).toEqual([]);
  });

  it('takes a left session up again where it stopped; a finished one stays finished', async () => {
    const t = testStore();
    const plan = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { framework: 'grow', step: 'will' },
      settings: SETTINGS,
    });
    const ids = plan.questions.map((q) => q.id);
    const session = await t.call('rehearsal.start', { questionIds: ids, settings: SETTINGS });
    const base = {
      sessionId: session.id,
      startedAt: t.clock.now(),
      endedAt: t.clock.now() + 1000,
      revealed: false,
      timeMs: 30_000,
      timedOut: false,
    };
    await t.call('rehearsal.record', {
      ...base,
      position: 0,
      questionId: ids[0] ?? '',
      answer: 'Shipped the audit by March.',
      grade: 'good',
    });
    await t.call('rehearsal.leave', { id: session.id });

    const resumed = await t.call('rehearsal.resume', { id: session.id });
    expect(resumed).toMatchObject({ status: 'active', endedAt: null });
    expect(resumed.answers.map((a) => a.position)).toEqual([0]);
    expect((await t.call('rehearsal.resume', { id: session.id })).status).toBe('active'); // again: no change
    await t.call('rehearsal.record', {
      ...base,
      position: 1,
      questionId: ids[1] ?? '',
      answer: 'Next quarter.',
      grade: 'hard',
    });
    await t.call('rehearsal.record', {
      ...base,
      position: 2,
      questionId: ids[2] ?? '',
      answer: 'With my lead.',
      grade: 'good',
    });
    const finished = await t.call('rehearsal.finish', { id: session.id });
    expect(finished.answers.map((a) => a.grade)).toEqual(['good', 'hard', 'good']);
    await expectCode(t.call('rehearsal.resume', { id: session.id }), 'conflict');
    await expectCode(t.call('rehearsal.resume', { id: 'no-such-session' }), 'not-found');
  });

  it('finishes a session left with every question graded; leaving a finished one changes nothing', async () => {
    const t = testStore();
    const plan = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { framework: 'grow', step: 'will' },
      settings: SETTINGS,
    });
    const ids = plan.questions.map((q) => q.id);
    const session = await t.call('rehearsal.start', { questionIds: ids, settings: SETTINGS });
    const base = {
      sessionId: session.id,
      startedAt: t.clock.now(),
      endedAt: t.clock.now() + 1000,
      revealed: false,
      timeMs: 30_000,
      timedOut: false,
    };
    for (const [position, id] of ids.entries())
      await t.call('rehearsal.record', {
        ...base,
        position,
        questionId: id,
        answer: `Answer ${position}`,
        grade: 'good',
      });
    expect((await t.call('rehearsal.leave', { id: session.id })).status).toBe('left');
    const finished = await t.call('rehearsal.finish', { id: session.id });
    expect(finished.status).toBe('finished');
    expect(finished.endedAt).not.toBeNull();
    expect((await t.call('rehearsal.leave', { id: session.id })).status).toBe('finished');
    expect((await t.call('rehearsal.history', { all: true })).map((h) => h.status)).toEqual([
      'finished',
    ]);
  });

  it('plans and starts in one call, and starts nothing when there is nothing to rehearse', async () => {
    const t = testStore();
    const begun = await t.call('rehearsal.begin', {
      mode: 'filter',
      filter: { framework: 'grow', step: 'will' },
      settings: SETTINGS,
    });
    expect(begun.empty).toBeNull();
    expect(begun.session?.questions).toHaveLength(3);
    expect(begun.session).toEqual(await t.call('rehearsal.get', { id: begun.session?.id ?? '' }));
    const planned = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { framework: 'grow', step: 'will' },
      settings: SETTINGS,
    });
    expect(begun.session?.questions.map((q) => q.id)).toEqual(planned.questions.map((q) => q.id));

    const none = await t.call('rehearsal.begin', {
      mode: 'filter',
      filter: { category: 'no-such-category' },
      settings: SETTINGS,
    });
    expect(none).toEqual({
      session: null,
      empty: expect.objectContaining({ reason: 'filter-empty' }),
    });
    expect(await t.call('rehearsal.history', { all: true })).toHaveLength(1);
  });

  it('explains why a plan has zero questions', async () => {
    const t = testStore();
    const conv = await t.call('conversations.create', { templateId: 'blank' });
    const fromConv = await t.call('rehearsal.plan', {
      mode: 'conversation',
      conversationId: conv.conversation.id,
      settings: SETTINGS,
    });
    expect(fromConv).toMatchObject({ questions: [], empty: { reason: 'no-anticipated' } });
    expect(
      (await t.call('rehearsal.plan', { mode: 'due', settings: SETTINGS })).empty?.reason,
    ).toBe('nothing-due');
    expect(
      (
        await t.call('rehearsal.plan', {
          mode: 'filter',
          filter: { tag: 'nothing' },
          settings: SETTINGS,
        })
      ).empty?.reason,
    ).toBe('filter-empty');
    for (const id of [
      'hard-security-01',
      'hard-security-02',
      'hard-security-03',
      'hard-security-04',
    ])
      await t.call('questions.hide', { id });
    const hidden = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { framework: 'hard-questions', step: 'security' },
      settings: SETTINGS,
    });
    expect(hidden.empty?.reason).toBe('all-hidden');
    expect(hidden.empty?.message.length).toBeGreaterThan(20);
  });

  it('plans a conversation with its anticipated questions first, then its template questions', async () => {
    const t = testStore();
    const conv = await t.call('conversations.create', { templateId: 'grow' });
    const doc = await t.call('anticipated.add', {
      conversationId: conv.conversation.id,
      question: 'What will you stop doing to make room?',
    });
    const anticipatedIds = doc.questions.map((q) => q.id);
    const plan = await t.call('rehearsal.plan', {
      mode: 'conversation',
      conversationId: conv.conversation.id,
      settings: { ...SETTINGS, count: anticipatedIds.length + 2 },
    });
    expect(plan.questions.slice(0, anticipatedIds.length).map((q) => q.anticipatedId)).toEqual(
      anticipatedIds,
    );
    const rest = plan.questions.slice(anticipatedIds.length);
    expect(rest.map((q) => q.id)).toEqual(['grow-goal-01', 'grow-goal-02']);
    const surprise = await t.call('rehearsal.plan', {
      mode: 'surprise',
      settings: { ...SETTINGS, count: 6 },
    });
    expect(surprise.questions).toHaveLength(6);
    const hardIds = new Set(
      BUILT_IN_QUESTIONS.filter((q) => q.framework === 'hard-questions' || q.difficulty === 3).map(
        (q) => q.id,
      ),
    );
    expect(surprise.questions.filter((q) => hardIds.has(q.id)).length).toBeGreaterThanOrEqual(3);
  });

  it('remembers how each session was started, for its name in the history', async () => {
    const t = testStore();
    const conv = await t.call('conversations.create', { templateId: 'grow' });
    const modes = async (mode: 'surprise' | 'filter' | 'conversation') => {
      const begun = await t.call('rehearsal.begin', {
        mode,
        conversationId: mode === 'conversation' ? conv.conversation.id : undefined,
        filter: { framework: 'grow' },
        settings: SETTINGS,
      });
      return begun.session?.mode;
    };
    expect([await modes('surprise'), await modes('filter'), await modes('conversation')]).toEqual([
      'surprise',
      'filter',
      'conversation',
    ]);
    expect(
      (await t.call('rehearsal.start', { questionIds: ['grow-goal-01'], settings: SETTINGS })).mode,
    ).toBeNull();
    const history = await t.call('rehearsal.history', { all: true });
    expect(history.map((h) => h.mode)).toEqual(['surprise', 'filter', 'conversation', null]);
  });
});

describe('migration 6: how a session was started', () => {
  it('marks the sessions of a conversation as such and leaves the others unknown', () => {
    const file = join(tempDir(), 'v5.db');
    const old = openDatabase(file);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version <= 5),
    );
    old.prepare("INSERT INTO conversations (id, created_at, updated_at) VALUES ('c1', 1, 1)").run();
    const insert = old.prepare(
      "INSERT INTO rehearsal_sessions (id, conversation_id, started_at, settings) VALUES (?, ?, 1, '{}')",
    );
    insert.run('s1', 'c1');
    insert.run('s2', null);
    old.close();
    const db = openAndMigrate(file);
    try {
      expect(db.prepare('SELECT id, mode FROM rehearsal_sessions ORDER BY id').all()).toEqual([
        { id: 's1', mode: 'conversation' },
        { id: 's2', mode: null },
      ]);
      expect(() =>
        db.prepare("UPDATE rehearsal_sessions SET mode = 'random' WHERE id = 's2'").run(),
      ).toThrow();
    } finally {
      db.close();
    }
  });
});
