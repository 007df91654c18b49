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
});
