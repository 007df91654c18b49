// A rehearsal session's rules on a real store: what a save, an undo, a finish, a leave, a resume and
// a delete refuse (and say), what they keep, and when a regrade may still move the schedule.
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../src-main/shared/questions/questionBank';
import { expectCode, testStore, type TestStore } from '../helpers';
import { NO_NUMBER, QUESTIONS, SETTINGS } from './twoQuestionSession';

const start = (t: TestStore) =>
  t.call('rehearsal.start', { questionIds: QUESTIONS, settings: SETTINGS });

function answerAt(sessionId: string, position: number, grade?: Grade) {
  return {
    sessionId,
    position,
    questionId: QUESTIONS[position]!,
    answer: NO_NUMBER,
    startedAt: 1,
    endedAt: 20_001,
    timeMs: 20_000,
    timedOut: false,
    revealed: false,
    ...(grade ? { grade } : {}),
  };
}

async function rejected(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await expectCode(promise, code);
  expect(error.message).toMatch(message);
}

const dueOf = async (t: TestStore, id = QUESTIONS[0]!) =>
  (await t.call('questions.get', { id })).due;

describe('saving an answer', () => {
  it('keeps whether the model answer was shown, as given each time', async () => {
    const t = testStore();
    const session = await start(t);
    const shown = await t.call('rehearsal.record', { ...answerAt(session.id, 0), revealed: true });
    expect(shown.revealed).toBe(true);
    const hidden = await t.call('rehearsal.record', {
      ...answerAt(session.id, 0),
      baseVersion: shown.version,
    });
    expect(hidden.revealed).toBe(false);
  });

  it('is refused, saying why, for a rehearsal gone, ended, or a question not at that place', async () => {
    const t = testStore();
    const session = await start(t);
    await rejected(t.call('rehearsal.get', { id: 'gone' }), 'not-found', /no longer exists/);
    await rejected(
      t.call('rehearsal.record', { ...answerAt(session.id, 0), questionId: QUESTIONS[1]! }),
      'invalid-argument',
      /not at this place/,
    );
    await t.call('rehearsal.finish', { id: session.id });
    await rejected(t.call('rehearsal.record', answerAt(session.id, 0)), 'conflict', /has ended/);
    await rejected(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 0 }),
      'conflict',
      /has ended; its grades/,
    );
    expect((await t.call('rehearsal.get', { id: session.id })).answers).toEqual([]);
  });

  it('a save carrying the follow-up it drew keeps that follow-up waiting', async () => {
    const t = testStore();
    const session = await start(t);
    const ended = await t.call('rehearsal.record', {
      ...answerAt(session.id, 0),
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number',
    });
    const graded = await t.call('rehearsal.record', {
      ...answerAt(session.id, 0, 'good'),
      followUp: 'Can you put a number on that?',
      baseVersion: ended.version,
    });
    expect(graded.probe).toMatchObject({ text: 'Can you put a number on that?', answer: '' });
  });
});

describe('regrading an answer', () => {
  it('after practice since, still takes a grade that leaves the pair at the same grade', async () => {
    const t = testStore();
    const session = await start(t);
    const first = await t.call('rehearsal.record', {
      ...answerAt(session.id, 0, 'good'),
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number',
    });
    await t.call('rehearsal.recordProbe', {
      sessionId: session.id,
      position: 0,
      answer: 'Some.',
      startedAt: 1,
      endedAt: 2,
      timeMs: 1,
      timedOut: false,
      revealed: false,
      grade: 'hard',
    });
    await t.call('practice.grade', { questionId: QUESTIONS[0]!, grade: 'easy' });
    const due = await dueOf(t);
    // Good to Easy: the pair's grade is still the follow-up's Hard, so nothing to move.
    const regraded = await t.call('rehearsal.record', {
      ...answerAt(session.id, 0, 'easy'),
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number',
      baseVersion: first.version,
    });
    expect(regraded.grade).toBe('easy');
    expect(await dueOf(t)).toBe(due);
    // Hard would move it, and the review it would replace is no longer the latest.
    await rejected(
      t.call('rehearsal.record', {
        ...answerAt(session.id, 0, 'again'),
        baseVersion: regraded.version,
      }),
      'conflict',
      /practised again after this answer was graded easy/,
    );
  });

  it('regrades again and again while other questions are practised in between', async () => {
    const t = testStore();
    const session = await start(t);
    let saved = await t.call('rehearsal.record', answerAt(session.id, 0, 'good'));
    await t.call('rehearsal.record', answerAt(session.id, 1, 'good'));
    for (const grade of ['hard', 'easy', 'again'] as const) {
      saved = await t.call('rehearsal.record', {
        ...answerAt(session.id, 0, grade),
        baseVersion: saved.version,
      });
      await t.call('practice.grade', { questionId: QUESTIONS[1]!, grade: 'good' });
      expect((await t.call('questions.get', { id: QUESTIONS[0]! })).lastGrade).toBe(grade);
    }
  });
});

