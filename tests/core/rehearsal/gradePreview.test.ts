// The grade buttons' intervals in words, short as Anki's, and on a store carried forward from before
// reviews kept their card's state: old reviews stay, cannot be undone, and can still be regraded.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/connection';
import { MIGRATIONS, migrate } from '../../../src-main/core/db/migrate';
import { openAndMigrate } from '../../../src-main/core/host/store';
import {
  gradeQuestion,
  latestReviewSeq,
  regradeQuestion,
  undoReview,
} from '../../../src-main/core/practice/fsrsScheduling';
import { intervalText } from '../../../src-main/shared/practice/gradePreview';
import { tempDir } from '../helpers';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('intervalText', () => {
  it.each([
    [20_000, '1 min'],
    [MIN, '1 min'],
    [6 * MIN, '6 min'],
    [10 * MIN, '10 min'],
    [59 * MIN, '59 min'],
    [5 * HOUR, '5 h'],
    [DAY, '1 day'],
    [8 * DAY, '8 days'],
    [29 * DAY, '29 days'],
    [45 * DAY, '1.5 mo'],
    [90 * DAY, '3 mo'],
    [330 * DAY, '11 mo'],
    [438 * DAY, '1.2 yr'],
  ])('%d ms reads %s', (ms, text) => {
    expect(intervalText(ms)).toBe(text);
  });
});

describe('reviews logged before 0013', () => {
  it('are kept by the migration, refuse an undo, and can still be regraded', () => {
    const file = join(tempDir(), 'old.db');
    const old = openDatabase(file);
    migrate(
      old,
      MIGRATIONS.filter((m) => m.version < 13),
    );
    const now = Date.UTC(2026, 0, 10, 9);
    old
      .prepare(
        "INSERT INTO practice_cards (question_id, card, due, last_grade, last_review) VALUES ('grow-reality-01', ?, ?, 'good', ?)",
      )
      .run(
        JSON.stringify({
          due: new Date(now + 10 * MIN),
          stability: 2.3065,
          difficulty: 2.11810397,
          elapsed_days: 0,
          scheduled_days: 0,
          reps: 1,
          lapses: 0,
          learning_steps: 1,
          state: 1,
          last_review: new Date(now),
        }),
        now + 10 * MIN,
        now,
      );
    old
      .prepare(
        "INSERT INTO practice_log (question_id, grade, reviewed_at, log) VALUES ('grow-reality-01', 'good', ?, ?)",
      )
      .run(
        now,
        JSON.stringify({
          rating: 3,
          state: 0,
          due: new Date(now),
          stability: 0,
          difficulty: 0,
          elapsed_days: 0,
          last_elapsed_days: 0,
          scheduled_days: 0,
          learning_steps: 0,
          review: new Date(now),
        }),
      );
    old.close();

    const db = openAndMigrate(file);
    try {
      const seq = latestReviewSeq(db, 'grow-reality-01') as number;
      expect(db.prepare('SELECT grade, card_before FROM practice_log').all()).toEqual([
        { grade: 'good', card_before: null },
      ]);
      expect(undoReview(db, 'grow-reality-01', seq)).toBe(false);
      expect(db.prepare('SELECT count(*) AS n FROM practice_log').get()).toEqual({ n: 1 });
      expect(regradeQuestion(db, 'grow-reality-01', seq, 'again')).toBe(true);
      expect(db.prepare('SELECT grade, card_before FROM practice_log').all()).toEqual([
        { grade: 'again', card_before: null },
      ]);
      // A review given now keeps its card's state, so it can be undone.
      gradeQuestion(db, 'grow-reality-01', 'good', now + DAY);
      const card = db.prepare('SELECT * FROM practice_cards').get();
      const next = gradeQuestion(db, 'grow-reality-01', 'easy', now + 2 * DAY);
      expect(next.due).toBeGreaterThan(now + 2 * DAY);
      expect(
        undoReview(db, 'grow-reality-01', latestReviewSeq(db, 'grow-reality-01') as number),
      ).toBe(true);
      expect(db.prepare('SELECT * FROM practice_cards').get()).toEqual(card);
    } finally {
      db.close();
    }
  });
});
