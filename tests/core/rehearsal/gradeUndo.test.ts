// The grade buttons' intervals and the undo of a grade, on a real store: the interval a button shows
// is the one its grade then schedules, and an undo puts the card, the log and the answer back exactly.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { GRADES, type Grade } from '../../../src-main/shared/questions/questionBank';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { expectCode, testStore, type TestStore } from '../helpers';

const QUESTION = 'grow-reality-01';
const DAY = 86_400_000;
const SETTINGS: RehearsalSettings = {
  count: 1,
  timeBoxSec: 120,
  order: 'script',
  followUps: false,
  voice: false,
  seed: 1,
};

/** Every row that holds the question's practice state and the answer's grade, read on the side. */
function stateOf(t: TestStore, sessionId: string) {
  const db = new Database(t.store.dbPath, { readonly: true });
  try {
    return {
      card: db.prepare('SELECT * FROM practice_cards WHERE question_id = ?').all(QUESTION),
      log: db
        .prepare('SELECT * FROM practice_log WHERE question_id = ? ORDER BY seq')
        .all(QUESTION),
      answer: db
        .prepare(
          'SELECT grade, review_seq FROM rehearsal_answers WHERE session_id = ? AND position = 0',
        )
        .get(sessionId),
    };
  } finally {
    db.close();
  }
}

async function answered(t: TestStore) {
  const session = await t.call('rehearsal.start', { questionIds: [QUESTION], settings: SETTINGS });
  const answer = {
    sessionId: session.id,
    position: 0,
    questionId: QUESTION,
    answer: 'We cut review time by 30% in a quarter.',
    startedAt: t.clock.now(),
    endedAt: t.clock.now() + 30_000,
    timeMs: 30_000,
    timedOut: false,
    revealed: false,
  };
  const saved = await t.call('rehearsal.record', { ...answer, grade: null });
  return { session, answer, saved };
}

async function dueNow(t: TestStore): Promise<number> {
  return ((await t.call('questions.get', { id: QUESTION })).due ?? Number.NaN) - t.clock.now();
}

/** A store whose question was practised twice before, the last time long enough ago to be due. */
async function reviewedStore(): Promise<TestStore> {
  const t = testStore();
  const first = await t.call('practice.grade', { questionId: QUESTION, grade: 'good' });
  t.clock.advance(first.due - t.clock.now());
  const second = await t.call('practice.grade', { questionId: QUESTION, grade: 'good' });
  t.clock.advance(second.due - t.clock.now() + 3 * DAY);
  return t;
}

describe.each([
  ['a new card', () => Promise.resolve(testStore())],
  ['a reviewed card', reviewedStore],
])('grading %s', (_name, makeStore) => {
  it('schedules each grade exactly the interval its button showed', async () => {
    for (const g of GRADES) {
      const t = await makeStore();
      const { answer, saved } = await answered(t);
      t.clock.advance(4_000); // the person reads the notes before grading
      const preview = await t.call('practice.preview', { questionId: QUESTION });
      await t.call('rehearsal.record', { ...answer, grade: g, baseVersion: saved.version });
      expect(await dueNow(t), g).toBe(preview.intervals[g]);
    }
  });

  it('undoes each grade back to exactly the state before, and takes a new grade after', async () => {
    const t = await makeStore();
    const { session, answer, saved } = await answered(t);
    const before = stateOf(t, session.id);
    let version = saved.version;
    for (const g of GRADES) {
      const preview = await t.call('practice.preview', { questionId: QUESTION });
      const graded = await t.call('rehearsal.record', {
        ...answer,
        grade: g,
        baseVersion: version,
      });
      expect(stateOf(t, session.id)).not.toEqual(before);
      const undone = await t.call('rehearsal.ungrade', {
        sessionId: session.id,
        position: 0,
        baseVersion: graded.version,
      });
      expect(undone.grade).toBeNull();
      expect(stateOf(t, session.id), g).toEqual(before);
      // The buttons show the same intervals again: nothing of the undone grade is left.
      expect(await t.call('practice.preview', { questionId: QUESTION })).toEqual(preview);
      version = undone.version;
    }
    const regraded = await t.call('rehearsal.record', {
      ...answer,
      grade: 'hard' as Grade,
      baseVersion: version,
    });
    expect(regraded.grade).toBe('hard');
    expect(stateOf(t, session.id).log).toHaveLength(before.log.length + 1);
    expect((await t.call('questions.get', { id: QUESTION })).lastGrade).toBe('hard');
  });
});

describe('undoing a grade', () => {
  it('is refused once the question was practised again, and leaves both reviews in place', async () => {
    const t = testStore();
    const { session, answer, saved } = await answered(t);
    const graded = await t.call('rehearsal.record', {
      ...answer,
      grade: 'good',
      baseVersion: saved.version,
    });
    await t.call('practice.grade', { questionId: QUESTION, grade: 'again' });
    const before = stateOf(t, session.id);
    await expectCode(
      t.call('rehearsal.ungrade', {
        sessionId: session.id,
        position: 0,
        baseVersion: graded.version,
      }),
      'conflict',
    );
    expect(stateOf(t, session.id)).toEqual(before);
  });

  it('of an answer without a grade changes nothing', async () => {
    const t = testStore();
    const { session, saved } = await answered(t);
    const before = stateOf(t, session.id);
    const same = await t.call('rehearsal.ungrade', {
      sessionId: session.id,
      position: 0,
      baseVersion: saved.version,
    });
    expect(same.version).toBe(saved.version);
    expect(stateOf(t, session.id)).toEqual(before);
  });

  it('is refused after the rehearsal ended', async () => {
    const t = testStore();
    const { session, answer, saved } = await answered(t);
    await t.call('rehearsal.record', { ...answer, grade: 'good', baseVersion: saved.version });
    await t.call('rehearsal.finish', { id: session.id });
    await expectCode(
      t.call('rehearsal.ungrade', { sessionId: session.id, position: 0 }),
      'conflict',
    );
  });
});
