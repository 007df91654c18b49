// Which questions a rehearsal plans, on a real store: a conversation's script as it shows in the
// rehearsal (text, follow-ups, tip, evidence), its questions before the template's whatever their
// step, bank slices in step order and by framework, Surprise Me's hard half, a due conversation
// question with its prepared answer, and each empty plan or refusal saying why.
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_TEMPLATES } from '../../../src-main/core/conversations/templates';
import { BUILT_IN_QUESTIONS } from '../../../src-main/core/questions/questionBank';
import { FRAMEWORK_STEPS } from '../../../src-main/shared/questions/questionBank';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { body, expectCode, testStore, type TestStore } from '../helpers';

const SETTINGS: RehearsalSettings = {
  count: 20,
  timeBoxSec: 60,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 3,
};
const DAY = 86_400_000;

function rawSql(t: TestStore, sql: string, ...params: unknown[]): void {
  const db = new Database(join(t.dataDir, 'ladder.db'));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

async function rejected(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await expectCode(promise, code);
  expect(error.message).toMatch(message);
}

/** Each question's place in its framework's steps. */
function stepsOf(ids: string[], framework: keyof typeof FRAMEWORK_STEPS): number[] {
  const steps = FRAMEWORK_STEPS[framework] as readonly string[];
  return ids.map((id) => steps.indexOf(BUILT_IN_QUESTIONS.find((q) => q.id === id)?.step ?? ''));
}

const planOf = (t: TestStore, conversationId: string, settings = SETTINGS) =>
  t.call('rehearsal.plan', { mode: 'conversation', conversationId, settings });

describe("a conversation's script in a rehearsal", () => {
  it('shows each question with its own tip, follow-ups and evidence, or plainly none', async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'blank' });
    const conversationId = conversation.id;
    const [bankQ, otherQ] = BUILT_IN_QUESTIONS.filter(
      (q) => q.tip && q.probes.length > 0 && q.direction === 'manager-asks',
    );
    if (!bankQ || !otherQ) throw new Error('no bank questions with tips');
    await t.call('anticipated.add', { conversationId, question: 'What did you ship?' });
    await t.call('anticipated.add', {
      conversationId,
      question: 'Where is the project going?',
      hint: 'Start from the launch date',
    });
    await t.call('anticipated.add', {
      conversationId,
      question: bankQ.text,
      questionBankId: bankQ.id,
      hint: 'My own angle',
    });
    await t.call('anticipated.add', {
      conversationId,
      question: otherQ.text,
      questionBankId: otherQ.id,
    });
    const plan = await planOf(t, conversationId);
    const shown = plan.questions.map((q) => ({
      text: q.text,
      tip: q.tip,
      probes: q.probes,
      evidence: q.evidenceIds,
    }));
    expect(shown).toEqual([
      { text: 'What did you ship?', tip: '', probes: [], evidence: [] },
      {
        text: 'Where is the project going?',
        tip: 'Start from the launch date',
        probes: [],
        evidence: [],
      },
      { text: bankQ.text, tip: 'My own angle', probes: bankQ.probes, evidence: [] },
      { text: otherQ.text, tip: otherQ.tip, probes: otherQ.probes, evidence: [] },
    ]);
  });

  it('asks a bank question written twice once, as the first one has it: its tip and prepared answer', async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'blank' });
    const conversationId = conversation.id;
    const bankQ = BUILT_IN_QUESTIONS.find((q) => q.direction === 'manager-asks')!;
    await t.call('anticipated.add', {
      conversationId,
      question: bankQ.text,
      questionBankId: bankQ.id,
      hint: 'First angle',
    });
    await t.call('anticipated.add', { conversationId, question: 'What did you ship?' });
    await t.call('anticipated.add', {
      conversationId,
      question: bankQ.text,
      questionBankId: bankQ.id,
      hint: 'Second angle',
    });
    const [first, , second] = (await t.call('conversations.get', { id: conversationId })).questions;
    await t.call('anticipated.update', {
      id: first!.id,
      preparedAnswer: body('Lead with the launch.'),
    });
    await t.call('anticipated.update', {
      id: second!.id,
      preparedAnswer: body('Lead with the hiring.'),
    });
    const plan = await planOf(t, conversationId);
    expect(
      plan.questions.map((q) => ({ text: q.text, tip: q.tip, answer: q.preparedAnswer })),
    ).toEqual([
      { text: bankQ.text, tip: 'First angle', answer: 'Lead with the launch.' },
      { text: 'What did you ship?', tip: '', answer: '' },
    ]);
  });

  it('leaves out questions without text, and finds a template question by its words whatever spaces surround them', async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'blank' });
    const conversationId = conversation.id;
    const templateQ = BUILT_IN_TEMPLATES.flatMap((x) => x.questions).find((q) => q.probes?.length)!;
    const doc = await t.call('anticipated.add', { conversationId, question: 'placeholder' });
    await t.call('anticipated.add', { conversationId, question: 'another' });
    const [blank, spaced] = (await t.call('conversations.get', { id: conversationId })).questions;
    // Rows as an older version or an import may have left them.
    rawSql(t, "UPDATE anticipated_questions SET question = '   ' WHERE id = ?", blank?.id);
    rawSql(
      t,
      'UPDATE anticipated_questions SET question = ? WHERE id = ?',
      ` ${templateQ.question}  `,
      spaced?.id,
    );
    expect(doc.questions).toHaveLength(1);
    const plan = await planOf(t, conversationId);
    expect(plan.questions.map((q) => q.anticipatedId)).toEqual([spaced?.id]);
    expect(plan.questions[0]?.probes).toEqual(templateQ.probes);
  });

  it("asks the conversation's own questions before the template's, even one from a later step", async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'grow' });
    const conversationId = conversation.id;
    // Only a bank question of the 'will' step stays in the script.
    for (const q of (await t.call('conversations.get', { id: conversationId })).questions)
      await t.call('anticipated.remove', { id: q.id });
    const will = BUILT_IN_QUESTIONS.find((q) => q.id === 'grow-will-01')!;
    await t.call('anticipated.add', {
      conversationId,
      question: will.text,
      questionBankId: will.id,
    });
    const plan = await planOf(t, conversationId, { ...SETTINGS, count: 3 });
    expect(plan.questions.map((q) => q.id)).toEqual([
      'grow-will-01',
      'grow-goal-01',
      'grow-goal-02',
    ]);
  });

  it('says who would ask when a conversation has nothing to rehearse, and refuses a plan without one', async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'blank' });
    const plan = await planOf(t, conversation.id);
    expect(plan.empty?.message).toMatch(/no questions your manager would ask yet/);
    await rejected(
      t.call('rehearsal.plan', { mode: 'conversation', settings: SETTINGS }),
      'invalid-argument',
      /Choose a conversation/,
    );
  });
});

