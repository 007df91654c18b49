// One rehearsal open in two tabs: an answer graded in one cannot be overwritten from the other, and
// whatever grade an answer ends with is the one its question's schedule used.
import { describe, expect, it } from 'vitest';
import type { RehearsalSettings } from '../../../src-main/shared/rehearsal/rehearsal';
import { expectCode, testStore } from '../helpers';

const SETTINGS: RehearsalSettings = {
  count: 2,
  timeBoxSec: 120,
  order: 'script',
  followUps: false,
  voice: false,
  seed: 3,
};

async function session(t: ReturnType<typeof testStore>) {
  const plan = await t.call('rehearsal.plan', {
    mode: 'filter',
    filter: { framework: 'grow', step: 'will' },
    settings: SETTINGS,
  });
  const ids = plan.questions.map((q) => q.id);
  const s = await t.call('rehearsal.start', { questionIds: ids, settings: SETTINGS });
  const answer = (text: string) => ({
    sessionId: s.id,
    position: 0,
    questionId: ids[0] ?? '',
    answer: text,
    startedAt: t.clock.now(),
    endedAt: t.clock.now() + 1000,
    timeMs: 1000,
    timedOut: false,
    revealed: false,
  });
  return { s, questionId: ids[0] ?? '', answer };
}

function lastGrade(t: ReturnType<typeof testStore>, questionId: string): string | null {
  const row = t.store.db
    .prepare('SELECT last_grade FROM practice_cards WHERE question_id = ?')
    .get(questionId) as { last_grade: string } | undefined;
  return row?.last_grade ?? null;
}

function reviews(t: ReturnType<typeof testStore>, questionId: string): string[] {
  return (
    t.store.db
      .prepare('SELECT grade FROM practice_log WHERE question_id = ? ORDER BY seq')
      .all(questionId) as { grade: string }[]
  ).map((r) => r.grade);
}

describe('a rehearsal open in two tabs', () => {
  it('refuses a grade from a tab that did not see the other tab’s answer; session and schedule agree', async () => {
    const t = testStore();
    const { s, questionId, answer } = await session(t);
    // Tab A answers and grades Again.
    const given = await t.call('rehearsal.record', {
      ...answer('Tab A'),
      baseVersion: 0,
      session: 'a',
    });
    const graded = await t.call('rehearsal.record', {
      ...answer('Tab A'),
      grade: 'again',
      baseVersion: given.version,
      session: 'a',
    });
    expect(graded.grade).toBe('again');
    // Tab B, still at the same question, answers Easy: refused.
    await expectCode(
      t.call('rehearsal.record', {
        ...answer('Tab B'),
        grade: 'easy',
        baseVersion: 0,
        session: 'b',
      }),
      'conflict',
    );
    const stored = await t.call('rehearsal.get', { id: s.id });
    expect(stored.answers[0]).toMatchObject({ answer: 'Tab A', grade: 'again' });
    expect(lastGrade(t, questionId)).toBe('again');
    expect(reviews(t, questionId)).toEqual(['again']);
  });

  it('makes the schedule follow a regrade instead of keeping the first grade', async () => {
    const t = testStore();
    const { s, questionId, answer } = await session(t);
    await t.call('rehearsal.record', { ...answer('Mine'), grade: 'again' });
    // Even a caller that names no version (an older page) cannot leave them disagreeing.
    await t.call('rehearsal.record', { ...answer('Mine'), grade: 'easy' });
    const stored = await t.call('rehearsal.get', { id: s.id });
    expect(stored.answers[0]?.grade).toBe('easy');
    expect(lastGrade(t, questionId)).toBe('easy');
    expect(reviews(t, questionId)).toEqual(['easy']);
    // Saving the typed text again (the page hiding) keeps the grade.
    await t.call('rehearsal.record', { ...answer('Mine, more') });
    expect((await t.call('rehearsal.get', { id: s.id })).answers[0]?.grade).toBe('easy');
    // Practised again since: the answer's grade can no longer change the schedule, so it is refused.
    await t.call('practice.grade', { questionId, grade: 'good' });
    await expectCode(
      t.call('rehearsal.record', { ...answer('Mine, more'), grade: 'hard' }),
      'conflict',
    );
    expect((await t.call('rehearsal.get', { id: s.id })).answers[0]?.grade).toBe('easy');
    expect(lastGrade(t, questionId)).toBe('good');
  });

  it('regrades an answer graded before Ladder kept its review row, while that review is still the latest', async () => {
    const t = testStore();
    const { s, questionId, answer } = await session(t);
    await t.call('rehearsal.record', { ...answer('Mine'), grade: 'hard' });
    // As a journal upgraded mid-rehearsal holds it: the answer's review row is not known.
    t.store.db.prepare('UPDATE rehearsal_answers SET review_seq = NULL').run();
    await t.call('rehearsal.record', { ...answer('Mine'), grade: 'good' });
    expect((await t.call('rehearsal.get', { id: s.id })).answers[0]?.grade).toBe('good');
    expect(reviews(t, questionId)).toEqual(['good']);
  });
});
