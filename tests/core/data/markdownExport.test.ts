// The export's Markdown for what the editor stores, construct by construct, and that Ladder's own
// import reads each copy back to the same text and formatting.
import { describe, expect, it } from 'vitest';
import { markdownFromLexical } from '../../../src-main/shared/data/lexicalMarkdown';
import { convertMarkdown } from '../../../src-main/shared/data/markdownLexical';

type Node = Record<string, unknown>;

const text = (t: unknown, format: unknown = 0): Node => ({ type: 'text', text: t, format });
const p = (...children: Node[]): Node => ({ type: 'paragraph', children });
const link = (url: unknown, ...children: Node[]): Node => ({ type: 'link', url, children });
const heading = (tag: unknown, ...children: Node[]): Node => ({ type: 'heading', tag, children });
const item = (children: Node[], extra: Node = {}): Node => ({
  type: 'listitem',
  children,
  ...extra,
});
const list = (listType: string, ...items: Node[]): Node => ({
  type: 'list',
  listType,
  children: items,
});
const BREAK: Node = { type: 'linebreak' };
const TAB: Node = { type: 'tab' };

const TITLES: Record<string, string> = {
  e1: 'Weekly review',
  e2: 'Bad [title]',
  e3: '  Spaced  ',
  e4: 'Has `tick`',
};

function md(...blocks: Node[]): string {
  const state = JSON.stringify({ root: { type: 'root', children: blocks } });
  return markdownFromLexical(state, (id) => TITLES[id] ?? null);
}

/** Each text run of the Markdown read back by the import, as `text:format`. */
function readBack(markdown: string): string[] {
  const walk = (n: { type: string; text?: string; format?: number; children?: [] }): string[] =>
    n.type === 'text' ? [`${n.text}:${n.format}`] : (n.children ?? []).flatMap(walk);
  return walk(JSON.parse(convertMarkdown(markdown).json).root);
}

