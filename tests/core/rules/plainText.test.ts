// The plain text the store derives from an entry's editor content (search, word counts, exports),
// never trusting a client: blocks end in a line break, at most one blank line is kept, line breaks and
// tabs stay, hostile nesting and broken content give no text; words are counted as a reader would.
import { describe, expect, it } from 'vitest';
import {
  countWords,
  lexicalFromParagraphs,
  plainTextFromLexical,
} from '../../../src-main/shared/journal/plainText';

const text = (t: string) => ({ type: 'text', text: t });
const state = (...children: unknown[]) => JSON.stringify({ root: { type: 'root', children } });

describe('plain text of editor content', () => {
  it('ends each block with a line break and keeps at most one blank line', () => {
    expect(plainTextFromLexical(lexicalFromParagraphs(['One', 'Two']))).toBe('One\nTwo');
    expect(plainTextFromLexical(lexicalFromParagraphs(['One', '', '', '', 'Two']))).toBe(
      'One\n\nTwo',
    );
    expect(plainTextFromLexical(lexicalFromParagraphs(['One', '', '', 'Two']))).toBe('One\n\nTwo');
    expect(plainTextFromLexical(lexicalFromParagraphs(['', 'Only', '']))).toBe('Only');
    expect(
      plainTextFromLexical(
        state(
          { type: 'heading', children: [text('Title')] },
          { type: 'quote', children: [text('Said')] },
          { type: 'code', children: [text('x = 1')] },
          {
            type: 'list',
            children: [
              { type: 'listitem', children: [text('a')] },
              { type: 'listitem', children: [text('b')] },
            ],
          },
          {
            type: 'paragraph',
            children: [text('Inline '), { type: 'link', children: [text('link')] }, text(' end')],
          },
        ),
      ),
    ).toBe('Title\nSaid\nx = 1\na\nb\n\nInline link end');
  });

  it('keeps line breaks and tabs inside a paragraph', () => {
    expect(
      plainTextFromLexical(
        state({
          type: 'paragraph',
          children: [text('a'), { type: 'linebreak' }, text('b'), { type: 'tab' }, text('c')],
        }),
      ),
    ).toBe('a\nb\tc');
  });

  it('gives no text for empty, broken or rootless content, and skips non-node children', () => {
    for (const bad of ['', 'not json', 'null', '{}', '{"root":null}', '{"root":"x"}', '[]'])
      expect(plainTextFromLexical(bad), bad).toBe('');
    expect(
      plainTextFromLexical(
        state({ type: 'paragraph', children: [null, 'loose', 7, text('kept'), { text: 5 }] }),
      ),
    ).toBe('kept');
  });

  it('reads nesting 200 deep and stops past it, without a stack overflow', () => {
    // Written out by hand: JSON.stringify itself overflows on the deepest one.
    const nest = (depth: number) =>
      `{"root":{"type":"root","children":[${'{"type":"span","children":['.repeat(depth)}` +
      `{"type":"text","text":"deep"}${']}'.repeat(depth)}]}}`;
    expect(plainTextFromLexical(nest(199))).toBe('deep');
    expect(plainTextFromLexical(nest(200))).toBe('');
    expect(plainTextFromLexical(nest(5_000))).toBe('');
  });
});

describe('word count', () => {
  it.each([
    ['', 0],
    ['   — … 🎉 ', 0],
    ["Don't re-plan the e-mail", 4],
    ['café naïve cafe\u0301', 3],
    ['Шаг вперёд', 2],
    ['3.5 days, 12 people', 5],
    ['snake_case and under_score', 3],
    ['日本語', 1],
    ['नमस्ते दुनिया', 2],
  ])('%j has %d words', (t, n) => {
    expect(countWords(t)).toBe(n);
  });
});
