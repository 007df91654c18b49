// The history view's difference: word by word, minimal, and bounded on long texts.
import { describe, expect, it } from 'vitest';
import {
  DIFF_MAX_EDITS,
  DIFF_MAX_WORDS,
  diffWords,
  type DiffOp,
  type DiffPart,
} from '../../src-main/shared/journal/wordDiff';

/** The text of one side, back from the parts. */
function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip: DiffOp = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');
}

const show = (parts: DiffPart[]) =>
  parts
    .map((p) => (p.op === 'same' ? p.text : p.op === 'added' ? `{+${p.text}+}` : `[-${p.text}-]`))
    .join('');

/** Deterministic words, so long texts are the same on every run. */
function words(count: number, seed: number): string[] {
  let x = seed;
  return Array.from({ length: count }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return `w${x % 997}`;
  });
}

describe('diffWords', () => {
  it('marks the words removed and added, and keeps the rest as it reads now', () => {
    const d = diffWords(
      'We ship in March with three engineers.',
      'We ship in May with four engineers.',
    );
    expect(d.level).toBe('word');
    expect(show(d.parts)).toBe('We ship in [-March -]{+May +}with [-three -]{+four +}engineers.');
  });

  it('finds the fewest changes, not a greedy guess', () => {
    expect(show(diffWords('a b c a b b a', 'c b a b a c', { tidy: false }).parts)).toBe(
      '[-a b -]c {+b +}a b [-b -]a {+c+}',
    );
  });

  it('shows a text typed over as the old text then the new, not interleaved around a shared "the"', () => {
    const before = 'We agreed to ship the migration in March with three engineers.';
    const after = 'Scrapped all of it after the review.';
    expect(show(diffWords(before, after, { tidy: false }).parts)).toContain('the ');
    expect(diffWords(before, after).parts).toEqual([
      { op: 'removed', text: before },
      { op: 'added', text: after },
    ]);
    // A real stretch of kept words between two edits stays as it is.
    expect(
      show(
        diffWords('ships in March with three engineers', 'ships in May with three engineers').parts,
      ),
    ).toBe('ships in [-March -]{+May +}with three engineers');
  });

  it('gives each side back from its parts', () => {
    const before = 'The first plan.\nA second line that stays.\nAnd a third.';
    const after = 'The revised plan.\nA second line that stays.\nA new ending, longer than before.';
    const d = diffWords(before, after);
    expect(sideOf(d.parts, 'before')).toBe(before);
    expect(sideOf(d.parts, 'after')).toBe(after);
  });

  it('handles empty texts and identical texts', () => {
    expect(diffWords('', '').parts).toEqual([]);
    expect(diffWords('', 'new words').parts).toEqual([{ op: 'added', text: 'new words' }]);
    expect(diffWords('old words', '').parts).toEqual([{ op: 'removed', text: 'old words' }]);
    expect(diffWords('same text', 'same text').parts).toEqual([{ op: 'same', text: 'same text' }]);
  });

  it('stays word by word and fast for a small edit in a 10,000-word entry', () => {
    const base = words(10_000, 7);
    const edited = [...base];
    edited.splice(5_000, 3, 'a', 'new', 'phrase');
    const start = performance.now();
    const d = diffWords(base.join(' '), edited.join(' '));
    expect(performance.now() - start).toBeLessThan(500);
    expect(d.level).toBe('word');
    expect(d.parts.filter((p) => p.op !== 'same').map((p) => p.text)).toEqual([
      `${base.slice(5_000, 5_003).join(' ')} `,
      'a new phrase ',
    ]);
  });

  it(`compares whole lines past ${DIFF_MAX_EDITS} edits, and two different 10,000-word entries stay fast`, () => {
    const paragraphs = (seed: number) => {
      const w = words(10_000, seed);
      return Array.from({ length: 100 }, (_, i) => w.slice(i * 100, i * 100 + 100).join(' ')).join(
        '\n',
      );
    };
    const before = paragraphs(1);
    const after = paragraphs(2);
    const start = performance.now();
    const d = diffWords(before, after);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(d.level).toBe('line');
    expect(sideOf(d.parts, 'before')).toBe(before);
    expect(sideOf(d.parts, 'after')).toBe(after);
  });

  it(`shows the changed middle as one block past ${DIFF_MAX_WORDS} words of lines`, () => {
    const before = words(30_000, 3).join('\n');
    const after = `${words(30_000, 4).join('\n')}`;
    const start = performance.now();
    const d = diffWords(before, after);
    expect(performance.now() - start).toBeLessThan(1_000);
    expect(d.level).toBe('block');
    expect(d.parts.map((p) => p.op)).toEqual(['removed', 'added']);
  });
});
