// The remembered line counts behind every save's word count: the count stays exact, a long line
// is counted once, and the memory they take is bounded (a long-running app must not grow without end).
import { describe, expect, it } from 'vitest';
import {
  MAX_REMEMBERED_CHARS,
  countWordsByLine,
  rememberedChars,
} from '../../../src-main/core/journal/lineWordCounts';
import { countWords } from '../../../src-main/shared/journal/plainText';

let unique = 0;
/** A line no earlier test counted, of exactly `length` characters (at least 16). */
function newLine(length: number): string {
  const head = `line${++unique} `;
  return (head + 'word '.repeat(Math.ceil(length / 5))).slice(0, length);
}

describe('word counts remembered by line', () => {
  it('remembers a long line once counted, and counts it the same from memory', () => {
    const line = newLine(200);
    const before = rememberedChars();
    expect(countWordsByLine(line)).toBe(countWords(line));
    expect(rememberedChars()).toBe(before + 200);
    expect(countWordsByLine(`${line}\n${line}`)).toBe(2 * countWords(line));
    expect(rememberedChars()).toBe(before + 200);
  });

  it('holds up to its bound, then starts again rather than grow past it', () => {
    const room = MAX_REMEMBERED_CHARS - rememberedChars();
    // Lines of 1,000 characters, the last one longer by the rest.
    const n = Math.floor(room / 1000);
    const lengths = Array.from({ length: n }, (_, i) =>
      i === n - 1 ? 1000 + (room % 1000) : 1000,
    );
    const text = lengths.map(newLine).join('\n');
    expect(countWordsByLine(text)).toBe(countWords(text));
    expect(rememberedChars()).toBe(MAX_REMEMBERED_CHARS);

    const next = newLine(100);
    expect(countWordsByLine(next)).toBe(countWords(next));
    expect(rememberedChars()).toBe(100);
    // What was forgotten is counted again, still exactly.
    expect(countWordsByLine(text)).toBe(countWords(text));
  });
});
