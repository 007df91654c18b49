// The rules around a follow-up's answer on a real store: what is refused (and said), what its saved
// turn shows, when its grade leaves the schedule alone, and whose saves count as a conflict when
// two tabs and out-of-order saves meet a follow-up and its undo.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { expectCode, testStore, type TestStore } from '../helpers';
import { NO_NUMBER, QUESTIONS, SETTINGS } from './twoQuestionSession';

/** A session whose questions each drew the no-number follow-up, the answers graded `grade`. */
async function sessionWithProbes(t: TestStore, grade: 'good' | 'hard' = 'good', count = 1) {
  const session = await t.call('rehearsal.start', { questionIds: QUESTIONS, settings: SETTINGS });
  for (let position = 0; position < count; position += 1) {
    await t.call('rehearsal.record', {
      sessionId: session.id,
      position,
      questionId: QUESTIONS[position]!,
      answer: NO_NUMBER,
      startedAt: t.clock.now(),
      endedAt: t.clock.now() + 20_000,
      timeMs: 20_000,
      timedOut: false,
      revealed: false,
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number',
      grade,
    });
  }
  return session;
}

function probeAt(sessionId: string, position = 0) {
  return {
    sessionId,
    position,
    answer: 'About 30 percent fewer failed releases.',
    startedAt: 1,
    endedAt: 8_001,
    timeMs: 8_000,
    timedOut: false,
    revealed: false,
  };
}

/** The question's card and review log, read on the side. */
function schedule(t: TestStore, questionId = QUESTIONS[0]!) {
  const db = new Database(t.store.dbPath, { readonly: true });
  try {
    return {
      card: db.prepare('SELECT * FROM practice_cards WHERE question_id = ?').all(questionId),
      log: db
        .prepare('SELECT * FROM practice_log WHERE question_id = ? ORDER BY seq')
        .all(questionId),
    };
  } finally {
    db.close();
  }
}

async function rejected(promise: Promise<unknown>, code: string, message: RegExp): Promise<void> {
  const error = await expectCode(promise, code);
  expect(error.message).toMatch(message);
}

describe("a follow-up's answer", () => {
  it('keeps whether the model answer was shown, as given each time', async () => {
    const t = testStore();
    const session = await sessionWithProbes(t);
    const shown = await t.call('rehearsal.recordProbe', { ...probeAt(session.id), revealed: true });
    expect(shown.revealed).toBe(true);
    const hidden = await t.call('rehearsal.recordProbe', {
      ...probeAt(session.id),
      revealed: false,
      baseVersion: shown.version,
    });
    expect(hidden.revealed).toBe(false);
    const got = await t.call('rehearsal.get', { id: session.id });
    expect(got.answers[0]?.probe?.revealed).toBe(false);
  });

  it("changes only its own follow-up: the session's other one and another session's stay as they were", async () => {
    const t = testStore();
    const session = await sessionWithProbes(t, 'good', 2);
    const other = await sessionWithProbes(t);
    await t.call('rehearsal.recordProbe', { ...probeAt(session.id, 1), grade: 'hard' });
    const untouched = { answer: '', timeMs: null, grade: null, version: 1 };
    const got = await t.call('rehearsal.get', { id: session.id });
    expect(got.answers[0]?.probe).toMatchObject(untouched);
    expect(got.answers[1]?.probe).toMatchObject({ grade: 'hard', version: 2 });
    const elsewhere = await t.call('rehearsal.get', { id: other.id });
    expect(elsewhere.answers[0]?.probe).toMatchObject(untouched);
  });

  it('is refused, saying why, for a rehearsal gone, ended, or a question that drew none', async () => {
    const t = testStore();
    const session = await sessionWithProbes(t);
    await rejected(
      t.call('rehearsal.recordProbe', probeAt('no-such-session')),
      'not-found',
      /no longer exists/,
    );
    await rejected(
      t.call('rehearsal.recordProbe', probeAt(session.id, 1)),
      'invalid-argument',
      /No follow-up was asked/,
    );
    await t.call('rehearsal.finish', { id: session.id });
    await rejected(t.call('rehearsal.recordProbe', probeAt(session.id)), 'conflict', /has ended/);
    const got = await t.call('rehearsal.get', { id: session.id });
    expect(got.answers[0]?.probe).toMatchObject({ answer: '', timeMs: null, version: 1 });
  });

  it("notices the journal entry the question's evidence links when the answer names it", async () => {
    const t = testStore();
    const conv = await t.call('conversations.create', { templateId: 'blank' });
    const conversationId = conv.conversation.id;
    const doc = await t.call('anticipated.add', {
      conversationId,
      question: 'What went well this quarter?',
    });
    const questionId = doc.questions[0]?.id ?? '';
    const entry = await t.call('journal.create', {
      kind: 'accomplishment',
      title: 'Release checklist',
    });
    await t.call('anticipated.linkEvidence', { questionId, entryId: entry.id });
    const session = await t.call('rehearsal.start', {
      conversationId,
      questionIds: [questionId],
      settings: SETTINGS,
    });
    await t.call('rehearsal.record', {
      sessionId: session.id,
      position: 0,
      questionId,
      answer: NO_NUMBER,
      startedAt: 1,
      endedAt: 20_001,
      timeMs: 20_000,
      timedOut: false,
      revealed: false,
      followUp: 'Can you put a number on that?',
      followUpReason: 'no-number',
    });
    const saved = await t.call('rehearsal.recordProbe', {
      ...probeAt(session.id),
      answer: 'The release checklist cut failed releases by 30 percent.',
    });
    expect(saved.feedback?.evidence.entries).toEqual(['Release checklist']);
  });
});