describe('undoing a grade', () => {
  it('refused after practice since, naming the grade; refused for an answer not saved', async () => {
    const t = testStore();
    const session = await start(t);
    await t.call('rehearsal.record', answerAt(session.id, 0, 'hard'));
    await t.call('practice.grade', { questionId: QUESTIONS[0]!, grade: 'easy' });
    await rejected(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 0 }),
      'conflict',
      /practised again after this answer was graded hard/,
    );
    await rejected(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 1 }),
      'not-found',
      /That answer no longer exists/,
    );
  });

  it("takes a page's own undo and late save in any order; another page's stale undo is refused", async () => {
    const t = testStore();
    const session = await start(t);
    const ungraded = await t.call('rehearsal.record', { ...answerAt(session.id, 0), session: 'A' });
    const graded = await t.call('rehearsal.record', {
      ...answerAt(session.id, 0, 'good'),
      baseVersion: ungraded.version,
      session: 'A',
    });
    await rejected(
      t.call('rehearsal.ungrade', {
        sessionId: session.id,
        position: 0,
        baseVersion: ungraded.version,
        session: 'B',
      }),
      'conflict',
      /This answer was changed in another tab/,
    );
    const undone = await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      baseVersion: graded.version,
      session: 'A',
    });
    expect(undone.grade).toBeNull();
    // The text the page saved as it hid, sent from the version before its undo: still its own.
    const late = await t.call('rehearsal.record', {
      ...answerAt(session.id, 0),
      answer: `${NO_NUMBER} Twice.`,
      baseVersion: graded.version,
      session: 'A',
    });
    expect(late).toMatchObject({ answer: `${NO_NUMBER} Twice.`, grade: null });
  });
});

describe('finishing, leaving, resuming and deleting', () => {
  it('leaves a finished or left session as it ended', async () => {
    const t = testStore();
    const session = await start(t);
    const left = await t.call('rehearsal.leave', { id: session.id });
    t.clock.advance(60_000);
    expect(await t.call('rehearsal.leave', { id: session.id })).toMatchObject({
      status: 'left',
      endedAt: left.endedAt,
    });
    t.clock.advance(60_000);
    const finished = await t.call('rehearsal.finish', { id: session.id });
    expect(finished).toMatchObject({ status: 'finished', endedAt: t.clock.now() });
    t.clock.advance(60_000);
    expect(await t.call('rehearsal.finish', { id: session.id })).toMatchObject({
      status: 'finished',
      endedAt: finished.endedAt,
    });
    expect(await t.call('rehearsal.leave', { id: session.id })).toMatchObject({
      status: 'finished',
      endedAt: finished.endedAt,
    });
    await rejected(
      t.call('rehearsal.resume', { id: session.id }),
      'conflict',
      /was finished; start a new one/,
    );
  });

  it('refuses to delete a session that is not there', async () => {
    const t = testStore();
    await rejected(t.call('rehearsal.delete', { id: 'gone' }), 'not-found', /no longer exists/);
  });

  it("begins a conversation's rehearsal as that conversation's, and reads it after a question is removed", async () => {
    const t = testStore();
    const conv = await t.call('conversations.create', { templateId: 'blank' });
    const conversationId = conv.conversation.id;
    await t.call('anticipated.add', { conversationId, question: 'What went well?' });
    const doc = await t.call('anticipated.add', { conversationId, question: 'What is next?' });
    const begun = await t.call('rehearsal.begin', {
      mode: 'conversation',
      conversationId,
      settings: SETTINGS,
    });
    expect(begun.session).toMatchObject({ conversationId, mode: 'conversation' });
    expect(await t.call('rehearsal.history', { conversationId })).toHaveLength(1);
    await t.call('anticipated.remove', { id: doc.questions[0]?.id ?? '' });
    const got = await t.call('rehearsal.get', { id: begun.session?.id ?? '' });
    expect(got.questions.map((q) => q.text)).toEqual(['What is next?']);
  });
});
