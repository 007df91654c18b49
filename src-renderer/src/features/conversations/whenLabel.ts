// Dates and times of a conversation as the user typed them (wall clock), formatted for reading.
import type { WallClock } from '../../../../src-main/shared/conversations/conversations';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(undefined, options);
    formats.set(key, f);
  }
  return f;
}

/** The wall-clock value as a local Date with the same fields (never shifted by a time zone). */
function wallDate(value: WallClock): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
}

/** `21 Nov 2026` for a row in the side bar; empty when there is no date. */
export function shortWhen(startsAt: WallClock | null): string {
  const d = startsAt ? wallDate(startsAt) : null;
  return d ? format('short', { day: 'numeric', month: 'short', year: 'numeric' }).format(d) : '';
}

/** A calendar day (`2026-11-01`) as `1 Nov 2026`; anything else as it is. */
export function shortDay(isoDate: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? shortWhen(`${isoDate}T00:00`) : isoDate;
}

/** `Saturday 21 November 2026, 09:30` for a tooltip or a heading. */
export function longWhen(startsAt: WallClock | null): string {
  const d = startsAt ? wallDate(startsAt) : null;
  return d
    ? format('long', {
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }).format(d)
    : 'No date set';
}

/** Minutes as `1 h 15 min`, `45 min`. */
export function minutesLabel(total: number): string {
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return `${m} min`;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}
