// Hostile notes convert in time that grows linearly with their length: the growth from 100,000 to
// 1,000,000 characters is compared within one run (a quadratic parser would take 100 times longer,
// a linear one about 10), so the test does not depend on how fast the machine is.
import { describe, expect, it } from 'vitest';
import { entryFromMarkdown } from '../../../src-main/core/data/importMarkdown';
import { convertMarkdown } from '../../../src-main/shared/data/markdownLexical';

const SIZES = [10_000, 100_000, 1_000_000];

/** Inputs that made a scan-ahead parser quadratic, each `n` characters long. */
const HOSTILE: Record<string, (n: number) => string> = {
  'open brackets': (n) => '['.repeat(n),
  'underscore, star, backtick': (n) => '_*`'.repeat(n / 3),
  'link starts': (n) => '[a]('.repeat(n / 4),
  'bold openers': (n) => '**a '.repeat(n / 4),
  'backtick runs': (n) => '``a`'.repeat(n / 4),
  'wiki starts': (n) => '[[a|'.repeat(n / 4),
  'autolink starts': (n) => '<http://a'.repeat(n / 9),
  'spaces then text': (n) => `${' '.repeat(n - 2)}x\n`,
  'heading of spaces': (n) => `# ${' '.repeat(n - 4)}x#`,
  'nested emphasis': (n) => '*_'.repeat(n / 4) + 'x' + '_*'.repeat(n / 4),
  'blank lines': (n) => '\n'.repeat(n),
};

function best(text: string, convert: (text: string) => unknown = convertMarkdown): number {
  let least = Infinity;
  for (let run = 0; run < 5; run += 1) {
    const t0 = performance.now();
    convert(text);
    least = Math.min(least, performance.now() - t0);
  }
  return least;
}

describe('Markdown conversion time', () => {
  it.each(Object.keys(HOSTILE))(
    'grows linearly on %s (10k, 100k, 1M characters)',
    (name) => {
      const make = HOSTILE[name] as (n: number) => string;
      const times = SIZES.map((n) => best(make(n)));
      const [, t100k, t1m] = times as [number, number, number];
      // Linear is ~10; quadratic ~100. Floors keep timer noise on tiny times out of the ratio.
      expect(
        Math.max(t1m, 1) / Math.max(t100k, 0.5),
        `${name}: ${times.map((t) => t.toFixed(1)).join(' / ')} ms`,
      ).toBeLessThan(30);
    },
    120_000,
  );
});

/** The whole note, front matter and title included (the title is looked for before any heading). */
const NOTES: Record<string, (n: number) => string> = {
  'blank lines before text': (n) => `${'\n'.repeat(n - 1)}x`,
  'spaces and blank lines': (n) => ' \n'.repeat(n / 2),
  'a heading of spaces': (n) => `# ${' '.repeat(n - 4)}x#`,
  'front matter of brackets': (n) => `---\n${'['.repeat(n - 10)}\n---\nx`,
  'front matter of keys': (n) => `---\n${'k: v\n'.repeat((n - 10) / 5)}---\nx`,
};

describe('Markdown note import time', () => {
  it.each(Object.keys(NOTES))(
    'grows linearly on %s (10k, 100k, 1M characters)',
    (name) => {
      const make = NOTES[name] as (n: number) => string;
      const times = SIZES.map((n) =>
        best(make(n), (text) => entryFromMarkdown('note.md', text, 0)),
      );
      const [, t100k, t1m] = times as [number, number, number];
      expect(
        Math.max(t1m, 1) / Math.max(t100k, 0.5),
        `${name}: ${times.map((t) => t.toFixed(1)).join(' / ')} ms`,
      ).toBeLessThan(30);
    },
    120_000,
  );
});
