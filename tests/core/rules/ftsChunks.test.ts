// How a long entry is cut into search-index pieces: a short one stays one piece, pieces give the
// text back whole with offsets SQLite counts (code points, an emoji is one), a cut falls only after a
// line or a space so no search term is cut in two, no piece outgrows 4,000 characters when it can be
// cut, and typing in one paragraph leaves the pieces after it as they were (only those re-index).
import { describe, expect, it } from 'vitest';
import { paragraphs, rng } from '../../../bench/corpus';
import {
  chunkText,
  codePoints,
  SINGLE_CHUNK_MAX,
  sliceCodePoints,
} from '../../../src-main/core/db/ftsChunks';

const longText = (seed: number, words: number) => paragraphs(rng(seed), words).join('\n');

/** Short lines (a list, a chat log): "Line 12: …" of 20 to 80 characters. */
const shortLines = (count: number) => {
  const r = rng(count);
  return Array.from(
    { length: count },
    (_, i) => `Line ${i}: ${'ab '.repeat(5 + Math.floor(r() * 20))}`,
  );
};

function expectSound(text: string) {
  const pieces = chunkText(text);
  expect(pieces.map((p) => p.text).join('')).toBe(text);
  let start = 0;
  for (const p of pieces) {
    expect(p.start).toBe(start);
    expect(p.len).toBe(codePoints(p.text));
    start += p.len;
  }
  expect(sliceCodePoints(text, pieces)).toEqual(pieces.map((p) => p.text));
  return pieces;
}

