// Notes from a vault (Obsidian and the like): check lists, wiki links, embeds, and inline markup
// the linear parser must read as the earlier one did.
import { describe, expect, it } from 'vitest';
import { convertMarkdown } from '../../../src-main/shared/data/markdownLexical';

interface Node {
  type: string;
  text?: string;
  format?: number;
  url?: string;
  listType?: string;
  checked?: boolean;
  children?: Node[];
}

function blocks(md: string): Node[] {
  return (JSON.parse(convertMarkdown(md).json) as { root: { children: Node[] } }).root.children;
}

function texts(node: Node): string {
  return node.text ?? (node.children ?? []).map(texts).join('');
}

describe('vault notes', () => {
  it('turns - [ ] and - [x] into a Lexical check list with its ticks', () => {
    const [list] = blocks('- [ ] call Sam\n- [x] send the plan\n- [X] book the room');
    expect(list?.type).toBe('list');
    expect(list?.listType).toBe('check');
    expect(list?.children?.map((i) => [texts(i), i.checked])).toEqual([
      ['call Sam', false],
      ['send the plan', true],
      ['book the room', true],
    ]);
  });

  it('makes [[Note]] and [[Note|alias]] their text when the note is not in the import', () => {
    const [p] = blocks('See [[Weekly review]] and [[2026-12-01|the first of December]].');
    expect(p?.children).toEqual([
      expect.objectContaining({
        type: 'text',
        text: 'See Weekly review and the first of December.',
      }),
    ]);
  });

  it('leaves ![[file]] embeds out of the text and names them', () => {
    const out = convertMarkdown('Before ![[diagram.png]] after ![[Other note]]');
    const [p] = (JSON.parse(out.json) as { root: { children: Node[] } }).root.children;
    expect(texts(p as Node)).toBe('Before  after ');
    expect(out.embeds).toEqual(['diagram.png', 'Other note']);
  });

  it('reads emphasis, code, links and escapes as before', () => {
    const [p] = blocks(
      '**bold _both_** `a ``b`` c` [site](https://example.com "t") \\*not\\* snake_case_word <https://x.y>',
    );
    const runs = (p?.children ?? []).map((n) =>
      n.type === 'link' ? `link(${n.url}:${texts(n)})` : `${n.text}:${n.format}`,
    );
    expect(runs).toEqual([
      'bold :1',
      'both:3',
      ' :0',
      'a ``b`` c:16',
      ' :0',
      'link(https://example.com:site)',
      ' *not* snake_case_word :0',
      'link(https://x.y:https://x.y)',
    ]);
  });

  it('keeps unclosed markup as the characters typed', () => {
    const [p] = blocks('[[[ `` ** _ ~~ [a](b');
    expect(texts(p as Node)).toBe('[[[ `` ** _ ~~ [a](b');
  });

  it('reads headings with closing hashes and keeps a hard break', () => {
    const [h, q] = blocks('## Plan ##\nline one  \nline two');
    expect(h).toMatchObject({ type: 'heading', tag: 'h2' });
    expect(texts(h as Node)).toBe('Plan');
    expect(q?.children?.map((n) => n.type)).toEqual(['text', 'linebreak', 'text']);
    expect(q?.children?.[0]?.text).toBe('line one');
  });
});
