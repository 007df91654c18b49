// isRewrite compares only the lines that differ: the same answer as comparing every word of both
// texts (wordsLost), checked on generated texts and edits of every kind.
import { describe, expect, it } from 'vitest';
import { paragraphs, rng } from '../../../bench/corpus';
import {
  REWRITE_MIN_WORDS,
  REWRITE_SHARE,
  isRewrite,
  wordsLost,
} from '../../../src-main/core/journal/revisionRules';

function byEveryWord(before: string, after: string): boolean {
  const { lost, of } = wordsLost(before, after);
  return lost >= REWRITE_MIN_WORDS && lost > of * REWRITE_SHARE;
}

describe('isRewrite on changed lines', () => {
  it('agrees with the whole-text comparison on 2,000 random edits', () => {
    const r = rng(77);
    let rewrites = 0;
    for (let i = 0; i < 2000; i++) {
      const lines = paragraphs(r, 20 + Math.floor(r() * 400)).flatMap((p) =>
        r() < 0.3 ? p.split('. ') : [p],
      );
      const next = [...lines];
      const edits = 1 + Math.floor(r() * 6);
      for (let k = 0; k < edits; k++) {
        const at = Math.floor(r() * next.length);
        const kind = r();
        if (kind < 0.25) next.splice(at, 1);
        else if (kind < 0.5) next.splice(at, 0, ...paragraphs(r, 5 + Math.floor(r() * 80)));
        else if (kind < 0.7) next[at] = `${next[at] ?? ''} ${paragraphs(r, 3)[0] ?? ''}`;
        else if (kind < 0.85) next.splice(0, Math.floor(next.length * r()));
        else next.push(next[at] ?? '');
      }
      const before = lines.join('\n');
      const after = next.join('\n');
      const expected = byEveryWord(before, after);
      if (expected) rewrites += 1;
      expect(isRewrite(before, after), `edit ${i}`).toBe(expected);
    }
    // Both answers occur, so the agreement means something.
    expect(rewrites).toBeGreaterThan(100);
    expect(rewrites).toBeLessThan(1900);
  });
});
