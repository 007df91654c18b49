// Undo and grade intervals when a question drew a follow-up, on a real store: the follow-up's
// buttons show the question's interval as the pair would schedule it, undoing the follow-up's grade
// puts the question's review back to its own grade exactly, and undoing the question's grade puts
// the card back exactly as it was before either.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { GRADES, type Grade } from '../../../src-main/shared/questions/questionBank';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { combinedGrade } from '../../../src-main/shared/rehearsal/probeTurns';
import { expectCode, testStore, type TestStore } from '../helpers';

const QUESTION = 'grow-reality-01';
const DAY = 86_400_000;
const SETTINGS: RehearsalSettings = {
  count: 1,
  timeBoxSec: 60,
  order: 'script',
  followUps: true,
  voice: false,
  seed: 3,
};

/** Every row that holds the question's practice state and the two grades, read on the side. */
function stateOf(t: TestStore, sessionId: string) {
  const db = new Database(t.store.dbPath, { readonly: true });
  try {
    return {
      card: db.prepare('SELECT * FROM practice_cards WHERE question_id = ?').all(QUESTION),
      log: db
        .prepare('SELECT * FROM practice_log WHERE question_id = ? ORDER BY seq')
        .all(QUESTION),
      answer: db
        .prepare('SELECT grade FROM rehearsal_answers WHERE session_id = ? AND position = 0')
        .get(sessionId),
      probe: db
        .prepare('SELECT grade FROM rehearsal_probes WHERE session_id = ? AND position = 0')
        .get(sessionId),
    };
  } finally {
    db.close();
  }
}

/** The practice state without the session's own rows, to compare with a store that had no probe. */
const scheduleOf = (t: TestStore, sessionId: string) => {
  const { card, log } = stateOf(t, sessionId);
  return { card, log };
};

async function reviewedStore(): Promise<TestStore> {
  const t = testStore();
  const first = await t.call('practice.grade', { questionId: QUESTION, grade: 'good' });
  t.clock.advance(first.due - t.clock.now() + 2 * DAY);
  return t;
}

/** The question answered (drawing the no-number follow-up), then the follow-up answered. */
async function withProbe(t: TestStore) {
  const session = await t.call('rehearsal.start', { questionIds: [QUESTION], settings: SETTINGS });
  const answer = {
    sessionId: session.id,
    position: 0,
    questionId: QUESTION,
    answer: 'For example, last quarter I rebuilt the release checklist with the support team.',
    startedAt: t.clock.now(),
    endedAt: t.clock.now() + 20_000,
    timeMs: 20_000,
    timedOut: false,
    revealed: false,
    followUp: 'Can you put a number on that?',
    followUpReason: 'no-number' as const,
  };
  const saved = await t.call('rehearsal.record', answer);
  const probe = {
    sessionId: session.id,
    position: 0,
    answer: 'About 30 percent fewer failed releases.',
    startedAt: t.clock.now(),
    endedAt: t.clock.now() + 8_000,
    timeMs: 8_000,
    timedOut: false,
    revealed: false,
  };
  return { session, answer, saved, probe };
}

async function dueNow(t: TestStore): Promise<number> {
  return ((await t.call('questions.get', { id: QUESTION })).due ?? Number.NaN) - t.clock.now();
}

