// Stored editor content read without Lexical (exports, print): whatever a hostile or broken body
// holds among a node's children, only node objects are followed.
import { describe, expect, it } from 'vitest';
import { markdownFromLexical } from '../../../src-main/shared/data/lexicalMarkdown';
import { childrenOf } from '../../../src-main/shared/journal/lexicalJson';

describe("a node's children", () => {
  it('are the objects among them, in order; anything else is ignored', () => {
    const a = { type: 'text', text: 'a' };
    const b = { type: 'linebreak' };
    expect(childrenOf({ children: [null, a, 0, '', 'loose', 7, true, false, b] })).toEqual([a, b]);
    expect(childrenOf({ children: 'not a list' })).toEqual([]);
    expect(childrenOf({})).toEqual([]);
  });

  it('let a body with null, text or numbers among its nodes export its words', () => {
    const hostile = JSON.stringify({
      root: {
        type: 'root',
        children: [
          null,
          'loose',
          { type: 'paragraph', children: [null, { type: 'text', text: 'Kept words' }, 7] },
        ],
      },
    });
    expect(markdownFromLexical(hostile).trim()).toBe('Kept words');
  });
});
