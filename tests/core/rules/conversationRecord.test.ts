// A conversation's record: trash and restore do not invalidate an open editor's version, and an edit
// of one of its parts (an action) marks it as changed without bumping the version.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectCode, fingerprint, testStore } from '../helpers';

describe('conversation record', () => {
  it('an editor opened before a trash and restore can still save on the version it read', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const { id, version } = doc.conversation;
    await t.call('conversations.trash', { id });
    await t.call('conversations.restore', { id });
    expect((await t.call('conversations.get', { id })).conversation.version).toBe(version);
    const saved = await t.call('conversations.save', {
      id,
      title: 'Still mine',
      baseVersion: version,
      session: 'tab-a',
    });
    expect(saved.conversation).toMatchObject({ title: 'Still mine', version: version + 1 });
  });

  it('adding an action marks the conversation as changed, at the current time, on the same version', async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
    const { id, version, updatedAt } = doc.conversation;
    t.clock.advance(60_000);
    await t.call('actions.add', { conversationId: id, text: 'Send the roadmap' });
    const after = (await t.call('conversations.get', { id })).conversation;
    expect(after.updatedAt).toBe(updatedAt + 60_000);
    expect(after.version).toBe(version);
  });
});

describe('practice of questions that do not exist or are hidden', () => {
  it('grading a question that does not exist is refused and writes nothing', async () => {
    const t = testStore();
    const before = fingerprint(join(t.dataDir, 'ladder.db'));
    await expectCode(
      t.call('practice.grade', { questionId: 'no-such-question', grade: 'good' }),
      'not-found',
    );
    expect(fingerprint(join(t.dataDir, 'ladder.db'))).toBe(before);
  });

  it('a hidden question is not offered for practice, even two days before its meeting', async () => {
    const t = testStore(undefined, undefined);
    const conv = await t.call('conversations.create', {
      templateId: 'blank',
      startsAt: '2026-11-22T10:00',
      timeZone: 'UTC',
    });
    await t.call('anticipated.add', {
      conversationId: conv.conversation.id,
      question: 'Goal?',
      questionBankId: 'grow-goal-01',
    });
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).toContain('grow-goal-01');
    await t.call('questions.hide', { id: 'grow-goal-01' });
    expect((await t.call('practice.due', {})).questions.map((q) => q.id)).not.toContain(
      'grow-goal-01',
    );
  });
});
