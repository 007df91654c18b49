// Snippets for search results: plain text with HIT_START / HIT_END around matches, never HTML.
import { HIT_END, HIT_START } from '../../shared/domain';

const BEFORE = 60;
const AFTER = 160;

/** A window of marked-up text around its first match, cut at word boundaries, markers kept balanced. */
export function windowAroundHit(marked: string): string {
  const flat = marked.replace(/\s+/g, ' ').trim();
  const first = flat.indexOf(HIT_START);
  if (first < 0) return clip(flat, AFTER + BEFORE);
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
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  return `${text.slice(0, space > 0 ? space : max)}…`;
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
