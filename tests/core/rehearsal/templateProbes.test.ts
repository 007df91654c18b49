// Template questions get follow-ups too: every built-in template question has at least one, and a
// conversation made from a template rehearses its questions with them.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src-main/core/conversations/templates';
import { testStore } from '../helpers';

describe('template probes', () => {
  it('gives every built-in template question at least one follow-up', () => {
    const questions = BUILT_IN_TEMPLATES.flatMap((t) => t.questions);
    expect(questions.length).toBeGreaterThan(10);
    for (const q of questions) expect(q.probes?.length ?? 0, q.question).toBeGreaterThan(0);
  });

  it("rehearses a conversation's template questions with the template's follow-ups", async () => {
    const t = testStore();
    const doc = await t.call('conversations.create', { templateId: 'grow', personName: 'Dana' });
    const template = BUILT_IN_TEMPLATES.find((x) => x.id === 'grow')!;
    const plan = await t.call('rehearsal.plan', {
      mode: 'conversation',
      conversationId: doc.conversation.id,
      settings: {
        count: 20,
        timeBoxSec: 60,
        order: 'script',
        followUps: true,
        voice: false,
        seed: 1,
      },
    });
    const fromTemplate = plan.questions.filter((q) => q.anticipatedId !== null);
    expect(fromTemplate.map((q) => q.text)).toEqual(template.questions.map((q) => q.question));
    for (const q of fromTemplate)
      expect(q.probes).toEqual(template.questions.find((x) => x.question === q.text)?.probes);
  });
});