describe('search index pieces', () => {
  it('keeps an entry of up to 4,000 characters as one piece, and cuts a longer one', () => {
    const short = shortLines(200).join('\n').slice(0, SINGLE_CHUNK_MAX);
    expect(short.length).toBe(SINGLE_CHUNK_MAX);
    expect(chunkText(short)).toEqual([{ text: short, start: 0, len: SINGLE_CHUNK_MAX }]);
    expect(chunkText(`${short}x`).length).toBeGreaterThan(1);
    expect(chunkText('')).toEqual([{ text: '', start: 0, len: 0 }]);
  });

  it('gives the text back whole, cut only after a line or a space, pieces of at most 4,000', () => {
    const text = longText(3, 8_000);
    const pieces = expectSound(text);
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces.slice(0, -1)) expect(p.text).toMatch(/[\n ]$/);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(4000);
    // Lines close pieces by their content: most pieces are far below the maximum.
    expect(pieces.filter((p) => p.text.length >= 600).length).toBeGreaterThan(pieces.length / 2);
  });

  it('cuts a very long line at spaces; a longer word than that stays whole', () => {
    const line = Array.from({ length: 2_500 }, (_, i) => `w${i}`).join(' ');
    const pieces = expectSound(line);
    expect(pieces.length).toBeGreaterThan(2);
    for (const p of pieces) expect(p.text.length).toBeLessThanOrEqual(4000);
    for (const p of pieces.slice(0, -1)) expect(p.text.endsWith(' ')).toBe(true);
    // The last space before the 4,000th character is the cut, not one at the 4,001st.
    const spaced = `${'x'.repeat(3_000)} ${'y'.repeat(999)} ${'z'.repeat(100)}`;
    expect(expectSound(spaced).map((p) => p.text.length)).toEqual([3_001, 1_100]);
    const word = 'x'.repeat(9_000);
    expect(expectSound(`${word}\nand more`).map((p) => p.text)).toContain(`${word}\n`);
  });

  it('counts an emoji as one, as SQLite does, in offsets and slices', () => {
    expect(codePoints('a😀b')).toBe(3);
    expect(codePoints('plain')).toBe(5);
    const text = `${'😀 '.repeat(1_500)}\n${longText(5, 1_500)}`;
    const pieces = expectSound(text);
    expect(pieces.reduce((n, p) => n + p.len, 0)).toBe(Array.from(text).length);
  });

  it('gathers short lines into pieces of at least 600 characters', () => {
    const pieces = expectSound(shortLines(600).join('\n'));
    for (const p of pieces.slice(0, -1)) expect(p.text.length).toBeGreaterThanOrEqual(600);
  });

  it('a long insertion in one line of many changes few pieces, not all after it', () => {
    const lines = shortLines(800);
    const before = chunkText(lines.join('\n'));
    lines[300] = `${'Inserted '.repeat(40)}${lines[300] ?? ''}`;
    const texts = new Set(chunkText(lines.join('\n')).map((p) => p.text));
    const changed = before.filter((p) => !texts.has(p.text)).length;
    // Pieces closed by size alone would move every cut after the insertion (two thirds of them here).
    expect(changed).toBeLessThanOrEqual(before.length / 3);
  });

  it('typing in one paragraph leaves every piece after the next cut as it was', () => {
    const paras = paragraphs(rng(11), 6_000);
    const before = chunkText(paras.join('\n'));
    const middle = Math.floor(paras.length / 3);
    paras[middle] = `Inserted words here ${paras[middle] ?? ''}`;
    const after = chunkText(paras.join('\n'));
    const same = (xs: { text: string }[]) => new Set(xs.map((p) => p.text));
    const kept = [...same(before)].filter((t) => same(after).has(t));
    // All but the one or two pieces around the edit.
    expect(kept.length).toBeGreaterThanOrEqual(before.length - 2);
    expect(after.at(-1)?.text).toBe(before.at(-1)?.text);
  });

  it('counts code points as SQLite does at the edges of the surrogate range', () => {
    // U+10000 and U+10FFFF are the lowest and highest pairs; U+FE0F and U+E000 lie just above them.
    for (const s of ['\u{10000}', '\u{10FFFF}', 'a\uFE0F😀', '\uE000\uFFFD😀', '\uD7FF😀'])
      expect(codePoints(s), JSON.stringify(s)).toBe(Array.from(s).length);
  });

  it('which lines close a piece depends only on their own text: an edit leaves the pieces before it', () => {
    const paras = paragraphs(rng(21), 6_000);
    const before = chunkText(paras.join('\n'));
    let checked = 0;
    for (let k = 5; k < paras.length; k += 3) {
      const edited = [...paras];
      edited[k] = `Q${(paras[k] ?? '').slice(1)}`;
      const lineStart = paras.slice(0, k).join('\n').length + 1;
      const kept = before.filter((p) => p.start + p.len <= lineStart);
      expect(chunkText(edited.join('\n')).slice(0, kept.length), `paragraph ${k}`).toEqual(kept);
      checked += kept.length > 0 ? 1 : 0;
    }
    expect(checked).toBeGreaterThan(10);
  });

  it('a text opening with a blank line is cut as the same text without it', () => {
    const text = longText(7, 3_000);
    const pieces = chunkText(text).map((p) => p.text);
    const opened = expectSound(`\n${text}`).map((p) => p.text);
    expect(opened.slice(1)).toEqual(pieces.slice(1));
  });

  it('a line of exactly 4,000 characters with its newline is one piece, not cut inside', () => {
    // Lines of different words, since whether a cut inside would close a piece depends on the text.
    for (const word of ['abcd', 'abce', 'bcdf', 'kayak']) {
      const line = `${Array.from({ length: 800 }, () => word)
        .join(' ')
        .slice(0, 3_999)}\n`;
      expect(line.length).toBe(4_000);
      expect(expectSound(`${line}${longText(8, 1_000)}`)[0]?.text, word).toBe(line);
    }
  });

  it('a word longer than a piece at the very start makes no empty piece', () => {
    const pieces = expectSound(`${'x'.repeat(5_000)}\n${longText(9, 1_000)}`);
    for (const p of pieces) expect(p.len).toBeGreaterThan(0);
  });

  it('a piece may close at exactly 600 characters and may grow to exactly 4,000', () => {
    // Which line closes a piece is the hash's choice: over lines differing in one letter, some do.
    const line = (first: string, length: number) => `${first}${'b'.repeat(length - 2)}\n`;
    const rest = longText(12, 1_000);
    const firstLengths = (lines: string[]) => expectSound(lines.join('') + rest)[0]?.text.length;
    expect(['a', 'b', 'c', 'd'].map((x) => firstLengths([line(x, 600)]))).toContain(600);
    const grown = ['a', 'b'].flatMap((x) =>
      ['a', 'b'].map((y) => firstLengths([line(x, 2_000), line(y, 2_000)])),
    );
    expect(grown).toContain(4_000);
  });
});