describe("a follow-up's grade and the schedule", () => {
  it('graded above its question leaves the schedule as the question left it, and its undo too, even after practice', async () => {
    const t = testStore();
    const session = await sessionWithProbes(t, 'hard');
    const questionAlone = schedule(t);
    t.clock.advance(30_000);
    const graded = await t.call('rehearsal.recordProbe', { ...probeAt(session.id), grade: 'easy' });
    expect(schedule(t)).toEqual(questionAlone);
    // Practised again since: the follow-up's grade never moved the schedule, so it can still be undone.
    await t.call('practice.grade', { questionId: QUESTIONS[0]!, grade: 'good' });
    const practised = schedule(t);
    const undone = await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      probe: true,
      baseVersion: graded.version,
    });
    expect(undone.probe?.grade).toBeNull();
    expect(schedule(t)).toEqual(practised);
  });

  it('an undo with nothing to undo writes nothing: another tab saves on from the same version', async () => {
    const t = testStore();
    const session = await sessionWithProbes(t);
    const answered = await t.call('rehearsal.recordProbe', {
      ...probeAt(session.id),
      session: 'A',
    });
    const same = await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      probe: true,
      baseVersion: answered.version,
      session: 'A',
    });
    expect(same.probe?.version).toBe(answered.version);
    const fromB = await t.call('rehearsal.recordProbe', {
      ...probeAt(session.id),
      grade: 'good',
      baseVersion: answered.version,
      session: 'B',
    });
    expect(fromB.grade).toBe('good');
  });

  it('an undo or a preview of a follow-up never asked says so', async () => {
    const t = testStore();
    const session = await sessionWithProbes(t);
    await rejected(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 1, probe: true }),
      'not-found',
      /No follow-up was asked/,
    );
    await rejected(
      t.call('rehearsal.probePreview', { sessionId: session.id, position: 1 }),
      'not-found',
      /No follow-up was asked/,
    );
  });

  it('an undo refused after practice names the grade it would have taken back', async () => {
    const t = testStore();
    const session = await sessionWithProbes(t);
    await t.call('rehearsal.recordProbe', { ...probeAt(session.id), grade: 'again' });
    await t.call('practice.grade', { questionId: QUESTIONS[0]!, grade: 'easy' });
    await rejected(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 0, probe: true }),
      'conflict',
      /practised again after this follow-up was graded again/,
    );
  });
});

describe("whose saves count against a follow-up's", () => {
  it("refuses another tab's stale save of a follow-up, naming it, even after that tab saved another", async () => {
    const t = testStore();
    const session = await sessionWithProbes(t, 'good', 2);
    // Tab A answers the first follow-up; tab B, still on version 1 of it, answers the second.
    await t.call('rehearsal.recordProbe', { ...probeAt(session.id, 0), session: 'A' });
    await t.call('rehearsal.recordProbe', { ...probeAt(session.id, 1), session: 'B' });
    await rejected(
      t.call('rehearsal.recordProbe', {
        ...probeAt(session.id, 0),
        answer: 'Tab B overwriting',
        baseVersion: 1,
        session: 'B',
      }),
      'conflict',
      /follow-up answer was changed in another tab/,
    );
    const got = await t.call('rehearsal.get', { id: session.id });
    expect(got.answers[0]?.probe?.answer).toBe(probeAt('').answer);
  });

  it("takes a page's own grade, undo and late save of a follow-up in any order; another page's undo is refused", async () => {
    const t = testStore();
    const session = await sessionWithProbes(t);
    const v1 = (await t.call('rehearsal.get', { id: session.id })).answers[0]?.probe?.version ?? 0;
    const graded = await t.call('rehearsal.recordProbe', {
      ...probeAt(session.id),
      grade: 'again',
      baseVersion: v1,
      session: 'A',
    });
    await rejected(
      t.call('rehearsal.ungrade', {
        sessionId: session.id,
        position: 0,
        probe: true,
        baseVersion: v1,
        session: 'B',
      }),
      'conflict',
      /follow-up answer was changed in another tab/,
    );
    // The undo sent from before the grade's answer came back: the grade was this page's own.
    const undone = await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      probe: true,
      baseVersion: v1,
      session: 'A',
    });
    expect(undone.probe?.grade).toBeNull();
    // A save the page sent as it hid, based on the version before its undo: still its own.
    const late = await t.call('rehearsal.recordProbe', {
      ...probeAt(session.id),
      answer: 'About a third fewer failed releases.',
      baseVersion: graded.version,
      session: 'A',
    });
    expect(late).toMatchObject({ answer: 'About a third fewer failed releases.', grade: null });
  });
});
