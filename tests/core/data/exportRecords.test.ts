// The export's records hold what the user stored, value for value: a round trip alone would not see
// a field exported wrong the same way twice (every flag read as true, a date dropped, "none" read as
// zero), so these check the exported values themselves.
import { describe, expect, it } from 'vitest';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { testStore, type TestStore } from '../helpers';
import { exportDoc } from './dataHelpers';

const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 60,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 3,
};
const QUESTION = 'grow-reality-01';

/** A session whose first answer drew a follow-up (an answer with no figure in it). */
async function sessionWithProbe(t: TestStore): Promise<string> {
  const session = await t.call('rehearsal.start', {
    questionIds: [QUESTION, 'grow-goal-01'],
    settings: SETTINGS,
  });
  const now = t.clock.now();
  await t.call('rehearsal.record', {
    sessionId: session.id,
    position: 0,
    questionId: QUESTION,
    answer: 'For example, last quarter I rebuilt the release checklist with the support team.',
    startedAt: now,
    endedAt: now + 20_000,
    timeMs: 20_000,
    timedOut: false,
    revealed: false,
    followUp: 'Can you put a number on that?',
    followUpReason: 'no-number',
  });
  return session.id;
}

describe('the exported records', () => {
  it("keep goals' flags and target dates, and entries' tags in order or none", async () => {
    const t = testStore();
    await t.call('goals.save', {
      horizon: 'long',
      text: 'Principal engineer',
      targetDate: '2028-01-01',
      done: false,
    });
    await t.call('goals.save', { horizon: 'short', text: 'Ship', targetDate: null, done: true });
    await t.call('journal.create', { kind: 'lesson', title: 'Tagged', tags: ['zeta', 'alpha'] });
    await t.call('journal.create', { kind: 'lesson', title: 'Untagged' });
    const { doc } = await exportDoc(t);
    expect(doc.goals.map((g) => [g.text, g.targetDate, g.done])).toEqual([
      ['Principal engineer', '2028-01-01', false],
      ['Ship', null, true],
    ]);
    expect(doc.entries.map((e) => [e.title, e.tags])).toEqual([
      ['Tagged', ['zeta', 'alpha']],
      ['Untagged', []],
    ]);
  });

  it("keep a built-in question's own follow-ups and tip, and what is not changed as none", async () => {
    const t = testStore();
    await t.call('questions.update', {
      id: QUESTION,
      tip: 'Start from the result.',
      probes: ['What did it change?'],
    });
    await t.call('questions.update', { id: 'grow-goal-01', tip: 'Say the date.' });
    const { doc } = await exportDoc(t);
    expect(
      doc.questions.overlays.map((o) => [o.questionId, o.tip, o.probes, o.text, o.hidden]),
    ).toEqual([
      ['grow-goal-01', 'Say the date.', null, null, false],
      [QUESTION, 'Start from the result.', ['What did it change?'], null, false],
    ]);
  });

  it('keep a follow-up not yet answered without times or feedback, and an answered one with them', async () => {
    const t = testStore();
    const waiting = await sessionWithProbe(t);
    const answered = await sessionWithProbe(t);
    const now = t.clock.now();
    await t.call('rehearsal.recordProbe', {
      sessionId: answered,
      position: 0,
      answer: 'About 30 percent fewer failed releases.',
      startedAt: now,
      endedAt: now + 8_000,
      timeMs: 8_000,
      timedOut: false,
      revealed: true,
      grade: 'good',
    });
    const { doc } = await exportDoc(t);
    const probeOf = (id: string) => doc.rehearsals.find((r) => r.id === id)?.probes?.[0];
    expect(probeOf(waiting)).toMatchObject({
      answer: '',
      startedAt: null,
      endedAt: null,
      timeMs: null,
      timedOut: false,
      revealed: false,
      grade: null,
      feedback: null,
    });
    expect(probeOf(answered)).toMatchObject({
      answer: 'About 30 percent fewer failed releases.',
      startedAt: now,
      endedAt: now + 8_000,
      timeMs: 8_000,
      timedOut: false,
      revealed: true,
      grade: 'good',
      feedback: expect.objectContaining({ notes: expect.any(Array) }),
    });
    const firstAnswer = doc.rehearsals.find((r) => r.id === answered)?.answers[0];
    expect([firstAnswer?.timedOut, firstAnswer?.revealed]).toEqual([false, false]);
  });
});
