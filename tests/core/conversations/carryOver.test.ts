import { describe, expect, it } from 'vitest';
import { testStore } from '../helpers';

describe('carry-over of unfinished actions', () => {
  it('brings open actions of the last conversation with the same person onto the new agenda', async () => {
    const t = testStore();
    const first = await t.call('conversations.create', {
      templateId: 'grow',
      personName: 'Dana',
      startsAt: '2026-09-01T10:00',
    });
    const id1 = first.conversation.id;
    await t.call('actions.add', {
      conversationId: id1,
      text: 'Draft the mentoring plan',
      owner: 'me',
      dueDate: '2026-10-01',
    });
    await t.call('actions.add', { conversationId: id1, text: 'Find a course', owner: 'them' });
    let doc = await t.call('actions.add', { conversationId: id1, text: 'Already done' });
    await t.call('actions.update', { id: doc.actions[2]?.id ?? '', status: 'done' });
    doc = await t.call('actions.add', { conversationId: id1, text: 'Given up' });
    await t.call('actions.update', { id: doc.actions[3]?.id ?? '', status: 'dropped' });
    // Another person's open action never crosses over.
    const other = await t.call('conversations.create', { templateId: 'blank', personName: 'Lee' });
    await t.call('actions.add', { conversationId: other.conversation.id, text: 'Lee only' });

    const second = await t.call('conversations.create', {
      templateId: 'grow',
      personName: 'DANA',
      startsAt: '2026-12-01T10:00',
    });
    expect(second.items.map((i) => i.title)).toEqual([
      'Draft the mentoring plan',
      'Find a course',
      'Goal',
      'Reality',
      'Options',
      'Will',
    ]);
    expect(second.carriedOver).toMatchObject([
      {
        text: 'Draft the mentoring plan',
        owner: 'me',
        dueDate: '2026-10-01',
        status: 'open',
        fromConversationId: id1,
      },
      { text: 'Find a course', owner: 'them', status: 'open', fromConversationId: id1 },
    ]);

    // The carried item shows the action's live status.
    await t.call('actions.update', { id: second.carriedOver[1]?.actionId ?? '', status: 'done' });
    const reread = await t.call('conversations.get', { id: second.conversation.id });
    expect(reread.items[1]?.carriedFrom?.status).toBe('done');

    // Still-open carried items follow to the next conversation; done ones stop.
    const third = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    expect(third.carriedOver.map((c) => c.text)).toEqual(['Draft the mentoring plan']);
  });

  it('carries nothing for a new person, a nameless conversation or when all is done', async () => {
    const t = testStore();
    const a = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    await t.call('actions.add', { conversationId: a.conversation.id, text: 'Open item' });
    expect(
      (await t.call('conversations.create', { templateId: 'blank', personName: 'Sam' })).items,
    ).toEqual([]);
    expect((await t.call('conversations.create', { templateId: 'blank' })).items).toEqual([]);
    const b = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    expect(b.items).toHaveLength(1);
    await t.call('actions.update', { id: b.carriedOver[0]?.actionId ?? '', status: 'done' });
    expect(
      (await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' })).items,
    ).toEqual([]);
  });

  it('never treats nameless conversations as one person: nothing is carried between them', async () => {
    const t = testStore();
    const a = await t.call('conversations.create', { templateId: 'blank', personName: '' });
    await t.call('actions.add', { conversationId: a.conversation.id, text: 'Open item' });
    for (const personName of ['', '   ']) {
      const next = await t.call('conversations.create', { templateId: 'blank', personName });
      expect(next.items).toEqual([]);
      expect(next.carriedOver).toEqual([]);
    }
  });

  it('takes a name typed in another case as one person in any script: the list, carry-over and "since last time" agree', async () => {
    const t = testStore();
    const first = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Élodie',
      startsAt: '2026-09-01T10:00',
    });
    await t.call('actions.add', { conversationId: first.conversation.id, text: 'Send the plan' });
    await t.call('conversations.markHeld', { id: first.conversation.id });
    const next = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'élodie',
      startsAt: '2026-12-01T10:00',
    });
    const people = (await t.call('conversations.list', {})).people;
    expect(people.map((p) => [p.personName, p.conversations.length])).toEqual([['Élodie', 2]]);
    expect(next.carriedOver.map((c) => c.text)).toEqual(['Send the plan']);
    const since = await t.call('conversations.sinceLastTime', { id: next.conversation.id });
    expect(since.since?.conversationId).toBe(first.conversation.id);
    // Another person whose name folds the same only in ASCII stays apart.
    const other = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Elodie',
    });
    expect(other.carriedOver).toEqual([]);
  });

  it("skips a trashed latest conversation: the earlier live one's open actions carry, the trashed one's do not", async () => {
    const t = testStore();
    const earlier = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      startsAt: '2026-09-01T10:00',
    });
    await t.call('actions.add', {
      conversationId: earlier.conversation.id,
      text: 'Earlier open action',
    });
    const latest = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      startsAt: '2026-10-01T10:00',
    });
    await t.call('actions.add', {
      conversationId: latest.conversation.id,
      text: 'Action of the trashed one',
    });
    await t.call('conversations.trash', { id: latest.conversation.id });

    const next = await t.call('conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
      startsAt: '2026-11-01T10:00',
    });
    expect(next.carriedOver.map((c) => ({ text: c.text, from: c.fromConversationId }))).toEqual([
      { text: 'Earlier open action', from: earlier.conversation.id },
    ]);
    expect(next.items.map((i) => i.title)).toEqual(['Earlier open action']);
  });
});
