import { describe, expect, it } from 'vitest';
import { todayIso } from '../../../src-main/shared/dates';
import { body, expectCode, testStore } from '../helpers';

async function blank(t: ReturnType<typeof testStore>, titles: string[]) {
  const doc = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
  let last = doc;
  for (const title of titles)
    last = await t.call('agenda.addItem', { conversationId: doc.conversation.id, title });
  return last;
}

const titles = (doc: { items: { title: string; position: number }[] }) =>
  doc.items.map((i) => i.title);
const positions = (doc: { items: { position: number }[] }) => doc.items.map((i) => i.position);

describe('agenda items', () => {
  it('adds at the end or at an index, moves to an index and keeps positions dense on removal', async () => {
    const t = testStore();
    let doc = await blank(t, ['A', 'B', 'C', 'D']);
    const id = doc.conversation.id;
    expect(titles(doc)).toEqual(['A', 'B', 'C', 'D']);
    doc = await t.call('agenda.addItem', { conversationId: id, title: 'First', index: 0 });
    expect(titles(doc)).toEqual(['First', 'A', 'B', 'C', 'D']);
    const item = (name: string) => doc.items.find((i) => i.title === name)?.id ?? '';

    doc = await t.call('agenda.moveItem', { id: item('D'), toIndex: 1 });
    expect(titles(doc)).toEqual(['First', 'D', 'A', 'B', 'C']);
    // Alt+Down on the last item and a far index both land at the end.
    doc = await t.call('agenda.moveItem', { id: item('First'), toIndex: 99 });
    expect(titles(doc)).toEqual(['D', 'A', 'B', 'C', 'First']);
    doc = await t.call('agenda.removeItem', { id: item('A') });
    expect(titles(doc)).toEqual(['D', 'B', 'C', 'First']);
    expect(positions(doc)).toEqual([0, 1, 2, 3]);

    const updated = await t.call('agenda.updateItem', {
      id: item('B'),
      minutes: 12,
      privateNotes: 'just for me',
      talkingPoints: body('Point one'),
    });
    expect(updated).toMatchObject({ title: 'B', minutes: 12, privateNotes: 'just for me' });
    doc = await t.call('conversations.get', { id });
    expect(doc.totalMinutes).toBe(5 * 3 + 12);
    await expectCode(t.call('agenda.moveItem', { id: 'missing', toIndex: 0 }), 'not-found');
  });

  it('shows linked evidence, and an entry trashed later as missing rather than failing', async () => {
    const t = testStore();
    const doc = await blank(t, ['Results']);
    const itemId = doc.items[0]?.id ?? '';
    const win = await t.call('journal.create', {
      kind: 'accomplishment',
      title: 'Cut build time',
      date: '2026-10-01',
      fields: { impact: 'From 20 to 4 minutes' },
    });
    const kudos = await t.call('journal.create', {
      kind: 'praise',
      title: 'Note from the CTO',
      date: '2026-10-05',
    });
    await t.call('agenda.linkEvidence', { itemId, entryId: win.id });
    await t.call('agenda.linkEvidence', { itemId, entryId: kudos.id });
    let got = await t.call('agenda.linkEvidence', { itemId, entryId: win.id });
    expect(got.items[0]?.evidence).toEqual([
      {
        id: win.id,
        missing: false,
        title: 'Cut build time',
        date: '2026-10-01',
        kind: 'accomplishment',
        impact: 'From 20 to 4 minutes',
      },
      {
        id: kudos.id,
        missing: false,
        title: 'Note from the CTO',
        date: '2026-10-05',
        kind: 'praise',
        impact: '',
      },
    ]);

    await t.call('journal.trash', { id: win.id });
    got = await t.call('conversations.get', { id: doc.conversation.id });
    expect(got.items[0]?.evidence[0]).toEqual({ id: win.id, missing: true });
    await t.call('journal.deleteForever', { id: win.id });
    got = await t.call('conversations.get', { id: doc.conversation.id });
    expect(got.items[0]?.evidence.map((e) => e.missing)).toEqual([true, false]);
    // A trashed entry cannot be newly linked; an existing link can still be removed.
    await t.call('journal.trash', { id: kudos.id });
    await expectCode(t.call('agenda.linkEvidence', { itemId, entryId: kudos.id }), 'not-found');
    got = await t.call('agenda.unlinkEvidence', { itemId, entryId: win.id });
    expect(got.items[0]?.evidence).toEqual([{ id: kudos.id, missing: true }]);
  });

  it('anticipated questions: add, answer, reorder, evidence, remove', async () => {
    const t = testStore();
    const start = await t.call('conversations.create', { templateId: 'blank' });
    const id = start.conversation.id;
    await t.call('anticipated.add', { conversationId: id, question: 'Q1' });
    await t.call('anticipated.add', {
      conversationId: id,
      question: 'Q2',
      questionBankId: 'bank-7',
    });
    let doc = await t.call('anticipated.add', { conversationId: id, question: 'Q3' });
    const q = (name: string) => doc.questions.find((x) => x.question === name)?.id ?? '';
    const answer = await t.call('anticipated.update', {
      id: q('Q2'),
      preparedAnswer: body('Because of the numbers'),
    });
    expect(answer).toMatchObject({
      question: 'Q2',
      questionBankId: 'bank-7',
      preparedAnswer: body('Because of the numbers'),
    });
    doc = await t.call('anticipated.move', { id: q('Q3'), toIndex: 0 });
    expect(doc.questions.map((x) => x.question)).toEqual(['Q3', 'Q1', 'Q2']);
    const e = await t.call('journal.create', { kind: 'accomplishment', title: 'Proof' });
    doc = await t.call('anticipated.linkEvidence', { questionId: q('Q1'), entryId: e.id });
    expect(doc.questions[1]?.evidence).toMatchObject([
      { id: e.id, missing: false, title: 'Proof' },
    ]);
    doc = await t.call('anticipated.remove', { id: q('Q3') });
    expect(doc.questions.map((x) => [x.question, x.position])).toEqual([
      ['Q1', 0],
      ['Q2', 1],
    ]);
  });

  it('trash and restore a conversation; trashed ones leave the lists', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', { templateId: 'grow', personName: 'Dana' });
    expect((await t.call('conversations.list', {})).upcoming).toHaveLength(1);
    await t.call('conversations.trash', { id: doc.conversation.id });
    const lists = await t.call('conversations.list', {});
    expect([lists.upcoming, lists.past, lists.people]).toEqual([[], [], []]);
    const back = await t.call('conversations.restore', { id: doc.conversation.id });
    expect(back.conversation.deletedAt).toBeNull();
    expect(back.items).toHaveLength(4);
    await expectCode(t.call('conversations.get', { id: 'gone' }), 'not-found');
  });

  it('lists upcoming, past and each person’s history in order', async () => {
    const t = testStore();
    const mk = (personName: string, startsAt: string) =>
      t.call('conversations.create', { templateId: 'blank', personName, startsAt });
    const a = await mk('Dana', '2026-09-01T10:00');
    await mk('dana ', '2026-12-01T10:00');
    await mk('Lee', '2026-11-25T09:00');
    const undated = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Lee',
    });
    await t.call('conversations.markHeld', { id: a.conversation.id });
    const lists = await t.call('conversations.list', {});
    expect(lists.past.map((c) => c.startsAt)).toEqual(['2026-09-01T10:00']);
    expect(lists.upcoming.map((c) => c.startsAt)).toEqual([
      '2026-11-25T09:00',
      '2026-12-01T10:00',
      null,
    ]);
    expect(lists.upcoming.at(-1)?.id).toBe(undated.conversation.id);
    expect(lists.people.map((p) => [p.personName, p.conversations.map((c) => c.startsAt)])).toEqual(
      [
        ['Dana', ['2026-09-01T10:00', '2026-12-01T10:00']],
        ['Lee', ['2026-11-25T09:00', null]],
      ],
    );
  });

  it('saves the conversation fields, marks held and shared', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', {
      templateId: 'grow',
      personName: 'Dana',
      startsAt: '2026-11-25T09:30',
      timeZone: 'Europe/Paris',
    });
    expect(doc.conversation.status).toBe('scheduled');
    const saved = await t.call('conversations.save', {
      id: doc.conversation.id,
      expectedOutcome: 'Agree on a path to team lead',
      place: 'Room 4',
      shared: true,
    });
    expect(saved.conversation).toMatchObject({
      expectedOutcome: 'Agree on a path to team lead',
      place: 'Room 4',
      sharedAt: t.clock.now(),
      timeZone: 'Europe/Paris',
    });
    const held = await t.call('conversations.markHeld', {
      id: doc.conversation.id,
      followUpDate: '2027-01-10',
    });
    // Marked held four days before its date: it took place today.
    expect(held.conversation).toMatchObject({
      status: 'held',
      heldOn: todayIso(new Date(t.clock.now())),
      followUpDate: '2027-01-10',
    });
    const unshared = await t.call('conversations.save', {
      id: doc.conversation.id,
      shared: false,
      agreed: 'A stretch project',
    });
    expect(unshared.conversation).toMatchObject({
      sharedAt: null,
      agreed: 'A stretch project',
      status: 'held',
    });
  });

  it('marks held on the meeting’s own date once it has begun, and today when marked before it', async () => {
    const t = testStore(); // its clock: Saturday 2026-11-21, 10:00 UTC
    const today = todayIso(new Date(t.clock.now()));
    const held = async (startsAt: string | undefined, timeZone: string | null) => {
      const doc = await t.call('conversations.create', {
        templateId: 'blank',
        personName: 'Dana',
        startsAt,
        timeZone,
      });
      return (await t.call('conversations.markHeld', { id: doc.conversation.id })).conversation
        .heldOn;
    };
    expect(await held('2026-11-17T15:00', 'Europe/Paris')).toBe('2026-11-17');
    expect(await held('2026-11-17T15:00', null)).toBe('2026-11-17');
    expect(await held('2026-11-25T09:30', 'Europe/Paris')).toBe(today);
    expect(await held(undefined, null)).toBe(today);
    // Status set to held through a save follows the same rule.
    const later = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Lee',
      startsAt: '2026-12-02T09:00',
      timeZone: 'Europe/Paris',
    });
    expect(
      (await t.call('conversations.save', { id: later.conversation.id, status: 'held' }))
        .conversation.heldOn,
    ).toBe(today);
  });
});
