// Calendar dates as people write them: `YYYY-MM-DD`, with real days only, and today's date padded
// so it sorts and compares as text.
import { describe, expect, it } from 'vitest';
import { isRealIsoDate, monthLabel, monthOf, todayIso } from '../../../src-main/shared/dates';
import { isoDate } from '../../../src-main/shared/schemaParts';

describe('todayIso', () => {
  it('pads single-digit months and days, so dates sort as text', () => {
    expect(todayIso(new Date(2026, 0, 5, 12))).toBe('2026-01-05');
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
    expect(todayIso(new Date(2027, 8, 9, 0, 0))).toBe('2027-09-09');
  });
});

describe('months', () => {
  it('the month of a date, and its name (an unreadable month is shown as it is)', () => {
    expect(monthOf('2026-03-09')).toBe('2026-03');
    expect(monthLabel('2026-03', 'en-US')).toBe('March 2026');
    expect(monthLabel('2026-12', 'en-US')).toBe('December 2026');
    expect(monthLabel('someday', 'en-US')).toBe('someday');
    expect(monthLabel('2026', 'en-US')).toBe('2026');
    expect(monthLabel('2026-00', 'en-US')).toBe('2026-00');
  });
});

describe('isRealIsoDate', () => {
  it('accepts days that are on the calendar, including the last of each month and leap days', () => {
    for (const d of [
      '2026-01-01',
      '2026-01-31',
      '2026-04-30',
      '2026-12-31',
      '2024-02-29',
      '2000-02-29',
      '2026-02-28',
    ]) {
      expect(isRealIsoDate(d), d).toBe(true);
    }
  });

  it('refuses days that roll over, month 0 or 13, day 0', () => {
    for (const d of [
      '2026-02-29',
      '2026-02-30',
      '1900-02-29',
      '2026-04-31',
      '2026-06-31',
      '2026-13-01',
      '2026-00-10',
      '2026-01-00',
      '2026-01-32',
    ]) {
      expect(isRealIsoDate(d), d).toBe(false);
    }
  });

  it('refuses other spellings and anything around the date', () => {
    for (const d of [
      '2026-1-05',
      '26-01-05',
      '2026/01/05',
      '2026-01-05x',
      'x2026-01-05',
      '2026-01-05T10:00',
      ' 2026-01-05',
      '',
    ]) {
      expect(isRealIsoDate(d), d).toBe(false);
    }
  });

  it('is the rule of every date argument a channel takes', () => {
    expect(isoDate.safeParse('2024-02-29').success).toBe(true);
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(isoDate.safeParse('2026-2-3').success).toBe(false);
  });
});

describe('a refused date argument', () => {
  // The refusal is what a caller (and the log) sees: it says which of the two rules the text broke.
  const reasons = (text: string) => {
    const r = isoDate.safeParse(text);
    return r.success ? [] : r.error.issues.map((i) => i.message);
  };

  it('text not shaped like a date is told the shape, whatever comes before or after it', () => {
    for (const d of ['2026-2-3', '2026-01-05x', 'x2026-01-05', '2026-01-05T10:00']) {
      expect(reasons(d), d).toContain('a date must look like 2026-11-21');
    }
  });

  it('a well-shaped day that is not on the calendar is told so', () => {
    for (const d of ['2026-02-30', '2025-02-29', '2026-13-01']) {
      expect(reasons(d), d).toEqual(['not a real calendar date']);
    }
  });
});
