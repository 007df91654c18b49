// Time-zone arithmetic with Intl only (no tz database of our own): the UTC offset of a zone at an
// instant, the instant a meeting's wall clock refers to, and the offset changes within a window,
// enough to describe a zone in iCalendar.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatFor(zone: string): Intl.DateTimeFormat {
  let f = formats.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formats.set(zone, f);
  }
  return f;
}

/** Minutes to add to UTC to get the zone's wall clock at `utcMs`. */
export function offsetMinutes(zone: string, utcMs: number): number {
  const parts: Record<string, number> = {};
  for (const p of formatFor(zone).formatToParts(new Date(utcMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const wall = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  const instant = Math.floor(utcMs / 1000) * 1000;
  return Math.round((wall - instant) / 60_000);
}

const DAY = 86_400_000;

/** The instant a wall-clock time in a zone (or floating local time) refers to. */
export function meetingInstant(startsAt: string, zone: string | null): number {
  const [date = '', time = '00:00'] = startsAt.split('T');
  const [y = 1970, mo = 1, d = 1] = date.split('-').map(Number);
  const [h = 0, mi = 0] = time.split(':').map(Number);
  if (zone === null) return new Date(y, mo - 1, d, h, mi).getTime();
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  // The offsets a day either side: a wall time near a change is read with one of them.
  const before = offsetMinutes(zone, naive - DAY);
  const after = offsetMinutes(zone, naive + DAY);
  const early = naive - before * 60_000;
  // A time that occurs twice (autumn) is its first occurrence, as iCalendar reads it; a time in the
  // spring gap takes the offset before the change.
  if (offsetMinutes(zone, early) === before) return early;
  const late = naive - after * 60_000;
  return offsetMinutes(zone, late) === after ? late : early;
}

export interface Transition {
  /** The first instant (UTC ms) of the new offset. */
  at: number;
  from: number;
  to: number;
}

const HOUR = 3_600_000;

/** Offset changes between two instants, found by scanning in 6-hour steps and bisecting to the minute. */
export function transitions(zone: string, startMs: number, endMs: number): Transition[] {
  const out: Transition[] = [];
  let prevAt = startMs;
  let prev = offsetMinutes(zone, startMs);
  for (let t = startMs + 6 * HOUR; t <= endMs; t += 6 * HOUR) {
    const here = offsetMinutes(zone, t);
    if (here !== prev) {
      let lo = prevAt;
      let hi = t;
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
        if (offsetMinutes(zone, mid) === prev) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: prev, to: here });
      prev = here;
    }
    prevAt = t;
  }
  return out;
}