describe('a plan from the bank', () => {
  it("keeps a framework's questions only, in the order of its steps, none with evidence", async () => {
    const t = testStore();
    const byId = new Map(BUILT_IN_QUESTIONS.map((q) => [q.id, q]));
    // The bank file lists this framework's steps out of order: the plan sorts them.
    const framework = 'current-future-plan';
    const plan = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { framework },
      settings: { ...SETTINGS, count: 100 },
    });
    expect(plan.questions.every((q) => byId.get(q.id)?.framework === framework)).toBe(true);
    const stepOrder = stepsOf(
      plan.questions.map((q) => q.id),
      framework,
    );
    expect(new Set(stepOrder).size).toBe(FRAMEWORK_STEPS[framework].length);
    expect(stepOrder).toEqual([...stepOrder].sort((x, y) => x - y));
    expect(plan.questions.every((q) => q.evidenceIds.length === 0)).toBe(true);
  });

  it("asks a template's bank questions after the conversation's, in the order of their steps", async () => {
    const t = testStore();
    const framework = 'current-future-plan';
    const { conversation } = await t.call('conversations.create', { templateId: framework });
    const plan = await planOf(t, conversation.id, { ...SETTINGS, count: 100 });
    const fromBank = plan.questions.filter((q) => q.anticipatedId === null).map((q) => q.id);
    const stepOrder = stepsOf(fromBank, framework);
    expect(new Set(stepOrder).size).toBeGreaterThan(1);
    expect(stepOrder).toEqual([...stepOrder].sort((x, y) => x - y));
  });

  it('Surprise Me asks at least half hard questions, the hard framework counted as hard', async () => {
    const t = testStore();
    // Without the difficulty-3 questions, only the framework makes a question hard; and many
    // plain questions of one's own to draw the rest from.
    for (const q of BUILT_IN_QUESTIONS.filter((x) => x.difficulty === 3))
      await t.call('questions.hide', { id: q.id });
    for (let i = 0; i < 40; i += 1)
      await t.call('questions.create', {
        text: `What should we change first, part ${i}?`,
        direction: 'employee-asks',
        difficulty: 1,
      });
    const hardFramework = new Set(
      BUILT_IN_QUESTIONS.filter((q) => q.framework === 'hard-questions').map((q) => q.id),
    );
    for (let seed = 1; seed <= 8; seed += 1) {
      const plan = await t.call('rehearsal.plan', {
        mode: 'surprise',
        settings: { ...SETTINGS, count: 4, seed, role: 'manager' },
      });
      expect(plan.questions).toHaveLength(4);
      expect(
        plan.questions.filter((q) => hardFramework.has(q.id)).length,
        `seed ${seed}`,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('says why a slice or the due list is empty, and refuses a question no longer there', async () => {
    const t = testStore();
    const none = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { tag: 'nothing' },
      settings: SETTINGS,
    });
    expect(none.empty?.message).toMatch(/No question in the bank matches/);
    const due = await t.call('rehearsal.plan', { mode: 'due', settings: SETTINGS });
    expect(due.empty?.message).toMatch(/No question is due for practice now/);
    await rejected(
      t.call('rehearsal.start', { questionIds: ['no-such-question'], settings: SETTINGS }),
      'not-found',
      /no longer in the bank/,
    );
  });
});

