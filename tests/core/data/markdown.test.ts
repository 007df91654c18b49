// The two converters: stored Lexical JSON → Markdown (export) and Markdown → Lexical JSON (import).
import { describe, expect, it } from 'vitest';
import { markdownFromLexical } from '../../../src-main/shared/data/lexicalMarkdown';
import { convertMarkdown } from '../../../src-main/shared/data/markdownLexical';

const lexicalFromMarkdown = (markdown: string): string => convertMarkdown(markdown).json;

const SAMPLE = [
  '# Quarter review',
  '',
  'I **led** the *migration* and ~~slipped~~ kept the date. See [the plan](https://example.com/plan) or `npm test`.',
  '',
  '> Keep going,\\',
  '> you are close.',
  '',
  '- first',
  '- second',
  '  - nested',
  '',
  '1. one',
  '2. two',
  '',
  '- [x] done',
  '- [ ] open',
  '',
  '```',
  'const a = 1;',
  '```',
].join('\n');

function types(json: string): string[] {
  const root = (JSON.parse(json) as { root: { children: { type: string }[] } }).root;
  return root.children.map((c) => c.type);
}

describe('Markdown ↔ Lexical', () => {
  it('reads headings, emphasis, links, quotes, lists (nested, numbered, checks) and code', () => {
    const json = lexicalFromMarkdown(SAMPLE);
    expect(types(json)).toEqual(['heading', 'paragraph', 'quote', 'list', 'list', 'list', 'code']);
    expect(json).toContain('"url":"https://example.com/plan"');
    expect(json).toContain('"listType":"check"');
    expect(json).toContain('"checked":true');
    expect(json).toContain('"text":"led","format":1');
    expect(json).toContain('"text":"migration","format":2');
  });

  it('writes the same Markdown back (a stable round trip)', () => {
    const once = markdownFromLexical(lexicalFromMarkdown(SAMPLE));
    expect(once).toBe(SAMPLE);
    expect(markdownFromLexical(lexicalFromMarkdown(once))).toBe(once);
  });

  it('escapes text that would otherwise become markup', () => {
    const json = JSON.stringify({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [{ type: 'text', text: '# not a heading <b>*x*</b> [y](z)', format: 0 }],
          },
        ],
      },
    });
    const md = markdownFromLexical(json);
    expect(md).toBe('\\# not a heading \\<b\\>\\*x\\*\\</b\\> \\[y\\](z)');
    expect(markdownFromLexical(lexicalFromMarkdown(md))).toBe(md);
  });

  it('keeps raw HTML as visible text and refuses unsafe link targets', () => {
    const json = lexicalFromMarkdown(
      '<script>alert(1)</script> <img src=x onerror=alert(2)>\n\n[click](javascript:alert(3)) [mail](mailto:a@b.c)',
    );
    const state = JSON.parse(json) as {
      root: { children: { children: { type: string; text?: string; url?: string }[] }[] };
    };
    const first = state.root.children[0]?.children ?? [];
    expect(first.every((n) => n.type === 'text')).toBe(true);
    expect(first.map((n) => n.text).join('')).toContain('<script>alert(1)</script>');
    const second = state.root.children[1]?.children ?? [];
    expect(second.filter((n) => n.type === 'link').map((n) => n.url)).toEqual(['mailto:a@b.c']);
    expect(json).not.toContain('javascript:alert(3)"');
  });

  it('drops unsafe links and keeps any script of text on export', () => {
    const json = JSON.stringify({
      root: {
        type: 'root',
        children: [
          {
            type: 'paragraph',
            children: [
              {
                type: 'link',
                url: 'javascript:alert(1)',
                children: [{ type: 'text', text: 'bad', format: 0 }],
              },
              { type: 'text', text: ' مرحبا 👩🏽‍💻 e\u0301', format: 0 },
            ],
          },
        ],
      },
    });
    expect(markdownFromLexical(json)).toBe('bad مرحبا 👩🏽‍💻 e\u0301');
  });

  it('answers empty or unreadable states with an empty text', () => {
    expect(markdownFromLexical('')).toBe('');
    expect(markdownFromLexical('{not json')).toBe('');
    expect(markdownFromLexical('{"root":[]}')).toBe('');
  });
});
