import { describe, expect, it } from 'vitest';
import { body, testStore } from '../helpers';

describe('since last time, checklist and follow-ups', () => {
  it('selects accomplishments, praise and lessons dated after the last held conversation with the person', async () => {
    const t = testStore();
    const mk = (
      kind: 'accomplishment' | 'praise' | 'lesson' | 'reflection',
      title: string,
      date: string,
    ) =>
      t.call('journal.create', {
        kind,
        title,
        date,
        fields: kind === 'accomplishment' ? { impact: `impact of ${title}` } : {},
      });
    await mk('accomplishment', 'Old win', '2026-08-15');
    await mk('accomplishment', 'Same day', '2026-09-01');
    await mk('accomplishment', 'New win', '2026-09-20');
    await mk('praise', 'Thanks from support', '2026-10-02');
    await mk('lesson', 'Outage lesson', '2026-10-10');
    await mk('reflection', 'Not evidence', '2026-10-11');
    const trashed = await mk('praise', 'Trashed praise', '2026-10-12');
    await t.call('journal.trash', { id: trashed.id });

    const held = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      startsAt: '2026-09-01T10:00',
    });
    const next = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'dana',
      startsAt: '2026-12-01T10:00',
    });
    // Not yet held: everything counts.
    let since = await t.call('conversations.sinceLastTime', { id: next.conversation.id });
    expect(since.since).toBeNull();
    expect(since.entries.map((e) => e.title)).toEqual([
      'Outage lesson',
      'Thanks from support',
      'New win',
      'Same day',
      'Old win',
    ]);

    await t.call('conversations.markHeld', { id: held.conversation.id });
    // A held conversation with someone else does not move the window.
    const lee = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Lee',
      startsAt: '2026-10-05T10:00',
    });
    await t.call('conversations.markHeld', { id: lee.conversation.id });
    since = await t.call('conversations.sinceLastTime', { id: next.conversation.id });
    expect(since.since).toEqual({
      conversationId: held.conversation.id,
      title: held.conversation.title,
      heldOn: '2026-09-01',
    });
    expect(since.entries.map((e) => [e.title, e.kind])).toEqual([
      ['Outage lesson', 'lesson'],
      ['Thanks from support', 'praise'],
      ['New win', 'accomplishment'],
    ]);
    expect(since.entries[2]?.impact).toBe('impact of New win');
  });

  it('reports preparation progress from live data', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', {
      templateId: 'preparation-checklist',
      personName: 'Dana',
    });
    const id = doc.conversation.id;
    const state = async () =>
      Object.fromEntries(
        (await t.call('conversations.checklist', { id })).map((s) => [s.id, [s.state, s.detail]]),
      );
    let s = await state();
    expect(s).toMatchObject({
      values: ['pending', expect.any(String)],
      mission: ['pending', expect.any(String)],
      accomplishments: ['pending', '0 accomplishments so far'],
      praise: ['pending', '0 praise entries so far'],
      'expected-outcome': ['pending', expect.any(String)],
      agenda: ['pending', '0 of 6 items with talking points'],
      shared: ['pending', expect.any(String)],
      scheduled: ['pending', expect.any(String)],
      rehearsal: ['pending', 'Not rehearsed yet'],
      'year-actions': [
        'pending',
        'No action of yours due within a year yet: add one to the action plan',
      ],
    });
    expect(Object.keys(s)).toEqual([
      'values',
      'mission',
      'strengths',
      'goals',
      'year-actions',
      'accomplishments',
      'praise',
      'expected-outcome',
      'agenda',
      'scheduled',
      'shared',
      'rehearsal',
    ]);

    const values = await t.call('profile.get', { page: 'values' });
    await t.call('journal.save', {
      id: values.id,
      title: values.title,
      date: values.date,
      fields: {},
      body: body('Honesty, craft'),
      tags: [],
    });
    await t.call('profile.get', { page: 'mission' }); // opened but left empty
    await t.call('journal.create', { kind: 'accomplishment', title: 'A', date: '2026-10-01' });
    await t.call('journal.create', { kind: 'accomplishment', title: 'B', date: '2026-10-02' });
    await t.call('journal.create', { kind: 'praise', title: 'P', date: '2026-10-03' });
    await t.call('conversations.save', {
      id,
      expectedOutcome: 'A plan for the senior role',
      startsAt: '2026-12-01T09:30',
      shared: true,
    });
    await t.call('agenda.updateItem', {
      id: doc.items[1]?.id ?? '',
      talkingPoints: body('Cut build time by 80%'),
    });
    s = await state();
    expect(s).toMatchObject({
      values: ['done', 'Written'],
      mission: ['pending', expect.any(String)],
      accomplishments: ['done', '2 accomplishments so far'],
      praise: ['done', '1 praise entry so far'],
      'expected-outcome': ['done', 'Written'],
      agenda: ['done', '1 of 6 items with talking points'],
      scheduled: ['done', '2026-12-01 09:30'],
      shared: ['done', 'Shared'],
    });

    // A rehearsal of this conversation that was left before any answer does not count; a finished one does.
    const settings = {
      count: 3,
      timeBoxSec: 120,
      order: 'script',
      followUps: true,
      voice: false,
      seed: 1,
    } as const;
    const left = await t.call('rehearsal.start', {
      conversationId: id,
      questionIds: ['grow-goal-01'],
      settings,
    });
    await t.call('rehearsal.leave', { id: left.id });
    expect((await state()).rehearsal).toEqual(['pending', 'Not rehearsed yet']);
    const other = await t.call('conversations.create', { templateId: 'blank', personName: 'Sam' });
    const elsewhere = await t.call('rehearsal.start', {
      conversationId: other.conversation.id,
      questionIds: ['grow-goal-01'],
      settings,
    });
    await t.call('rehearsal.finish', { id: elsewhere.id });
    expect((await state()).rehearsal).toEqual(['pending', 'Not rehearsed yet']);
    const done = await t.call('rehearsal.start', {
      conversationId: id,
      questionIds: ['grow-goal-01'],
      settings,
    });
    await t.call('rehearsal.finish', { id: done.id });
    expect((await state()).rehearsal).toEqual(['done', '1 rehearsal so far']);
    const second = await t.call('rehearsal.start', {
      conversationId: id,
      questionIds: ['grow-goal-01'],
      settings,
    });
    await t.call('rehearsal.finish', { id: second.id });
    expect((await state()).rehearsal).toEqual(['done', '2 rehearsals so far']);
  });

  it('names every step and says plainly what is still missing, then what is done', async () => {
    const t = testStore(); // the fake clock says 2026-11-21
    const earlier = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      startsAt: '2026-09-01T10:00',
    });
    await t.call('conversations.markHeld', { id: earlier.conversation.id });
    const doc = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      // Only spaces: no outcome stated yet.
      expectedOutcome: '   ',
    });
    const id = doc.conversation.id;
    const steps = async () =>
      (await t.call('conversations.checklist', { id })).map((s) => [s.label, s.state, s.detail]);
    expect(await steps()).toEqual([
      ['Write down your values', 'pending', 'The Values page is empty'],
      ['Write your personal mission statement', 'pending', 'The Mission page is empty'],
      [
        'Answer the directing questions: strengths and areas to develop',
        'pending',
        'The Strengths page is empty',
      ],
      ['Set short- and long-term goals', 'pending', '0 open goals'],
      [
        'Decide your actions for the coming year, the obstacles you expect and how to get past them',
        'pending',
        'No action of yours due within a year yet: add one to the action plan',
      ],
      [
        'List your accomplishments and their impact',
        'pending',
        '0 accomplishments since 2026-09-01',
      ],
      ['Gather the praise you received', 'pending', '0 praise entries since 2026-09-01'],
      ['State the outcome you expect from the meeting', 'pending', 'Not written yet'],
      ['Build the agenda from that outcome', 'pending', '0 of 0 items with talking points'],
      ['Schedule the meeting', 'pending', 'No date yet'],
      ['Give the other person a copy of the agenda beforehand', 'pending', 'Not shared yet'],
      ['Rehearse the questions you expect', 'pending', 'Not rehearsed yet'],
    ]);

    for (const page of ['values', 'mission', 'strengths'] as const) {
      const p = await t.call('profile.get', { page });
      await t.call('journal.save', {
        id: p.id,
        title: p.title,
        date: p.date,
        fields: {},
        body: body(`My ${page}`),
        tags: [],
      });
    }
    await t.call('goals.save', {
      horizon: 'short',
      text: 'Lead a release',
      targetDate: null,
      done: false,
    });
    // An action due today is still within the coming year.
    await t.call('actions.add', {
      conversationId: id,
      text: 'Book the course',
      dueDate: '2026-11-21',
    });
    await t.call('journal.create', {
      kind: 'accomplishment',
      title: 'Shipped',
      date: '2026-10-01',
    });
    await t.call('journal.create', { kind: 'praise', title: 'Thanks', date: '2026-10-02' });
    await t.call('conversations.save', {
      id,
      expectedOutcome: 'A plan',
      startsAt: '2026-12-01T09:30',
    });
    await t.call('agenda.addItem', { conversationId: id, title: 'Growth' });
    expect((await steps()).map(([, state, detail]) => [state, detail])).toEqual([
      ['done', 'Written'],
      ['done', 'Written'],
      ['done', 'Written'],
      ['done', '1 open goal'],
      ['done', '1 action of yours due within a year'],
      ['done', '1 accomplishment since 2026-09-01'],
      ['done', '1 praise entry since 2026-09-01'],
      ['done', 'Written'],
      ['pending', '0 of 1 item with talking points'],
      ['done', '2026-12-01 09:30'],
      ['pending', 'Not shared yet'],
      ['pending', 'Not rehearsed yet'],
    ]);
  });

  it('counts only my dated actions for the coming year towards deciding the year ahead', async () => {
    const t = testStore(); // the fake clock says 2026-11-21
    const doc = await t.call('conversations.create', {
      templateId: 'preparation-checklist',
      personName: 'Dana',
    });
    const conversationId = doc.conversation.id;
    const step = async () =>
      (await t.call('conversations.checklist', { id: conversationId })).find(
        (x) => x.id === 'year-actions',
      );
    await t.call('actions.add', {
      conversationId,
      text: 'Their part',
      owner: 'them',
      dueDate: '2027-01-15',
    });
    await t.call('actions.add', { conversationId, text: 'Someday', owner: 'me' });
    await t.call('actions.add', {
      conversationId,
      text: 'Too far out',
      owner: 'me',
      dueDate: '2028-06-01',
    });
    await t.call('actions.add', {
      conversationId,
      text: 'Already late',
      owner: 'me',
      dueDate: '2026-11-01',
    });
    const dropped = await t.call('actions.add', {
      conversationId,
      text: 'Dropped',
      owner: 'me',
      dueDate: '2027-02-01',
    });
    await t.call('actions.update', { id: dropped.actions.at(-1)?.id ?? '', status: 'dropped' });
    expect(await step()).toMatchObject({
      state: 'pending',
      label: expect.stringMatching(/coming year.*obstacles/),
    });

    await t.call('actions.add', {
      conversationId,
      text: 'Lead the spring release',
      owner: 'both',
      dueDate: '2027-04-30',
    });
    expect(await step()).toMatchObject({
      state: 'done',
      detail: '1 action of yours due within a year',
    });
    await t.call('actions.add', {
      conversationId,
      text: 'Finish the course',
      owner: 'me',
      dueDate: '2027-11-21',
    });
    expect(await step()).toMatchObject({
      state: 'done',
      detail: '2 actions of yours due within a year',
    });
    // Another conversation's plan does not count for this one.
    const other = await t.call('conversations.create', { templateId: 'blank', personName: 'Sam' });
    expect(
      (await t.call('conversations.checklist', { id: other.conversation.id })).find(
        (x) => x.id === 'year-actions',
      )?.state,
    ).toBe('pending');
  });

  it('lists open actions across conversations with overdue counted from the clock', async () => {
    const t = testStore(); // the fake clock says 2026-11-21
    const a = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      title: 'With Dana',
    });
    const b = await t.call('conversations.create', { templateId: 'blank', personName: 'Lee' });
    await t.call('actions.add', {
      conversationId: a.conversation.id,
      text: 'Late',
      dueDate: '2026-11-20',
    });
    await t.call('actions.add', {
      conversationId: a.conversation.id,
      text: 'Due today',
      dueDate: '2026-11-21',
    });
    await t.call('actions.add', { conversationId: b.conversation.id, text: 'No date' });
    let doc = await t.call('actions.add', {
      conversationId: b.conversation.id,
      text: 'Done late',
      dueDate: '2026-01-01',
    });
    await t.call('actions.update', { id: doc.actions[1]?.id ?? '', status: 'done' });
    const c = await t.call('conversations.create', { templateId: 'blank', personName: 'Kim' });
    await t.call('actions.add', {
      conversationId: c.conversation.id,
      text: 'In the trash',
      dueDate: '2026-01-01',
    });
    await t.call('conversations.trash', { id: c.conversation.id });

    let f = await t.call('followups.list', {});
    expect(f.items.map((i) => [i.text, i.overdue, i.personName])).toEqual([
      ['Late', true, 'Dana'],
      ['Due today', false, 'Dana'],
      ['No date', false, 'Lee'],
    ]);
    expect(f.items[0]?.conversationTitle).toBe('With Dana');
    expect(f.overdueCount).toBe(1);
    t.clock.advance(2 * 24 * 3600 * 1000);
    f = await t.call('followups.list', {});
    expect(f.overdueCount).toBe(2);
    doc = await t.call('actions.remove', { id: f.items[0]?.id ?? '' });
    expect(doc.actions.map((x) => [x.text, x.position])).toEqual([['Due today', 0]]);
  });
});