describe.each([
  ['a new card', () => Promise.resolve(testStore())],
  ['a reviewed card', reviewedStore],
])('a question with a follow-up, on %s', (_name, makeStore) => {
  it("shows on each follow-up button the question's interval the pair then schedules", async () => {
    for (const q of ['hard', 'easy'] as Grade[]) {
      for (const g of GRADES) {
        const t = await makeStore();
        const { session, answer, saved, probe } = await withProbe(t);
        await t.call('rehearsal.record', { ...answer, grade: q, baseVersion: saved.version });
        t.clock.advance(30_000); // the follow-up is asked and answered
        const preview = await t.call('rehearsal.probePreview', {
          sessionId: session.id,
          position: 0,
        });
        await t.call('rehearsal.recordProbe', { ...probe, grade: g });
        expect(await dueNow(t), `${q} then ${g}`).toBe(preview.intervals[g]);
        // A follow-up graded above its question cannot move the schedule past the question's grade.
        if (combinedGrade(q, g) === q) expect(preview.intervals[g]).toBe(preview.intervals[q]);
      }
    }
  });

  it("undoing the follow-up's grade puts the schedule back to the question's grade alone", async () => {
    const t = await makeStore();
    const { session, answer, saved, probe } = await withProbe(t);
    await t.call('rehearsal.record', { ...answer, grade: 'good', baseVersion: saved.version });
    const questionAlone = scheduleOf(t, session.id);
    const graded = await t.call('rehearsal.recordProbe', { ...probe, grade: 'again' });
    expect(scheduleOf(t, session.id)).not.toEqual(questionAlone);
    expect((await t.call('questions.get', { id: QUESTION })).lastGrade).toBe('again');

    const undone = await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      probe: true,
      baseVersion: graded.version,
    });
    expect(undone.grade).toBe('good');
    expect(undone.probe).toMatchObject({ grade: null, answer: probe.answer });
    expect(scheduleOf(t, session.id)).toEqual(questionAlone);
    // Graded again after the undo: still one review of the question, at the pair's grade.
    await t.call('rehearsal.recordProbe', {
      ...probe,
      grade: 'hard',
      baseVersion: undone.probe?.version,
    });
    expect(stateOf(t, session.id).log).toHaveLength(questionAlone.log.length);
    expect((await t.call('questions.get', { id: QUESTION })).lastGrade).toBe('hard');
  });

  it("undoing the question's grade before its follow-up puts the card back exactly", async () => {
    const t = await makeStore();
    const { session, answer, saved } = await withProbe(t);
    const before = stateOf(t, session.id);
    for (const g of GRADES) {
      const current = await t.call('rehearsal.get', { id: session.id });
      const graded = await t.call('rehearsal.record', {
        ...answer,
        grade: g,
        baseVersion: current.answers[0]?.version ?? saved.version,
      });
      expect(stateOf(t, session.id)).not.toEqual(before);
      const undone = await t.call('rehearsal.ungrade', {
        sessionId: session.id,
        position: 0,
        baseVersion: graded.version,
      });
      expect(undone.grade).toBeNull();
      // The follow-up it drew stays asked, waiting for the question's grade.
      expect(undone.probe).toMatchObject({ text: 'Can you put a number on that?', grade: null });
      expect(stateOf(t, session.id), g).toEqual(before);
    }
  });

  it('undoing both grades, follow-up then question, leaves the card as before either', async () => {
    const t = await makeStore();
    const { session, answer, saved, probe } = await withProbe(t);
    const before = stateOf(t, session.id);
    const graded = await t.call('rehearsal.record', {
      ...answer,
      grade: 'easy',
      baseVersion: saved.version,
    });
    const probeGraded = await t.call('rehearsal.recordProbe', { ...probe, grade: 'hard' });
    await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      probe: true,
      baseVersion: probeGraded.version,
    });
    const back = await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      baseVersion: graded.version,
    });
    expect(back.grade).toBeNull();
    expect(stateOf(t, session.id)).toEqual(before);
  });
});

describe("a follow-up's undo refused", () => {
  it('when the question was practised since, and names why', async () => {
    const t = testStore();
    const { session, answer, saved, probe } = await withProbe(t);
    await t.call('rehearsal.record', { ...answer, grade: 'good', baseVersion: saved.version });
    await t.call('rehearsal.recordProbe', { ...probe, grade: 'again' });
    await t.call('practice.grade', { questionId: QUESTION, grade: 'easy' });
    await expectCode(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 0, probe: true }),
      'conflict',
    );
    expect(stateOf(t, session.id).probe).toEqual({ grade: 'again' });
  });

  it('when no follow-up was asked there', async () => {
    const t = testStore();
    const session = await t.call('rehearsal.start', {
      questionIds: [QUESTION],
      settings: SETTINGS,
    });
    await expectCode(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 0, probe: true }),
      'not-found',
    );
  });
});