describe('the Markdown export of an entry', () => {
  it('writes bold, italic and struck-through runs with the spaces outside the markers', () => {
    expect(md(p(text('  bold  ', 1), text('x', 2), text(' ', 1), text('', 1), text('z', 7)))).toBe(
      '  **bold**  *x* ***~~z~~***',
    );
    expect(md(p(text('n', '1'), text(5)))).toBe('n');
  });

  it('reads every run back with its formatting, also when runs of different markers touch', () => {
    const runs: [string, number][] = [
      ['a', 0],
      ['b', 1],
      ['c', 0],
      [' d', 2],
      ['e', 4],
      ['f', 2],
      [' g', 3],
      [' h', 0],
    ];
    const markdown = md(p(...runs.map(([t, f]) => text(t, f))));
    expect(markdown).toBe('a**b**c *d*~~e~~*f* ***g*** h');
    expect(readBack(markdown)).toEqual([
      'a:0',
      'b:1',
      'c :0',
      'd:2',
      'e:4',
      'f:2',
      ' :0',
      'g:3',
      ' h:0',
    ]);
  });

  it('writes code runs in a fence longer than any backtick run inside, padded when they touch it', () => {
    expect(md(p(text('a`b', 16)))).toBe('``a`b``');
    expect(md(p(text('`x', 16)))).toBe('`` `x ``');
    expect(md(p(text('y`', 16)))).toBe('`` y` ``');
    expect(md(p(text('p ``q', 16)))).toBe('```p ``q```');
    expect(md(p(text('c', 17)))).toBe('`c`');
    expect(md(p(text('a'), text('', 16), text('', 1)))).toBe('a');
    for (const code of ['a`b', '`x', 'y`', 'p ``q'])
      expect(readBack(md(p(text(code, 16))))).toEqual([`${code}:16`]);
  });

  it('escapes what would become markup, and keeps each line from starting a block', () => {
    expect(md(p(text('a\\b `c` *d* _e_ [f] <g>')))).toBe(
      'a\\\\b \\`c\\` \\*d\\* \\_e\\_ \\[f\\] \\<g\\>',
    );
    expect(
      md(
        p(text('# h')),
        p(text('> q')),
        p(text('+ p')),
        p(text('12. n')),
        p(text('3) n')),
        p(text('  - x')),
        p(text('a - b')),
      ),
    ).toBe('\\# h\n\n\\> q\n\n\\+ p\n\n12\\. n\n\n3\\) n\n\n  \\- x\n\na - b');
    for (const line of ['# h', '> q', '+ p', '12. n', '3) n', '- x', 'a\\b `c` *d* _e_ [f] <g>'])
      expect(readBack(md(p(text(line))))).toEqual([`${line}:0`]);
  });

  it('writes line breaks as a backslash and tabs as tabs', () => {
    expect(md(p(text('a'), BREAK, text('b'), TAB, text('c')))).toBe('a\\\nb\tc');
  });

  it('writes headings of their level (level 2 when unknown), on one line', () => {
    expect(
      md(
        heading('h1', text('A')),
        heading('h6', text('F')),
        heading('h9', text('bad')),
        heading(undefined, text('none')),
        heading('h2', text('a'), BREAK, text('b')),
      ),
    ).toBe('# A\n\n###### F\n\n## bad\n\n## none\n\n## a b');
  });

  it('escapes a block marker at the start of every line of a paragraph, not only the first', () => {
    const markdown = md(p(text('a'), BREAK, text('# not a heading'), BREAK, text('2. not a list')));
    expect(markdown).toBe('a\\\n\\# not a heading\\\n2\\. not a list');
    expect(readBack(markdown)).toEqual(['a:0', '# not a heading:0', '2. not a list:0']);
  });

  it('quotes every line, blank ones too, and escapes a list marker inside', () => {
    expect(md({ type: 'quote', children: [text('q1'), BREAK, text('- not a list')] })).toBe(
      '> q1\\\n> \\- not a list',
    );
    expect(md({ type: 'quote', children: [text('a'), BREAK, BREAK, text('b')] })).toBe(
      '> a\\\n> \\\n> b',
    );
  });

  it('writes bullet, numbered and check lists with nested lists under their item', () => {
    expect(
      md(
        list(
          'bullet',
          item([text('a')]),
          item([text('# b')]),
          item([list('bullet', item([text('n1')]), item([text('n2')]))]),
          item([text('c')]),
        ),
      ),
    ).toBe('- a\n- \\# b\n  - n1\n  - n2\n- c');
    expect(
      md(
        list(
          'number',
          item([text('a')]),
          item([list('number', item([text('n1')]), item([text('n2'), BREAK, text('more')]))]),
          item([text('b')]),
          item([text('1. c')]),
        ),
      ),
    ).toBe('1. a\n   1. n1\n   2. n2\\\n      more\n2. b\n3. 1\\. c');
    expect(
      md(
        list(
          'check',
          item([text('done')], { checked: true }),
          item([text('open')], { checked: false }),
          item([text('unset')]),
        ),
      ),
    ).toBe('- [x] done\n- [ ] open\n- [ ] unset');
    expect(md(list('bullet', item([text('a'), BREAK, text('b')])))).toBe('- a\\\n  b');
    expect(md(list('bullet', item([list('bullet', item([text('first')]))])))).toBe('- \n  - first');
  });

  it('fences code with more backticks than any run inside, keeping tabs and breaks', () => {
    expect(
      md({
        type: 'code',
        children: [text('a ``` b'), BREAK, text('x'), TAB, text('y'), { type: 'other' }],
      }),
    ).toBe('````\na ``` b\nx\ty\n````');
    expect(md({ type: 'code', children: [text('````')] })).toBe('`````\n````\n`````');
    expect(md({ type: 'code', children: [text('a `` b')] })).toBe('```\na `` b\n```');
  });

  it('keeps http, https and mailto links (trimmed, spaces, brackets and parentheses encoded), else the text', () => {
    expect(
      md(
        p(link('https://a.b/x y(1)<2>', text('lbl'))),
        p(link(' https://c.d ')),
        p(link('ftp://x', text('ftp'))),
        p(link('mailto:a@b.c', text('m'))),
        p(link('http://h', text('h'))),
        p(link(5, text('num'))),
        p(link('not a url', text('plain'))),
        p({ type: 'autolink', url: 'https://z.z', children: [text('z')] }),
      ),
    ).toBe(
      '[lbl](https://a.b/x%20y%281%29%3C2%3E)\n\n[https://c.d](https://c.d)\n\nftp\n\n[m](mailto:a@b.c)\n\n[h](http://h)\n\nnum\n\nplain\n\n[z](https://z.z)',
    );
    const back = JSON.parse(convertMarkdown(md(p(link('https://w.org/A_(b)', text('w'))))).json);
    expect(back.root.children[0].children[0]).toMatchObject({
      type: 'link',
      url: 'https://w.org/A_%28b%29',
    });
  });

  it('writes links to entries of the export as [[Title]] or [[Title|text]], else as their text', () => {
    expect(
      md(
        p(link('ladder:entry/e1', text('Weekly review'))),
        p(link('ladder:entry/e1', text('see '), text('this', 1))),
        p(link('ladder:entry/e1')),
        p(link('ladder:entry/e2', text('x'))),
        p(link('ladder:entry/e4', text('y'))),
        p(link('ladder:entry/e1', text('a|b'))),
        p(link('ladder:entry/e9', text('gone'))),
        p(link('ladder:entry/e3', text('Spaced'))),
        p(link(' ladder:entry/e1 ', text('padded'))),
        p(link('ladder:entry/e1', text(' Weekly review '))),
      ),
    ).toBe(
      '[[Weekly review]]\n\n[[Weekly review|see this]]\n\n[[Weekly review]]\n\nx\n\ny\n\na|b\n\ngone\n\n[[Spaced]]\n\n[[Weekly review|padded]]\n\n[[Weekly review]]',
    );
    // A [[…]] typed as text is escaped, so only a real link comes back as one.
    expect(md(p(text('[[Weekly review]]')))).toBe('\\[\\[Weekly review\\]\\]');
  });

  it('keeps the blocks of an unknown container apart, drops empty blocks, and reads stray inline nodes', () => {
    expect(
      md(
        { type: 'unknown', children: [p(text('a')), heading('h2', text('b')), p()] },
        { type: 'unknown', children: [text('- inline')] },
        text('bare text'),
        link('https://x.y', text('bare link')),
        p(),
        p(text('   ')),
        item([text('stray')]),
      ),
    ).toBe('a\n\n## b\n\n\\- inline\n\nbare text\n\n[bare link](https://x.y)\n\nstray');
  });

  it('does not follow nesting deeper than the stored-state limit', () => {
    let deep: Node = text('deep');
    for (let i = 0; i < 150; i += 1) deep = { type: 'unknown', children: [deep] };
    expect(md(p(text('top')), deep)).toBe('top');
    // An entry link's text nested past the limit is not read: the link is written by its title.
    let label: Node = text('deep label');
    for (let i = 0; i < 150; i += 1) label = { type: 'unknown', children: [label] };
    expect(md(p(link('ladder:entry/e1', label)))).toBe('[[Weekly review]]');
    // Containers of blocks inside containers of blocks: the same limit.
    let blocks: Node = p(text('deep block'));
    for (let i = 0; i < 150; i += 1) blocks = { type: 'unknown', children: [p(), blocks] };
    expect(md(p(text('top')), blocks)).toBe('top');
    let shallow: Node = text('kept');
    for (let i = 0; i < 50; i += 1) shallow = { type: 'unknown', children: [shallow] };
    expect(md(shallow)).toBe('kept');
  });
});
