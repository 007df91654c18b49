// The conversation record itself: what a new one holds, what a save changes and leaves alone, when
// it counts as held, how the lists group it, and the trash.
import { describe, expect, it } from 'vitest';
import type { Args } from '../../../src-main/shared/contract';
import { todayIso } from '../../../src-main/shared/dates';
import { expectCode, testStore, type TestStore } from '../helpers';

const DAY = 24 * 3600 * 1000;

async function create(t: TestStore, args: Omit<Args<'conversations.create'>, 'templateId'> = {}) {
  return (await t.call('conversations.create', { templateId: 'blank', ...args })).conversation;
}

describe('a new conversation', () => {
  it('starts with blank fields where none were given, titled by its kind and person', async () => {
    const t = testStore();
    const bare = await create(t, { kind: 'one-on-one' });
    expect(bare).toMatchObject({
      title: 'One-on-one',
      personName: '',
      personRole: '',
      place: '',
      expectedOutcome: '',
      status: 'draft',
    });
    // A title of spaces is no title: the kind and person name it.
    expect(
      (await create(t, { kind: 'mentoring', title: '   ', personName: '  Dana ' })).title,
    ).toBe('Mentoring conversation with Dana');
    expect((await create(t, { title: '  Growth talk ', personName: 'Dana' })).title).toBe(
      'Growth talk',
    );
  });

  it('refuses a time zone that does not exist and stores nothing', async () => {
    const t = testStore();
    await expectCode(
      t.call('conversations.create', {
        templateId: 'blank',
        startsAt: '2026-12-01T09:00',
        timeZone: 'Mars/Olympus_Mons',
      }),
      'invalid-argument',
    );
    expect((await t.call('conversations.list', {})).upcoming).toEqual([]);
    const c = await create(t, { startsAt: '2026-12-01T09:00', timeZone: 'Asia/Tokyo' });
    await expectCode(
      t.call('conversations.save', { id: c.id, timeZone: 'Europe/Atlantis' }),
      'invalid-argument',
    );
    expect((await t.call('conversations.get', { id: c.id })).conversation.timeZone).toBe(
      'Asia/Tokyo',
    );
  });

  it('names a conversation that no longer exists in plain words', async () => {
    const t = testStore();
    const error = await expectCode(t.call('conversations.get', { id: 'gone' }), 'not-found');
    expect(error.message).toBe('That conversation no longer exists.');
  });
});

describe('saving a conversation', () => {
  it('trims the person’s name and keeps the agenda shared when a save does not mention it', async () => {
    const t = testStore();
    const c = await create(t, { personName: 'Dana' });
    const shared = await t.call('conversations.save', { id: c.id, shared: true });
    const sharedAt = t.clock.now();
    expect(shared.conversation.sharedAt).toBe(sharedAt);
    t.clock.advance(DAY);
    const saved = await t.call('conversations.save', {
      id: c.id,
      personName: '  Lee Park  ',
      place: 'Room 4',
    });
    expect(saved.conversation).toMatchObject({ personName: 'Lee Park', sharedAt });
  });

  it('dates a conversation held when it is first set held or followed up, and only then', async () => {
    const t = testStore(); // Saturday 2026-11-21, 10:00 UTC
    const today = todayIso(new Date(t.clock.now()));
    const c = await create(t, { personName: 'Dana', startsAt: '2026-11-17T15:00' });
    // Saving other fields of a meeting not yet held does not date it held.
    expect(
      (await t.call('conversations.save', { id: c.id, place: 'Room 4' })).conversation.heldOn,
    ).toBeNull();
    const followed = await t.call('conversations.save', { id: c.id, status: 'followed-up' });
    expect(followed.conversation).toMatchObject({ status: 'followed-up', heldOn: '2026-11-17' });

    const undated = await create(t, { personName: 'Lee' });
    await t.call('conversations.save', { id: undated.id, status: 'held' });
    t.clock.advance(3 * DAY);
    // Three days on, saving it again (held, or its notes) keeps the day it was held.
    const again = await t.call('conversations.save', { id: undated.id, status: 'held' });
    expect(again.conversation.heldOn).toBe(today);
    const notes = await t.call('conversations.save', { id: undated.id, agreed: 'A stretch goal' });
    expect(notes.conversation.heldOn).toBe(today);
  });

  it('forgets the held day when set back to draft or scheduled', async () => {
    const t = testStore();
    for (const status of ['draft', 'scheduled'] as const) {
      const c = await create(t, { personName: 'Dana', startsAt: '2026-11-17T15:00' });
      await t.call('conversations.markHeld', { id: c.id });
      const back = await t.call('conversations.save', { id: c.id, status });
      expect(back.conversation).toMatchObject({ status, heldOn: null });
    }
  });

  it('holds a meeting marked held at the very minute it begins on its own date', async () => {
    // 10:00 UTC is midnight starting 22 November on Kiritimati (UTC+14); it is still the 21st here.
    const t = testStore();
    const c = await create(t, {
      personName: 'Dana',
      startsAt: '2026-11-22T00:00',
      timeZone: 'Pacific/Kiritimati',
    });
    expect(todayIso(new Date(t.clock.now()))).not.toBe('2026-11-22');
    expect((await t.call('conversations.markHeld', { id: c.id })).conversation.heldOn).toBe(
      '2026-11-22',
    );
  });

  it('keeps a followed-up conversation followed up when it is marked held again', async () => {
    const t = testStore();
    const c = await create(t, { personName: 'Dana', startsAt: '2026-11-17T15:00' });
    await t.call('conversations.save', { id: c.id, status: 'followed-up' });
    const held = await t.call('conversations.markHeld', { id: c.id, followUpDate: '2027-01-10' });
    expect(held.conversation).toMatchObject({
      status: 'followed-up',
      followUpDate: '2027-01-10',
    });
  });

  it('counts a page’s own Mark as held as its own write, and names the record in a conflict', async () => {
    const t = testStore();
    const c = await create(t, { personName: 'Dana', startsAt: '2026-11-17T15:00' });
    const mine = 'page-a';
    await t.call('conversations.markHeld', { id: c.id, session: mine });
    // The page still holds the version it loaded: its own mark since is not a conflict.
    const saved = await t.call('conversations.save', {
      id: c.id,
      agreed: 'A stretch project',
      baseVersion: c.version,
      session: mine,
    });
    expect(saved.conversation.agreed).toBe('A stretch project');
    const error = await expectCode(
      t.call('conversations.save', {
        id: c.id,
        agreed: 'Something else',
        baseVersion: c.version,
        session: 'page-b',
      }),
      'conflict',
    );
    expect(error.message).toMatch(/^This conversation was changed in another tab or window/);
  });
});

