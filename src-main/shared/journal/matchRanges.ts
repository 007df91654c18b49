// Which letters of a text the quick input's rule (titleMatch.ts) matched, as ranges of the text as
// written, so quick open can mark them. The rule matches each typed word at its first place in the
// folded text; folding can change lengths (a Hangul syllable becomes its jamo, a combining accent
// is dropped), so each folded letter is traced back to the letters that produced it.
import { foldForMatch, queryWords } from './titleMatch';

/** [start, end) in UTF-16 units of the original text. */
export type MatchRange = readonly [start: number, end: number];

interface FoldMap {
  folded: string;
  /** For each unit of `folded`: where in the original the letter producing it starts and ends. */
  from: number[];
  to: number[];
}

function foldMap(text: string): FoldMap | null {
  const folded = foldForMatch(text);
  const from: number[] = [];
  const to: number[] = [];
  let at = 0;
  for (const ch of text) {
    const piece = foldForMatch(ch);
    if (piece.length === 0 && to.length > 0) {
      // A dropped mark belongs to the letter before it: marking that letter marks its accent too.
      to[to.length - 1] = at + ch.length;
    }
    for (let i = 0; i < piece.length; i++) {
      from.push(at);
      to.push(at + ch.length);
    }
    at += ch.length;
  }
  // Folding letter by letter gave another length than the whole (some context rule): mark nothing
  // rather than the wrong letters.
  return from.length === folded.length ? { folded, from, to } : null;
}

/** The ranges of `text` that the typed words matched, in order and merged; none for no words. */
export function matchRanges(text: string, query: string): MatchRange[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const map = foldMap(text);
  if (!map) return [];
  const found: [number, number][] = [];
  for (const word of words) {
    const index = map.folded.indexOf(word);
    if (index >= 0) found.push([map.from[index]!, map.to[index + word.length - 1]!]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of found) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}
