// The deadline rule of spaced practice at its edges: a question tied to an upcoming meeting is due
// at least once in the two days before it, and the meeting's time is read in its own time zone.
import { describe, expect, it } from 'vitest';
import {
  DEADLINE_WINDOW_MS,
  deadlineDue,
} from '../../../src-main/shared/practice/practiceDeadline';
import { meetingInstant } from '../../../src-main/shared/timeZones';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const meeting = Date.UTC(2026, 11, 10, 9, 0);
const windowStart = meeting - DEADLINE_WINDOW_MS;

describe('deadlineDue', () => {
  it('the window is two days', () => {
    expect(DEADLINE_WINDOW_MS).toBe(2 * DAY);
  });

  it('a never-practised question becomes due when the two-day window opens, not before', () => {
    expect(deadlineDue(null, null, meeting, windowStart - 3 * DAY)).toBe(windowStart);
  });

  it('inside the window, a question not practised in it is due now', () => {
    const now = windowStart + HOUR;
    expect(deadlineDue(meeting + 30 * DAY, windowStart - HOUR, meeting, now)).toBe(now);
    expect(deadlineDue(null, null, meeting, now)).toBe(now);
  });

  it('practised at the very start of the window counts: FSRS due is kept', () => {
    const due = meeting + 10 * DAY;
    expect(deadlineDue(due, windowStart, meeting, windowStart + HOUR)).toBe(due);
    // One millisecond earlier is before the window: it must be practised again.
    expect(deadlineDue(due, windowStart - 1, meeting, windowStart + HOUR)).toBe(windowStart + HOUR);
  });

  it('an FSRS due falling before the window is kept as it is (it comes first anyway)', () => {
    expect(deadlineDue(windowStart - DAY, null, meeting, windowStart - 3 * DAY)).toBe(
      windowStart - DAY,
    );
    // Due exactly when the window opens: the same instant either way, and it is kept.
    expect(deadlineDue(windowStart, null, meeting, windowStart + HOUR)).toBe(windowStart);
  });

  it('once the meeting starts (at that very instant or after), the deadline no longer applies', () => {
    expect(deadlineDue(null, null, meeting, meeting)).toBeNull();
    expect(deadlineDue(meeting + DAY, null, meeting, meeting)).toBe(meeting + DAY);
    expect(deadlineDue(null, null, meeting, meeting + HOUR)).toBeNull();
  });
});

describe('meetingInstant', () => {
  it('reads a wall-clock time in the meeting zone, on both sides of a daylight-saving change', () => {
    // Paris is UTC+1 in winter, UTC+2 in summer.
    expect(meetingInstant('2026-12-10T09:30', 'Europe/Paris')).toBe(Date.UTC(2026, 11, 10, 8, 30));
    expect(meetingInstant('2026-07-10T09:30', 'Europe/Paris')).toBe(Date.UTC(2026, 6, 10, 7, 30));
    expect(meetingInstant('2026-07-10T09:30', 'America/New_York')).toBe(
      Date.UTC(2026, 6, 10, 13, 30),
    );
  });

  it('the day of a change: 03:30 after the spring-forward in Paris is UTC+2', () => {
    expect(meetingInstant('2026-03-29T03:30', 'Europe/Paris')).toBe(Date.UTC(2026, 2, 29, 1, 30));
    // New York springs forward at 07:00 UTC: 03:30 that morning is already UTC-4.
    expect(meetingInstant('2026-03-08T03:30', 'America/New_York')).toBe(
      Date.UTC(2026, 2, 8, 7, 30),
    );
    // Paris falls back at 01:00 UTC: 01:30 that night is still UTC+2 (the evening before, in UTC).
    expect(meetingInstant('2026-10-25T01:30', 'Europe/Paris')).toBe(Date.UTC(2026, 9, 24, 23, 30));
  });

  it('a date without a time is that day at midnight; no zone is the local clock', () => {
    expect(meetingInstant('2026-12-10', 'Asia/Tokyo')).toBe(Date.UTC(2026, 11, 9, 15, 0));
    expect(meetingInstant('2026-12-10T18:05', null)).toBe(new Date(2026, 11, 10, 18, 5).getTime());
  });
});
