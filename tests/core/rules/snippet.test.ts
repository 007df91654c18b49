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
