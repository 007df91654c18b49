// The journal entries linked to an anticipated question go with it into a rehearsal, in link order,
// so the review can show them and the analyser can spot an answer that cites them.
import { describe, expect, it } from 'vitest';
import { testStore } from '../helpers';

describe('evidence of anticipated questions in a rehearsal', () => {
  it('brings each question’s own linked entries, in the order they were linked', async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'blank' });
    const conversationId = conversation.id;
    const entry = async (title: string) =>
      (await t.call('journal.create', { kind: 'accomplishment', title, date: '2026-10-01' })).id;
    const checkout = await entry('Checkout migration');
    const latency = await entry('Latency cut');
    const hiring = await entry('Hiring loop');
    const add = async (question: string) =>
      (await t.call('anticipated.add', { conversationId, question })).questions.at(-1)?.id ?? '';
    const shipped = await add('What did you ship?');
    const bare = await add('Where do you want to be in two years?');
    const team = await add('How did you help the team?');
    await t.call('anticipated.linkEvidence', { questionId: shipped, entryId: latency });
    await t.call('anticipated.linkEvidence', { questionId: shipped, entryId: checkout });
    await t.call('anticipated.linkEvidence', { questionId: team, entryId: hiring });
    const plan = await t.call('rehearsal.plan', {
      mode: 'conversation',
      conversationId,
      settings: {
        count: 10,
        timeBoxSec: 60,
        order: 'script',
        followUps: true,
        voice: false,
        seed: 1,
      },
    });
    expect(plan.questions.map((q) => [q.anticipatedId, q.evidenceIds])).toEqual([
      [shipped, [latency, checkout]],
      [bare, []],
      [team, [hiring]],
    ]);
  });
});
