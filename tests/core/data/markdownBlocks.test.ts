// The blocks of an imported note: headings, paragraphs and breaks, rules, fenced code, quotes and
// lists (bullet, numbered, check, nested), as the entry's editor will show them.
import { describe, expect, it } from 'vitest';
import { convertMarkdown } from '../../../src-main/shared/data/markdownLexical';

interface Node {
  type: string;
  text?: string;
  format?: number;
  tag?: string;
  listType?: string;
  checked?: boolean;
  value?: number;
  children?: Node[];
}

/** A block as a short line: `h2(B)`, `p(a / b)` with / for a line break, `bullet(a, b)`. */
function show(n: Node): string {
  if (n.type === 'text') return `${n.text ?? ''}${n.format ? `:${n.format}` : ''}`;
  if (n.type === 'linebreak') return ' / ';
  const inner = (n.children ?? []).map(show);
  switch (n.type) {
    case 'heading':
      return `${n.tag}(${inner.join('')})`;
    case 'paragraph':
      return `p(${inner.join('')})`;
    case 'quote':
      return `quote(${inner.join('')})`;
    case 'code':
      return `code(${inner.join('')})`;
    case 'list':
      return `${n.listType}(${inner.join(', ')})`;
    case 'listitem':
      return `${n.checked === undefined ? '' : n.checked ? '[x] ' : '[ ] '}${inner.join('')}`;
    default:
      return `${n.type}(${inner.join('')})`;
  }
}

function blocks(markdown: string): string[] {
  const root = (JSON.parse(convertMarkdown(markdown).json) as { root: Node }).root;
  return (root.children ?? []).map(show);
}

describe('blocks of an imported note', () => {
  it('reads ATX headings of levels 1 to 6, with up to three spaces before and closing hashes after', () => {
    expect(blocks('# A\n## B ##\n###### F\n   # three\n##\tTab')).toEqual([
      'h1(A)',
      'h2(B)',
      'h6(F)',
      'h1(three)',
      'h2(Tab)',
    ]);
    expect(blocks('# Title #hash\n# a # b #')).toEqual(['h1(Title #hash)', 'h1(a # b)']);
    // Seven hashes, no space after them, or four spaces before are text.
    expect(blocks('####### G\n#NoSpace\n\n    # four')).toEqual([
      'p(####### G / #NoSpace)',
      'p(    # four)',
    ]);
  });

  it('keeps lines of a paragraph apart with breaks, drops the break marks, and splits on blank lines', () => {
    expect(blocks('one\nstill one\n\ntwo')).toEqual(['p(one / still one)', 'p(two)']);
    expect(blocks('line  \nnext\\\nlast')).toEqual(['p(line / next / last)']);
    expect(blocks('one space \nnext')).toEqual(['p(one space  / next)']);
    expect(blocks('\r\nwindows\r\nlines\rold mac')).toEqual(['p(windows / lines / old mac)']);
  });

  it('drops thematic breaks (---, ***, _ _ _) and keeps what only looks like one', () => {
    expect(blocks('a\n---\n***\n_ _ _\n- - -\nb')).toEqual(['p(a)', 'p(b)']);
    expect(blocks('--\n\n*-*\n\n-_-')).toEqual(['p(--)', 'p(-:2)', 'p(-_-)']);
  });

  it('keeps fenced code as typed, blank and indented lines too, until the same kind of fence', () => {
    expect(blocks('```\ncode *x*\n\n  indented\n```\nafter')).toEqual([
      'code(code *x* /  /   indented)',
      'p(after)',
    ]);
    expect(blocks('~~~\na\n```\n~~~\nafter')).toEqual(['code(a / ```)', 'p(after)']);
    expect(blocks('text\n   ```\nx\n   ```')).toEqual(['p(text)', 'code(x)']);
    expect(blocks('````\na\n```\n````')).toEqual(['code(a / ```)']);
    // Backticks after a backtick fence make it inline code, not a fence; tildes may have them.
    expect(blocks('```a `` b```\nnext')).toEqual(['p(a `` b:16 / next)']);
    expect(blocks('~~~ `x`\ncode\n~~~')).toEqual(['code(code)']);
    expect(blocks('```\nnever closed\n# not a heading')).toEqual([
      'code(never closed / # not a heading)',
    ]);
  });

  it('reads quotes with or without the space, up to three spaces in, until a line that is not one', () => {
    expect(blocks('> q1\n>q2\n   > q3\n    > not')).toEqual([
      'quote(q1 / q2 / q3)',
      'p(    > not)',
    ]);
    expect(blocks('> a\nb')).toEqual(['quote(a)', 'p(b)']);
    expect(blocks('> **bold**  \n> b')).toEqual(['quote(bold:1 / b)']);
  });

  it('reads bullet and numbered lists in every marker, and needs a space after the marker', () => {
    expect(blocks('- a\n* b\n+ c')).toEqual(['bullet(a, b, c)']);
    expect(blocks('1. a\n2) b\n10. c')).toEqual(['number(a, b, c)']);
    expect(blocks('1.a\n\n-a')).toEqual(['p(1.a)', 'p(-a)']);
    expect(blocks('- a\n\nb')).toEqual(['bullet(a)', 'p(b)']);
    expect(blocks('- a\n---\nb')).toEqual(['bullet(a)', 'p(b)']);
    const list = (JSON.parse(convertMarkdown('1. a\n2. b').json) as { root: Node }).root
      .children?.[0];
    expect(list).toMatchObject({ tag: 'ol', children: [{ value: 1 }, { value: 2 }] });
    const bullets = (JSON.parse(convertMarkdown('- a').json) as { root: Node }).root.children?.[0];
    expect(bullets).toMatchObject({ tag: 'ul' });
  });

  it('reads check boxes only at the start of a bullet item', () => {
    expect(blocks('- [ ] x\n- [X] y\n- [x]z\n- [x]')).toEqual([
      'check([ ] x, [x] y, [ ] [x]z, [x] )',
    ]);
    expect(blocks('1. [x] not a box')).toEqual(['number([x] not a box)']);
    expect(blocks('- plain\n- [x] later')).toEqual(['bullet(plain, [x] later)']);
  });

  it('nests deeper items (spaces or a tab) inside their own item, as the editor does', () => {
    expect(blocks('- a\n  - b\n    - c\n- d')).toEqual(['bullet(a, bullet(b, bullet(c)), d)']);
    expect(blocks('- a\n\t- b')).toEqual(['bullet(a, bullet(b))']);
    // A tab counts as four spaces.
    expect(blocks('- a\n  - b\n\t- c')).toEqual(['bullet(a, bullet(b, bullet(c)))']);
    expect(blocks('- [ ] t\n  - plain')).toEqual(['check([ ] t, bullet(plain))']);
    expect(blocks('  - deep first\n- shallow')).toEqual(['bullet(deep first)', 'bullet(shallow)']);
    // The nested list's item holds the place of the next number, which it does not use.
    const list = (JSON.parse(convertMarkdown('1. a\n   1. b\n2. c').json) as { root: Node }).root
      .children?.[0];
    expect(list?.children?.map((i) => i.value)).toEqual([1, 2, 2]);
  });

  it('keeps every item of a list nested deeper than ten levels, the deepest at the tenth', () => {
    const lines = Array.from({ length: 14 }, (_, k) => `${'  '.repeat(k)}- L${k}`);
    const [list] = blocks([...lines, '- back'].join('\n'));
    for (let k = 0; k < 14; k += 1) expect(list).toContain(`L${k}`);
    expect(list).toContain('bullet(L10, L11, L12, L13)');
    expect(list?.endsWith(', back)')).toBe(true);
  });
});