describe('a due rehearsal', () => {
  it("brings a conversation's own question back with its prepared answer", async () => {
    const t = testStore();
    const { conversation } = await t.call('conversations.create', { templateId: 'blank' });
    const doc = await t.call('anticipated.add', {
      conversationId: conversation.id,
      question: 'What did you ship?',
      preparedAnswer: body('The release checklist.'),
    });
    const questionId = doc.questions[0]?.id ?? '';
    const session = await t.call('rehearsal.start', {
      conversationId: conversation.id,
      questionIds: [questionId],
      settings: SETTINGS,
    });
    await t.call('rehearsal.record', {
      sessionId: session.id,
      position: 0,
      questionId,
      answer: 'Something.',
      startedAt: 1,
      endedAt: 2,
      timeMs: 1,
      timedOut: false,
      revealed: false,
      grade: 'again',
    });
    t.clock.advance(2 * DAY);
    const plan = await t.call('rehearsal.plan', { mode: 'due', settings: SETTINGS });
    expect(plan.questions.map((q) => [q.id, q.preparedAnswer])).toEqual([
      [questionId, 'The release checklist.'],
    ]);
  });

  it('in script order asks the due questions by their steps, not by which came due first', async () => {
    const t = testStore();
    await t.call('practice.grade', { questionId: 'grow-will-01', grade: 'again' });
    t.clock.advance(60_000);
    await t.call('practice.grade', { questionId: 'grow-goal-01', grade: 'again' });
    t.clock.advance(2 * DAY);
    const plan = await t.call('rehearsal.plan', { mode: 'due', settings: SETTINGS });
    expect(plan.questions.map((q) => q.id)).toEqual(['grow-goal-01', 'grow-will-01']);
  });
});
