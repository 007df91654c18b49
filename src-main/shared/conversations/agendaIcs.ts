// An RFC 5545 calendar event for a conversation. Choice: DTSTART carries the wall-clock time the
// user entered with TZID = their IANA zone, described by a VTIMEZONE built from Intl (the offset
// changes from a year before to a year after the meeting), so 09:30 stays 09:30 in that zone
// whatever the daylight-saving rules; without a zone the time is floating (local wherever read).
import { agendaPlainText, cleanText, documentTitle } from './agendaText';
import type { ConversationDoc } from './conversations';
import { SENT_COPY } from './audience';
import { LadderError } from '../errors';
import { offsetMinutes, transitions } from '../timeZones';

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma, newline. */
export function escapeIcsText(text: string): string {
  return cleanText(text)
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n');
}

function octets(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** Folds a content line at 75 octets (3.1): continuation lines start with one space; never inside a character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0);
    if (size + n > 75) {
      out.push(current);
      current = ' ';
      size = 1;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n');
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `20270328T093000` from a wall-clock `2027-03-28T09:30`. */
function localStamp(wallClock: string): string {
  return `${wallClock.replace(/[-:]/g, '')}00`;
}

function utcStamp(ms: number): string {
  const d = new Date(ms);
  return (
    `${d.getUTCFullYear()}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())}T` +
    `${pad(d.getUTCHours())}${pad(d.getUTCMinutes())}${pad(d.getUTCSeconds())}Z`
  );
}

/** A wall-clock stamp (no zone) of the instant `utcMs` seen with `offset` minutes. */
function wallStamp(utcMs: number, offset: number): string {
  return utcStamp(utcMs + offset * 60_000).slice(0, -1);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

function vtimezone(zone: string, wallClock: string): string[] {
  const year = Number(wallClock.slice(0, 4));
  const start = Date.UTC(year - 1, 0, 1);
  const end = Date.UTC(year + 1, 11, 31);
  const changes = transitions(zone, start, end);
  const first = offsetMinutes(zone, start);
  const standard = Math.min(first, ...changes.map((c) => c.to));
  const observance = (at: number, from: number, to: number): string[] => {
    const type = to > standard ? 'DAYLIGHT' : 'STANDARD';
    return [
      `BEGIN:${type}`,
      `DTSTART:${wallStamp(at, from)}`,
      `TZOFFSETFROM:${offsetText(from)}`,
      `TZOFFSETTO:${offsetText(to)}`,
      `END:${type}`,
    ];
  };
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${zone}`,
    ...observance(start, first, first),
    ...changes.flatMap((c) => observance(c.at, c.from, c.to)),
    'END:VTIMEZONE',
  ];
}

export function agendaIcs(doc: ConversationDoc, nowMs: number): string {
  const c = doc.conversation;
  if (!c.startsAt)
    throw new LadderError(
      'invalid-argument',
      'Set a date and time for the conversation before adding it to a calendar.',
    );
  const dtstart = c.timeZone
    ? `DTSTART;TZID=${c.timeZone}:${localStamp(c.startsAt)}`
    : `DTSTART:${localStamp(c.startsAt)}`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ladder//Meeting scripts//EN',
    'CALSCALE:GREGORIAN',
    ...(c.timeZone ? vtimezone(c.timeZone, c.startsAt) : []),
    'BEGIN:VEVENT',
    `UID:${c.id}@ladder.invalid`,
    `DTSTAMP:${utcStamp(nowMs)}`,
    dtstart,
    `DURATION:PT${c.durationMin}M`,
    `SUMMARY:${escapeIcsText(documentTitle(doc))}`,
    ...(c.place.trim() ? [`LOCATION:${escapeIcsText(c.place.trim())}`] : []),
    `DESCRIPTION:${escapeIcsText(agendaPlainText(doc, SENT_COPY).trimEnd())}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
