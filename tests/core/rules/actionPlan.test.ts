// The action plan's rules as a person meets them: an action deleted meanwhile or a conversation that
// is gone is refused and writes nothing, a save from another tab is refused with a message that says
// so, the same tab may save twice on what it read, and every edit marks the conversation as changed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCode, fingerprint, testStore, type TestStore } from '../helpers';

async function withAction(t: TestStore) {
  const doc = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
  const id = doc.conversation.id;
  const added = await t.call('actions.add', { conversationId: id, text: 'Send the brief' });
  const action = added.actions[0];
  if (!action) throw new Error('no action');
  return { id, action };
}

describe('action plan', () => {
  it('editing or removing an action deleted meanwhile says so and writes nothing', async () => {
    const t = testStore();
    const { id, action } = await withAction(t);
    await t.call('actions.remove', { id: action.id });
    const before = fingerprint(join(t.dataDir, 'ladder.db'));
    const edit = await expectCode(
      t.call('actions.update', { id: action.id, text: 'Send it' }),
      'not-found',
    );
    expect(edit.message).toBe('That action item no longer exists.');
    await expectCode(t.call('actions.remove', { id: action.id }), 'not-found');
    await expectCode(
      t.call('actions.add', { conversationId: id, text: 'Carried', carriedFrom: action.id }),
      'not-found',
    );
    expect(fingerprint(join(t.dataDir, 'ladder.db'))).toBe(before);
  });

  it('adding an action to a conversation that is gone is refused', async () => {
    const t = testStore();
    const before = fingerprint(join(t.dataDir, 'ladder.db'));
    await expectCode(
      t.call('actions.add', { conversationId: 'no-such-conversation', text: 'Call Dana' }),
      'not-found',
    );
    expect(fingerprint(join(t.dataDir, 'ladder.db'))).toBe(before);
  });

  it("another tab's save on an old version is refused, naming the action; this tab may save again", async () => {
    const t = testStore();
    const { action } = await withAction(t);
    await t.call('actions.update', {
      id: action.id,
      text: 'Brief v2',
      baseVersion: 1,
      session: 'A',
    });
    // The same page, a second part still holding version 1: its own write does not count against it.
    const again = await t.call('actions.update', {
      id: action.id,
      status: 'done',
      baseVersion: 1,
      session: 'A',
    });
    expect(again).toMatchObject({ text: 'Brief v2', status: 'done', version: 3 });
    const refused = await expectCode(
      t.call('actions.update', { id: action.id, text: 'Mine', baseVersion: 1, session: 'B' }),
      'conflict',
    );
    expect(refused.message).toMatch(/^This action was changed in another tab or window/);
  });

  it('editing or removing an action marks its conversation as changed, at that time', async () => {
    const t = testStore();
    const { id, action } = await withAction(t);
    const updatedAt = async () =>
      (await t.call('conversations.get', { id })).conversation.updatedAt;
    const start = await updatedAt();
    t.clock.advance(60_000);
    await t.call('actions.update', { id: action.id, owner: 'them' });
    expect(await updatedAt()).toBe(start + 60_000);
    t.clock.advance(60_000);
    await t.call('actions.remove', { id: action.id });
    expect(await updatedAt()).toBe(start + 120_000);
  });
});
