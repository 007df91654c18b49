// When a question is next due, in words, for the Questions view.
import { describe, expect, it } from 'vitest';
import { practiceDue, spanText } from '../../../src-main/shared/practice/practiceDue';

const NOW = Date.UTC(2026, 11, 6, 12, 0);
const MIN = 60_000;

describe('practice due labels', () => {
  it('says nothing for a question never practised', () => {
    expect(practiceDue(null, null, NOW)).toBeNull();
  });

  it('says due now at or past the due time, with the last rating', () => {
    expect(practiceDue(NOW, 'hard', NOW)).toEqual({
      short: 'due now',
      long: 'Due for practice now (last rated Hard)',
    });
    expect(practiceDue(NOW - 3 * 24 * 60 * MIN, 'again', NOW)?.short).toBe('due now');
  });

  it('says how far ahead in minutes, hours, days or months', () => {
    expect(practiceDue(NOW + 10 * MIN, 'again', NOW)).toEqual({
      short: 'due in 10 minutes',
      long: 'Next practice in 10 minutes (last rated Again)',
    });
    expect(practiceDue(NOW + 1 * MIN, null, NOW)?.long).toBe('Next practice in 1 minute');
    expect(practiceDue(NOW + 5 * 60 * MIN, 'good', NOW)?.short).toBe('due in 5 hours');
    expect(practiceDue(NOW + 24 * 60 * MIN, 'good', NOW)?.short).toBe('due in 1 day');
    expect(practiceDue(NOW + 8 * 24 * 60 * MIN, 'easy', NOW)?.short).toBe('due in 8 days');
    expect(spanText(90 * 24 * 60 * MIN)).toBe('3 months');
  });
});
