// The words a person reads beside a question and on a grade button, at the edges of each unit: an
// hour is "1 h", not "60 min"; a month of 30 days is "1 mo"; two months ahead read as months; every
// grade is named as the button says it, and a grade the app does not know is not shown.
import { describe, expect, it } from 'vitest';
import type { Grade } from '../../../src-main/shared/questions/questionBank';
import { intervalText } from '../../../src-main/shared/practice/gradePreview';
import { practiceDue, spanText } from '../../../src-main/shared/practice/practiceDue';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('grade button intervals at the edge of each unit', () => {
  it.each([
    [0, '1 min'],
    [HOUR - 1, '60 min'],
    [HOUR, '1 h'],
    [DAY - 1, '24 h'],
    [30 * DAY - 1, '30 days'],
    [30 * DAY, '1 mo'],
    [299 * DAY, '10 mo'],
    [285 * DAY, '9.5 mo'],
    [364 * DAY, '12 mo'],
    [365 * DAY, '1 yr'],
    [3650 * DAY, '10 yr'],
    [4000 * DAY, '11 yr'],
  ])('%d ms reads %s', (ms, text) => {
    expect(intervalText(ms)).toBe(text);
  });
});

describe('due labels at the edge of each unit', () => {
  it.each([
    [30_000, '1 minute'],
    [2 * MIN, '2 minutes'],
    [HOUR, '1 hour'],
    [2 * HOUR, '2 hours'],
    [DAY - 1, '24 hours'],
    [2 * DAY, '2 days'],
    [60 * DAY - 1, '60 days'],
    [60 * DAY, '2 months'],
    [45 * 30 * DAY, '45 months'],
  ])('%d ms ahead reads %s', (ms, text) => {
    expect(spanText(ms)).toBe(text);
  });

  it('names each grade as its button does; a grade it does not know is left out', () => {
    const now = Date.UTC(2026, 11, 6, 12);
    const words: [Grade, string][] = [
      ['again', 'Again'],
      ['hard', 'Hard'],
      ['good', 'Good'],
      ['easy', 'Easy'],
    ];
    for (const [grade, word] of words)
      expect(practiceDue(now + 3 * DAY, grade, now)).toEqual({
        short: 'due in 3 days',
        long: `Next practice in 3 days (last rated ${word})`,
      });
    expect(practiceDue(now + 1, 'superb' as Grade, now)?.long).toBe('Next practice in 1 minute');
    expect(practiceDue(now + 1, null, now)?.short).toBe('due in 1 minute');
    expect(practiceDue(now, null, now)?.long).toBe('Due for practice now');
  });
});
