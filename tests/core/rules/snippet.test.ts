// A search result's snippet as a person reads it: the text around the first match, beginning and
// ending on whole words with "…" where text was cut, a highlighted run never cut in two, and text
// without a match clipped the same way; terms are marked whatever their case or punctuation.
import { describe, expect, it } from 'vitest';
import { markTerms, windowAroundHit } from '../../../src-main/core/search/snippet';
import { HIT_END as E, HIT_START as S } from '../../../src-main/shared/domain';

/** "w00 w01 … w99": word i starts at 4 * i. */
const words = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `w${String(from + i).padStart(2, '0')}`).join(
    ' ',
  );

describe('search snippets', () => {
  it('shows up to 60 characters before the match and 160 after, cut at whole words', () => {
    const text = words(0, 99).replace('w50', `${S}w50${E}`);
    expect(windowAroundHit(text)).toBe(`…${words(36, 88).replace('w50', `${S}w50${E}`)}…`);
  });

  it('a match near the start shows the text from its beginning', () => {
    const text = words(0, 99).replace('w10', `${S}w10${E}`);
    const snippet = windowAroundHit(text);
    expect(snippet.startsWith('w00 w01')).toBe(true);
    expect(snippet.endsWith('…')).toBe(true);
  });

  it('a short text is shown whole, its spaces and line breaks folded to one space', () => {
    expect(windowAroundHit(`  A  ${S}hit${E}\n\nhere  `)).toBe(`A ${S}hit${E} here`);
  });

  it('a match followed by one long unbroken word is kept, cut inside that word', () => {
    const text = `lead ${S}hit${E}${'y'.repeat(300)}`;
    expect(windowAroundHit(text)).toBe(`lead ${S}hit${E}${'y'.repeat(155)}…`);
  });

  it('never ends inside a highlighted run: the run is shown to its end', () => {
    const text = `${words(0, 49)} ${S}${words(50, 99)}${E}`;
    expect(windowAroundHit(text)).toBe(`…${words(36, 49)} ${S}${words(50, 99)}${E}`);
    const tail = `${words(0, 49)} ${S}${words(50, 99)}${E} ${words(0, 9)}`;
    expect(windowAroundHit(tail)).toBe(`…${words(36, 49)} ${S}${words(50, 99)}${E}…`);
  });

  it('a match inside a long unbroken word (a pasted link) shows the 60 characters of it before the match', () => {
    expect(windowAroundHit(`lead ${'x'.repeat(100)}${S}hit${E} after`)).toBe(
      `…${'x'.repeat(60)}${S}hit${E} after`,
    );
    expect(windowAroundHit(`${'x'.repeat(100)}${S}hit${E}`)).toBe(`…${'x'.repeat(60)}${S}hit${E}`);
  });

  it('text without a match is clipped to 220 characters at a word, or shown whole', () => {
    expect(windowAroundHit(words(0, 99))).toBe(`${words(0, 54)}…`);
    expect(windowAroundHit(words(0, 54))).toBe(words(0, 54));
    expect(windowAroundHit('x'.repeat(300))).toBe(`${'x'.repeat(220)}…`);
    expect(windowAroundHit('x'.repeat(220))).toBe('x'.repeat(220));
  });

  it('marks every occurrence of each term, whatever its case; empty terms and punctuation are plain', () => {
    expect(markTerms('C++ and c++ or Cplus. A.B', ['c++', '', 'a.b'])).toBe(
      `${S}C++${E} and ${S}c++${E} or Cplus. ${S}A.B${E}`,
    );
    expect(markTerms('Nothing (here)', ['', '(here)'])).toBe(`Nothing ${S}(here)${E}`);
    expect(markTerms('Nothing here', [''])).toBe('Nothing here');
  });
});

/** The window computed over the whole flattened text, as before slices: the reference. */
function wholeWindow(marked: string): string {
  const flat = marked.replace(/\s+/g, ' ').trim();
  const first = flat.indexOf(S);
  if (first < 0) {
    if (flat.length <= 220) return flat;
    const space = flat.lastIndexOf(' ', 220);
    return `${flat.slice(0, space > 0 ? space : 220)}…`;
  }
  let start = Math.max(0, first - 60);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(flat.length, first + 160);
  const open = flat.lastIndexOf(S, end - 1);
  if (open >= 0 && flat.lastIndexOf(E, end - 1) < open) {
    const close = flat.indexOf(E, open);
    end = close >= 0 ? close + 1 : flat.length;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > first) end = space;
  }
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

describe('search snippets from a slice of a long text', () => {
  /** Texts of words and whitespace runs (some very long), marks anywhere, some runs left open. */
  function generated(seed: number): string {
    let x = seed;
    const next = (n: number) => {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      return (x >>> 8) % n;
    };
    const spaces = [' ', '  ', '\n\n', '\t \n', ' '.repeat(300), '\u00a0', '\n'.repeat(900)];
    const parts: string[] = [];
    const length = next(4) === 0 ? next(40) : 200 + next(1500);
    let open = false;
    for (let i = 0; i < length; i++) {
      const word = 'abcdefghij'.slice(0, 1 + next(10)).repeat(next(50) === 0 ? 60 : 1);
      if (next(80) === 0 && !open) {
        parts.push(S);
        open = true;
      }
      parts.push(word);
      if (open && next(next(30) === 0 ? 200 : 3) === 0) {
        parts.push(E);
        open = false;
      }
      parts.push(spaces[next(20) === 0 ? next(spaces.length) : 0] ?? ' ');
    }
    if (next(3) === 0) parts.unshift(spaces[next(spaces.length)] ?? '');
    return parts.join('');
  }

  it('is the window of the whole text on 3,000 generated texts', () => {
    let sliced = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const text = generated(seed);
      if (text.length > 800) sliced++;
      expect(windowAroundHit(text), `seed ${seed}`).toBe(wholeWindow(text));
    }
    expect(sliced).toBeGreaterThan(1000);
  });

  it('decides at the edges of the slice: whitespace runs, marks at its ends, a run going past it', () => {
    const pad = (n: number) => words(0, 99).slice(0, n);
    const cases = [
      `${' '.repeat(2000)}${S}hit${E} after`,
      `${pad(200)}${' '.repeat(150)}${S}hit${E}${' '.repeat(400)}${pad(300)}`,
      `${pad(400)} ${S}${words(0, 99)}${words(0, 99)}${E} ${pad(300)}`,
      `${pad(400)} ${S}open run ${words(0, 99)}`,
      `${pad(157)} x${S}hit${E} ${'\n'.repeat(500)}tail`,
      `${words(0, 99)}${words(0, 99)}`,
      `${'a '.repeat(110)}${' '.repeat(600)}b`,
      `${'abc '.repeat(54)}${' '.repeat(400)}`,
      // The first match inside a long word, a second one past the word: the window is the first's.
      `${words(0, 99)} ${'x'.repeat(1000)}${S}hit${E}${'y'.repeat(50)} ${words(0, 20)} ${S}two${E} ${words(0, 99)}`,
    ];
    for (const text of cases)
      expect(windowAroundHit(text), text.slice(0, 40)).toBe(wholeWindow(text));
  });
});
