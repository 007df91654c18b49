// Two tabs or windows on one record: a save based on an older version is refused with a conflict and
// the store keeps the other page's change; a save from the current version is applied and bumps it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { body, expectCode, fingerprint, testStore } from '../helpers';

const A = 'tab-a';
const B = 'tab-b';

async function conversation(t: ReturnType<typeof testStore>) {
  const doc = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
  const withItem = await t.call('agenda.addItem', {
    conversationId: doc.conversation.id,
    title: 'Scope',
  });
  return withItem;
}

describe('record versions', () => {
  it('refuses a conversation save based on an old version and leaves the store untouched', async () => {
    const t = testStore();
    const doc = await conversation(t);
    const id = doc.conversation.id;
    expect(doc.conversation.version).toBe(1);

    const fresh = await t.call('conversations.save', {
      id,
      title: 'From tab A',
      baseVersion: 1,
      session: A,
    });
    expect(fresh.conversation.version).toBe(2);
    expect(fresh.conversation.title).toBe('From tab A');

    const before = fingerprint(join(t.dataDir, 'ladder.db'));
    const error = await expectCode(
      t.call('conversations.save', { id, title: 'From tab B', baseVersion: 1, session: B }),
      'conflict',
    );
    expect(error.message).toMatch(/changed in another tab or window/);
    expect(fingerprint(join(t.dataDir, 'ladder.db'))).toBe(before);
    const stored = await t.call('conversations.get', { id });
    expect(stored.conversation).toMatchObject({ title: 'From tab A', version: 2 });

    // Tab B, having reloaded, saves on top of the current version.
    const mine = await t.call('conversations.save', {
      id,
      title: 'From tab B',
      baseVersion: 2,
      session: B,
    });
    expect(mine.conversation).toMatchObject({ title: 'From tab B', version: 3 });
  });

  it("does not count a page's own saves since its base as a conflict, but counts another page's", async () => {
    const t = testStore();
    const doc = await conversation(t);
    const id = doc.conversation.id;
    // Two parts of tab A (details and notes) both based on version 1.
    await t.call('conversations.save', { id, title: 'Details', baseVersion: 1, session: A });
    const notes = await t.call('conversations.save', {
      id,
      agreed: 'Agreed',
      baseVersion: 1,
      session: A,
    });
    expect(notes.conversation).toMatchObject({ title: 'Details', agreed: 'Agreed', version: 3 });
    // Tab B writes version 4; tab A's details, still based on 2, must not overwrite it.
    await t.call('conversations.save', { id, place: 'Room 4', baseVersion: 3, session: B });
    await expectCode(
      t.call('conversations.save', { id, place: 'Room 1', baseVersion: 2, session: A }),
      'conflict',
    );
    // A save without a session cannot claim any version as its own.
    await expectCode(
      t.call('conversations.save', { id, place: 'Room 1', baseVersion: 3 }),
      'conflict',
    );
    // Mark as Held from another tab changes the status: tab A's details save based on before it is refused.
    const held = await t.call('conversations.markHeld', { id, session: B });
    await expectCode(
      t.call('conversations.save', { id, status: 'scheduled', baseVersion: 4, session: A }),
      'conflict',
    );
    expect((await t.call('conversations.get', { id })).conversation.status).toBe(
      held.conversation.status,
    );
    // A one-off command without a base is applied as before.
    const shared = await t.call('conversations.save', { id, shared: true });
    expect(shared.conversation.sharedAt).not.toBeNull();
  });

  it('versions agenda items, anticipated questions and actions the same way', async () => {
    const t = testStore();
    const doc = await conversation(t);
    const id = doc.conversation.id;
    const item = doc.items[0]!;
    expect(item.version).toBe(1);
    const saved = await t.call('agenda.updateItem', {
      id: item.id,
      talkingPoints: body('Tab A'),
      baseVersion: 1,
      session: A,
    });
    expect(saved.version).toBe(2);
    await expectCode(
      t.call('agenda.updateItem', {
        id: item.id,
        talkingPoints: body('Tab B'),
        baseVersion: 1,
        session: B,
      }),
      'conflict',
    );
    expect((await t.call('conversations.get', { id })).items[0]?.talkingPoints).toBe(body('Tab A'));
    // Moving an item or linking evidence is not an edit of its text: the version stays.
    const moved = await t.call('agenda.moveItem', { id: item.id, toIndex: 0 });
    expect(moved.items[0]?.version).toBe(2);
    // The conversation's own version is not raised by an edit of one of its items.
    expect(moved.conversation.version).toBe(1);

    const withQuestion = await t.call('anticipated.add', {
      conversationId: id,
      question: 'Why now?',
    });
    const q = withQuestion.questions[0]!;
    expect(
      (
        await t.call('anticipated.update', {
          id: q.id,
          question: 'Why this year?',
          baseVersion: 1,
          session: A,
        })
      ).version,
    ).toBe(2);
    await expectCode(
      t.call('anticipated.update', {
        id: q.id,
        preparedAnswer: body('B'),
        baseVersion: 1,
        session: B,
      }),
      'conflict',
    );

    const withAction = await t.call('actions.add', { conversationId: id, text: 'Send the brief' });
    const action = withAction.actions[0]!;
    expect(
      (
        await t.call('actions.update', {
          id: action.id,
          text: 'Send the brief today',
          baseVersion: 1,
          session: A,
        })
      ).version,
    ).toBe(2);
    await expectCode(
      t.call('actions.update', { id: action.id, text: 'Send it', baseVersion: 1, session: B }),
      'conflict',
    );
    expect((await t.call('conversations.get', { id })).actions[0]?.text).toBe(
      'Send the brief today',
    );
  });

  it('refuses a journal save based on an entry another page changed, and keeps the session order rule', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', {
      kind: 'lesson',
      title: 'Ship smaller',
      date: '2026-11-20',
    });
    const { id, date, fields, body: text, tags } = entry;
    const save = (title: string, session: string, seq: number, baseVersion?: number) =>
      t.call('journal.save', {
        id,
        date,
        fields,
        body: text,
        tags,
        title,
        session,
        seq,
        ...(baseVersion ? { baseVersion } : {}),
      });
    // One page: a save sent as the page unloads overtakes one in flight, both based on version 1.
    expect((await save('A two', A, 2, 1)).version).toBe(2);
    expect((await save('A one', A, 1, 1)).title).toBe('A two');
    // Another page, based on version 1: refused; the store keeps A's words.
    const before = fingerprint(join(t.dataDir, 'ladder.db'));
    await expectCode(save('B', B, 1, 1), 'conflict');
    expect(fingerprint(join(t.dataDir, 'ladder.db'))).toBe(before);
    expect((await save('B', B, 2, 2)).version).toBe(3);
  });

  it('versions goals and skills: a stale save is refused, a fresh one saves and bumps', async () => {
    const t = testStore();
    const goal = await t.call('goals.save', {
      horizon: 'short',
      text: 'Lead a project',
      targetDate: null,
      done: false,
    });
    expect(goal.version).toBe(1);
    const fields = { id: goal.id, horizon: goal.horizon, targetDate: goal.targetDate };
    expect(
      (
        await t.call('goals.save', {
          ...fields,
          text: 'Lead the billing project',
          done: false,
          baseVersion: 1,
          session: A,
        })
      ).version,
    ).toBe(2);
    // Tab B ticks the goal done from what it loaded: that would put the old text back.
    await expectCode(
      t.call('goals.save', {
        ...fields,
        text: 'Lead a project',
        done: true,
        baseVersion: 1,
        session: B,
      }),
      'conflict',
    );
    expect((await t.call('goals.list', {}))[0]).toMatchObject({
      text: 'Lead the billing project',
      done: false,
      version: 2,
    });

    const skill = await t.call('skills.add', { name: 'Negotiation' });
    expect(skill.version).toBe(1);
    expect(
      (
        await t.call('skills.setColleaguesView', {
          id: skill.id,
          text: 'Calm',
          baseVersion: 1,
          session: A,
        })
      ).version,
    ).toBe(2);
    await expectCode(
      t.call('skills.setColleaguesView', {
        id: skill.id,
        text: 'Firm',
        baseVersion: 1,
        session: B,
      }),
      'conflict',
    );
    await expectCode(
      t.call('skills.rename', { id: skill.id, name: 'Haggling', baseVersion: 1, session: B }),
      'conflict',
    );
    expect((await t.call('skills.list', {}))[0]).toMatchObject({
      name: 'Negotiation',
      colleaguesView: 'Calm',
    });
    // A rating is a new row of its history, never an overwrite: it needs no version.
    expect((await t.call('skills.rate', { id: skill.id, rating: 4 })).rating).toBe(4);
  });

  it('versions questions: built-ins through their overlay, hiding is not an edit', async () => {
    const t = testStore();
    const shipped = await t.call('questions.get', { id: 'grow-goal-01' });
    expect(shipped.version).toBe(1);
    // Hiding and showing again do not change what an open editor shows.
    await t.call('questions.hide', { id: 'grow-goal-01' });
    expect((await t.call('questions.unhide', { id: 'grow-goal-01' })).version).toBe(1);
    const edited = await t.call('questions.update', {
      id: 'grow-goal-01',
      text: 'Where by 2028?',
      baseVersion: 1,
      session: A,
    });
    expect(edited.version).toBe(2);
    await expectCode(
      t.call('questions.update', {
        id: 'grow-goal-01',
        tip: 'From tab B',
        baseVersion: 1,
        session: B,
      }),
      'conflict',
    );
    expect((await t.call('questions.get', { id: 'grow-goal-01' })).tip).toBe(shipped.tip);

    const mine = await t.call('questions.create', { text: 'Why did the reorg skip us?' });
    expect(mine.version).toBe(1);
    expect(
      (
        await t.call('questions.update', {
          id: mine.id,
          tip: 'Be fair',
          baseVersion: 1,
          session: A,
        })
      ).version,
    ).toBe(2);
    await expectCode(
      t.call('questions.update', { id: mine.id, text: 'Why?', baseVersion: 1, session: B }),
      'conflict',
    );
    expect((await t.call('questions.get', { id: mine.id })).text).toBe(
      'Why did the reorg skip us?',
    );
  });
});
