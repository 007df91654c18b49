// Agenda items and anticipated questions: what a user is told when an edit is refused, that the
// conversation shows as changed after each edit, and that one page's own saves never conflict.
import { describe, expect, it } from 'vitest';
import { body, expectCode, testStore, type TestStore } from '../helpers';

const MINUTE = 60_000;

async function blank(t: TestStore) {
  const doc = await t.call('conversations.create', { templateId: 'blank', personName: 'Dana' });
  return doc.conversation.id;
}

async function updatedAt(t: TestStore, id: string): Promise<number> {
  return (await t.call('conversations.get', { id })).conversation.updatedAt;
}

describe('agenda item and question edits', () => {
  it('marks the conversation as changed by every agenda edit and question edit', async () => {
    const t = testStore();
    const id = await blank(t);
    const win = await t.call('journal.create', { kind: 'accomplishment', title: 'Billing fix' });
    const step = async (what: string, run: () => Promise<unknown>) => {
      t.clock.advance(MINUTE);
      await run();
      expect([what, await updatedAt(t, id)]).toEqual([what, t.clock.now()]);
    };
    let itemId = '';
    await step('add item', async () => {
      const doc = await t.call('agenda.addItem', { conversationId: id, title: 'Goal' });
      itemId = doc.items[0]?.id ?? '';
    });
    await t.call('agenda.addItem', { conversationId: id, title: 'Reality' });
    await step('edit item', () => t.call('agenda.updateItem', { id: itemId, title: 'Goals' }));
    await step('move item', () => t.call('agenda.moveItem', { id: itemId, toIndex: 1 }));
    await step('link evidence', () => t.call('agenda.linkEvidence', { itemId, entryId: win.id }));
    await step('unlink evidence', () =>
      t.call('agenda.unlinkEvidence', { itemId, entryId: win.id }),
    );
    await step('remove item', () => t.call('agenda.removeItem', { id: itemId }));
    let questionId = '';
    await step('add question', async () => {
      const doc = await t.call('anticipated.add', { conversationId: id, question: 'Why now?' });
      questionId = doc.questions[0]?.id ?? '';
    });
    await step('edit question', () =>
      t.call('anticipated.update', { id: questionId, preparedAnswer: body('Because') }),
    );
    await t.call('anticipated.add', { conversationId: id, question: 'What next?' });
    await step('move question', () => t.call('anticipated.move', { id: questionId, toIndex: 1 }));
    await step('link question evidence', () =>
      t.call('anticipated.linkEvidence', { questionId, entryId: win.id }),
    );
    await step('unlink question evidence', () =>
      t.call('anticipated.unlinkEvidence', { questionId, entryId: win.id }),
    );
    await step('remove question', () => t.call('anticipated.remove', { id: questionId }));
  });

  it('an item or question added bare is empty: no title, no hints, no answer', async () => {
    const t = testStore();
    const id = await blank(t);
    const doc = await t.call('agenda.addItem', { conversationId: id });
    expect(doc.items.map((i) => [i.title, i.minutes, i.hints])).toEqual([['', 5, []]]);
    const withQ = await t.call('anticipated.add', { conversationId: id, question: 'Why?' });
    expect(withQ.questions.map((q) => [q.question, q.hint, q.preparedAnswer])).toEqual([
      ['Why?', '', ''],
    ]);
  });

  it('refuses edits of things that are gone, saying which', async () => {
    const t = testStore();
    const id = await blank(t);
    const missing = '00000000-0000-4000-8000-000000000000';
    const gone = async (run: Promise<unknown>, message: string) =>
      expect((await expectCode(run, 'not-found')).message).toBe(message);
    await gone(
      t.call('agenda.addItem', { conversationId: missing, title: 'x' }),
      'That conversation no longer exists.',
    );
    await gone(
      t.call('anticipated.add', { conversationId: missing, question: 'x' }),
      'That conversation no longer exists.',
    );
    await gone(
      t.call('agenda.updateItem', { id: missing, title: 'x' }),
      'That agenda item no longer exists.',
    );
    await gone(
      t.call('anticipated.update', { id: missing, question: 'x' }),
      'That question no longer exists.',
    );
    const doc = await t.call('agenda.addItem', { conversationId: id, title: 'Goal' });
    const withQ = await t.call('anticipated.add', { conversationId: id, question: 'Why?' });
    const entry = await t.call('journal.create', { kind: 'accomplishment', title: 'Old win' });
    await t.call('journal.trash', { id: entry.id });
    await gone(
      t.call('agenda.linkEvidence', { itemId: doc.items[0]?.id ?? '', entryId: entry.id }),
      'That journal entry no longer exists.',
    );
    await gone(
      t.call('anticipated.linkEvidence', {
        questionId: withQ.questions[0]?.id ?? '',
        entryId: entry.id,
      }),
      'That journal entry no longer exists.',
    );
    const after = await t.call('conversations.get', { id });
    expect(after.items.map((i) => i.evidence.length)).toEqual([0]);
    expect(after.questions.map((q) => q.evidence.length)).toEqual([0]);
    // Nothing was added anywhere by the refused adds.
    expect(after.items).toHaveLength(1);
    expect(after.questions).toHaveLength(1);
  });

  it("lets a page save twice from the same base (its own version), refuses another page's, naming the thing", async () => {
    const t = testStore();
    const id = await blank(t);
    const doc = await t.call('agenda.addItem', { conversationId: id, title: 'Goal' });
    const itemId = doc.items[0]?.id ?? '';
    const withQ = await t.call('anticipated.add', { conversationId: id, question: 'Why?' });
    const qId = withQ.questions[0]?.id ?? '';
    for (const title of ['One', 'Two'])
      await t.call('agenda.updateItem', { id: itemId, title, baseVersion: 1, session: 'A' });
    for (const question of ['One?', 'Two?'])
      await t.call('anticipated.update', { id: qId, question, baseVersion: 1, session: 'A' });
    const after = await t.call('conversations.get', { id });
    expect([after.items[0]?.title, after.questions[0]?.question]).toEqual(['Two', 'Two?']);
    const item = await expectCode(
      t.call('agenda.updateItem', { id: itemId, title: 'B', baseVersion: 1, session: 'B' }),
      'conflict',
    );
    expect(item.message).toMatch(/^This agenda item was changed in another tab/);
    const q = await expectCode(
      t.call('anticipated.update', { id: qId, question: 'B?', baseVersion: 1, session: 'B' }),
      'conflict',
    );
    expect(q.message).toMatch(/^This question was changed in another tab/);
  });

  it('links and unlinks evidence together with marking the conversation changed, or not at all', async () => {
    const t = testStore();
    const id = await blank(t);
    const win = await t.call('journal.create', { kind: 'accomplishment', title: 'Billing fix' });
    const item = (await t.call('agenda.addItem', { conversationId: id, title: 'Goal' })).items[0]!;
    const question = (await t.call('anticipated.add', { conversationId: id, question: 'Why?' }))
      .questions[0]!;
    const links = () =>
      t.store.db
        .prepare(
          'SELECT (SELECT COUNT(*) FROM agenda_evidence) + (SELECT COUNT(*) FROM question_evidence) AS n',
        )
        .get() as { n: number };
    const refuseTouches = () =>
      t.store.db.exec(
        "CREATE TRIGGER refuse_touch BEFORE UPDATE ON conversations BEGIN SELECT RAISE(ABORT, 'disk gave way'); END",
      );
    const allowTouches = () => t.store.db.exec('DROP TRIGGER refuse_touch');

    refuseTouches();
    await expect(
      t.call('agenda.linkEvidence', { itemId: item.id, entryId: win.id }),
    ).rejects.toThrow();
    await expect(
      t.call('anticipated.linkEvidence', { questionId: question.id, entryId: win.id }),
    ).rejects.toThrow();
    expect(links().n).toBe(0);

    allowTouches();
    await t.call('agenda.linkEvidence', { itemId: item.id, entryId: win.id });
    await t.call('anticipated.linkEvidence', { questionId: question.id, entryId: win.id });
    refuseTouches();
    await expect(
      t.call('agenda.unlinkEvidence', { itemId: item.id, entryId: win.id }),
    ).rejects.toThrow();
    await expect(
      t.call('anticipated.unlinkEvidence', { questionId: question.id, entryId: win.id }),
    ).rejects.toThrow();
    expect(links().n).toBe(2);
  });
});
