// The meeting's time zone: the system's unless chosen, the zones the browser knows, and a note when
// the typed wall-clock time falls into a daylight-saving change there (skipped or repeated hour).
import type { WallClock } from '../../../../src-main/shared/conversations/conversations';
import { offsetMinutes } from '../../../../src-main/shared/timeZones';

let system: { zone: string; at: number } | null = null;

/**
 * The system's zone. Its first read in a page loads the time-zone data (about 20 ms here), and every
 * render of the details asks: kept for a minute, so a zone changed in the system still shows soon.
 */
export function systemTimeZone(): string {
  const now = Date.now();
  if (!system || now - system.at > 60_000 || now < system.at) {
    system = { zone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', at: now };
  }
  return system.zone;
}

let names: string[] | null = null;

/** Every IANA zone the browser supports, with the system zone and UTC always among them. */
export function timeZoneNames(): string[] {
  if (!names) {
    const known = new Set(Intl.supportedValuesOf('timeZone'));
    known.add(systemTimeZone());
    known.add('UTC');
    names = [...known].sort((a, b) => a.localeCompare(b));
  }
  return names;
}

/** `America/New_York` as `America / New York`: easier to read, the value stays the IANA name. */
export function zoneLabel(zone: string): string {
  return zone.replaceAll('_', ' ').replaceAll('/', ' / ');
}

const DAY = 86_400_000;

export type WallClockFit = 'exists' | 'skipped' | 'repeated';

/** Whether the wall-clock time exists once in the zone, not at all (clocks go forward) or twice (back). */
export function wallClockFit(startsAt: WallClock, zone: string): WallClockFit {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(startsAt);
  if (!m) return 'exists';
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Offsets a day either side bracket any change; an instant is real when its own offset agrees.
  const candidates = new Set<number>();
  for (const offset of [offsetMinutes(zone, asUtc - DAY), offsetMinutes(zone, asUtc + DAY)]) {
    const instant = asUtc - offset * 60_000;
    if (offsetMinutes(zone, instant) === offset) candidates.add(instant);
  }
  if (candidates.size === 0) return 'skipped';
  return candidates.size > 1 ? 'repeated' : 'exists';
}

export function wallClockNote(startsAt: WallClock | null, zone: string): string | null {
  if (!startsAt) return null;
  const time = startsAt.slice(11, 16);
  switch (wallClockFit(startsAt, zone)) {
    case 'skipped':
      return `The clocks go forward that night in ${zoneLabel(zone)}, so ${time} does not exist on that day. Calendars will move the meeting by the skipped hour: pick another time to be sure.`;
    case 'repeated':
      return `The clocks go back that night in ${zoneLabel(zone)}, so ${time} happens twice on that day. Calendars take the first one; say which you mean in the invitation.`;
    default:
      return null;
  }
}