describe('the conversation lists', () => {
  it('puts followed-up meetings with the past, newest first and undated last', async () => {
    const t = testStore();
    const mk = async (personName: string, startsAt?: string) => {
      const c = await create(t, { personName, startsAt });
      return c.id;
    };
    const undated = await mk('Kim');
    const older = await mk('Dana', '2026-09-01T10:00');
    const newer = await mk('Lee', '2026-10-01T10:00');
    const upcoming = await mk('Dana', '2026-12-01T10:00');
    await t.call('conversations.markHeld', { id: undated });
    await t.call('conversations.markHeld', { id: older });
    await t.call('conversations.save', { id: newer, status: 'followed-up' });
    const lists = await t.call('conversations.list', {});
    expect(lists.past.map((c) => c.id)).toEqual([newer, older, undated]);
    expect(lists.upcoming.map((c) => c.id)).toEqual([upcoming]);
  });

  it('groups people whatever the case of their name, in alphabetical order, and leaves out meetings with nobody', async () => {
    const t = testStore();
    await create(t, { personName: 'Zoe', startsAt: '2026-11-25T09:00' });
    await create(t, { personName: 'ann', startsAt: '2026-11-26T09:00' });
    await create(t, { personName: 'Ann', startsAt: '2026-11-27T09:00' });
    await create(t, { startsAt: '2026-11-28T09:00' });
    const lists = await t.call('conversations.list', {});
    expect(lists.people.map((p) => [p.personName, p.conversations.length])).toEqual([
      ['ann', 2],
      ['Zoe', 1],
    ]);
    expect(lists.upcoming).toHaveLength(4);
  });
});

describe('the trash', () => {
  it('keeps the time a conversation was first trashed when it is trashed again', async () => {
    const t = testStore();
    const c = await create(t, { personName: 'Dana' });
    await t.call('conversations.trash', { id: c.id });
    const first = t.clock.now();
    t.clock.advance(DAY);
    await t.call('conversations.trash', { id: c.id });
    expect((await t.call('conversations.get', { id: c.id })).conversation.deletedAt).toBe(first);
  });
});

describe('the action plan', () => {
  it('changes an action’s owner and due date, and clears the date', async () => {
    const t = testStore();
    const c = await create(t, { personName: 'Dana' });
    const doc = await t.call('actions.add', {
      conversationId: c.id,
      text: 'Send the brief',
      dueDate: '2026-12-01',
    });
    const id = doc.actions[0]?.id ?? '';
    expect(
      await t.call('actions.update', { id, owner: 'them', dueDate: '2026-12-15' }),
    ).toMatchObject({ text: 'Send the brief', owner: 'them', dueDate: '2026-12-15' });
    await t.call('actions.update', { id, dueDate: null });
    expect((await t.call('conversations.get', { id: c.id })).actions[0]).toMatchObject({
      owner: 'them',
      dueDate: null,
    });
  });
});
