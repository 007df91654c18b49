// Time-zone arithmetic behind a meeting's instant (practice deadlines, the calendar file): offsets on
// both sides of daylight saving time and in zones off the hour, a wall-clock time in the spring gap
// read with the offset before it and a repeated autumn time as its first occurrence (as iCalendar
// says), and each offset change found to the minute.
// Measure this file's mutants with MUTATION_ISOLATE=1 (its Intl formats are cached per zone).
import { describe, expect, it } from 'vitest';
import { meetingInstant, offsetMinutes, transitions } from '../../../src-main/shared/timeZones';

const iso = (ms: number) => new Date(ms).toISOString();

describe('time zones', () => {
  it('gives the offset in minutes, winter and summer, also for zones off the hour', () => {
    expect(offsetMinutes('Europe/Paris', Date.UTC(2026, 0, 15, 12))).toBe(60);
    expect(offsetMinutes('Europe/Paris', Date.UTC(2026, 6, 15, 12))).toBe(120);
    expect(offsetMinutes('America/St_Johns', Date.UTC(2026, 0, 15, 12))).toBe(-210);
    expect(offsetMinutes('Asia/Kathmandu', Date.UTC(2026, 0, 15, 12))).toBe(345);
    // Late in a second and late in a day: still whole minutes, still the same day's offset.
    expect(offsetMinutes('Asia/Kathmandu', Date.UTC(2026, 0, 15, 23, 59, 59, 999))).toBe(345);
    expect(offsetMinutes('America/St_Johns', Date.UTC(2026, 11, 31, 23, 59, 30, 500))).toBe(-210);
  });

  it("reads a meeting's wall-clock time in its zone, or in local time when it floats", () => {
    expect(iso(meetingInstant('2026-07-01T09:00', 'Europe/Paris'))).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(iso(meetingInstant('2026-01-20T16:45', 'America/St_Johns'))).toBe(
      '2026-01-20T20:15:00.000Z',
    );
    // A date alone is the day's midnight.
    expect(iso(meetingInstant('2026-10-26', 'Europe/Paris'))).toBe('2026-10-25T23:00:00.000Z');
    expect(meetingInstant('2026-03-29T09:30', null)).toBe(new Date(2026, 2, 29, 9, 30).getTime());
    expect(meetingInstant('2026-03-29', null)).toBe(new Date(2026, 2, 29, 0, 0).getTime());
  });

  it('a time in the spring gap is read with the offset before the change', () => {
    // 02:30 does not exist in Paris on 29 March 2026: read as 02:30 at +01:00.
    expect(iso(meetingInstant('2026-03-29T02:30', 'Europe/Paris'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(iso(meetingInstant('2026-03-29T03:30', 'Europe/Paris'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(iso(meetingInstant('2026-03-29T01:30', 'Europe/Paris'))).toBe(
      '2026-03-29T00:30:00.000Z',
    );
  });

  it('a time that occurs twice in autumn is its first occurrence, the hours around it as usual', () => {
    // Paris goes back from 03:00 to 02:00 on 25 October 2026: 02:30 comes first at +02:00.
    expect(iso(meetingInstant('2026-10-25T02:30', 'Europe/Paris'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(iso(meetingInstant('2026-10-25T01:30', 'Europe/Paris'))).toBe(
      '2026-10-24T23:30:00.000Z',
    );
    expect(iso(meetingInstant('2026-10-25T03:30', 'Europe/Paris'))).toBe(
      '2026-10-25T02:30:00.000Z',
    );
    // West of Greenwich, off the hour: St. John's repeats 01:30 on 1 November 2026.
    expect(iso(meetingInstant('2026-11-01T01:30', 'America/St_Johns'))).toBe(
      '2026-11-01T04:00:00.000Z',
    );
    expect(iso(meetingInstant('2026-11-01T09:00', 'America/St_Johns'))).toBe(
      '2026-11-01T12:30:00.000Z',
    );
  });

  it('finds each offset change of a year to the minute, none in a zone without daylight saving', () => {
    const year = (zone: string) =>
      transitions(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)).map((t) => ({
        ...t,
        at: iso(t.at),
      }));
    expect(year('Europe/Paris')).toEqual([
      { at: '2026-03-29T01:00:00.000Z', from: 60, to: 120 },
      { at: '2026-10-25T01:00:00.000Z', from: 120, to: 60 },
    ]);
    expect(year('America/St_Johns')).toEqual([
      { at: '2026-03-08T05:30:00.000Z', from: -210, to: -150 },
      { at: '2026-11-01T04:30:00.000Z', from: -150, to: -210 },
    ]);
    expect(year('Asia/Kathmandu')).toEqual([]);
  });

  it('a change in the last step of the window is found; one after the window is not', () => {
    const start = Date.UTC(2026, 2, 28, 13);
    expect(
      transitions('Europe/Paris', start, Date.UTC(2026, 2, 29, 1)).map((t) => iso(t.at)),
    ).toEqual(['2026-03-29T01:00:00.000Z']);
    expect(transitions('Europe/Paris', start, Date.UTC(2026, 2, 29, 0, 59))).toEqual([]);
    // Nor one a few hours before the window's start.
    expect(transitions('Europe/Paris', Date.UTC(2026, 2, 29, 3), Date.UTC(2026, 2, 30))).toEqual(
      [],
    );
  });
});
