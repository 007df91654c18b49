// Inline Markdown of an imported note, construct by construct: what text, formatting and links the
// entry ends up with (escapes, code spans, autolinks, wiki links, links, emphasis, line breaks).
import { describe, expect, it } from 'vitest';
import { inlineNodes } from '../../../src-main/shared/data/markdownInline';

interface Node {
  type: string;
  text?: string;
  format?: number;
  url?: string;
  children?: Node[];
}

// Formats as the editor stores them: bold 1, italic 2, strikethrough 4, code 16.
function runs(nodes: Node[]): string[] {
  return nodes.map((n) =>
    n.type === 'link'
      ? `link ${n.url} [${runs(n.children ?? []).join(' ')}]`
      : n.type === 'linebreak'
        ? 'break'
        : `${n.text ?? ''}:${n.format ?? 0}`,
  );
}

/** The runs of one line of Markdown; the import knows one note, B, with the entry id `id-b`. */
function read(markdown: string, embeds: string[] = []): string[] {
  const resolveWiki = (target: string): string | null => (target === 'B' ? 'id-b' : null);
  return runs(inlineNodes(markdown, { embeds, resolveWiki }) as unknown as Node[]);
}

describe('inline Markdown of an imported note', () => {
  it('reads a backslash before punctuation as that character, and keeps any other backslash', () => {
    expect(read('C:\\Users \\* \\a \\_x\\_')).toEqual(['C:\\Users * \\a _x_:0']);
    expect(read('ends in a\\')).toEqual(['ends in a\\:0']);
    // An escaped `]` does not close the link text; an escaped backslash before it does not escape it.
    expect(read('[a\\]b](https://x.y)')).toEqual(['link https://x.y [a]b:0]']);
    expect(read('[a\\\\](https://x.y)')).toEqual(['link https://x.y [a\\:0]']);
  });

  it('makes a newline a line break; two or more trailing spaces are the break mark, one is text', () => {
    expect(read('a \nb')).toEqual(['a :0', 'break', 'b:0']);
    expect(read('a  \nb')).toEqual(['a:0', 'break', 'b:0']);
    expect(read('a   \nb')).toEqual(['a:0', 'break', 'b:0']);
    expect(read('a\\\nb')).toEqual(['a:0', 'break', 'b:0']);
    expect(read('a\\\\\nb')).toEqual(['a\\:0', 'break', 'b:0']);
  });

  it('reads code spans of any fence length, trims one space each side, keeps unclosed fences', () => {
    expect(read('`a')).toEqual(['`a:0']);
    expect(read('```a``')).toEqual(['```a``:0']);
    expect(read('`a``b`')).toEqual(['a``b:16']);
    expect(read('`` a ` b ``')).toEqual(['a ` b:16']);
    expect(read('` a `')).toEqual(['a:16']);
    expect(read('` a`')).toEqual([' a:16']);
    expect(read('`  `')).toEqual(['  :16']);
    expect(read('**`a`**')).toEqual(['a:17']);
    // A code span cannot reach past the emphasis around it.
    expect(read('*a `b* c`')).toEqual(['a `b:2', ' c`:0']);
  });

  it('links <http…>, <https…> and <mailto:…> autolinks; other brackets stay text', () => {
    expect(read('<https://x.y>c')).toEqual(['link https://x.y [https://x.y:0]', 'c:0']);
    expect(read('<mailto:a@b.c>')).toEqual(['link mailto:a@b.c [mailto:a@b.c:0]']);
    expect(read('<HTTPS://X.Y>')).toEqual(['link HTTPS://X.Y [HTTPS://X.Y:0]']);
    expect(read('<ftp://x.y> <b> <https://x.y')).toEqual(['<ftp://x.y> <b> <https://x.y:0']);
    expect(read('*<https://a.b*>')).toEqual(['<https://a.b:2', '>:0']);
  });

  it('links [[Note]] and [[Note|alias]] to a note of the import, names ![[embeds]] and leaves them out', () => {
    const embeds: string[] = [];
    expect(read('[[B]] [[ B | alias ]] [[B|  ]]', embeds)).toEqual([
      'link ladder:entry/id-b [B:0]',
      ' :0',
      'link ladder:entry/id-b [alias:0]',
      ' :0',
      'link ladder:entry/id-b [B:0]',
    ]);
    expect(read('**[[B]]**')).toEqual(['link ladder:entry/id-b [B:1]']);
    expect(read('[[a]] and [[a|the A]]')).toEqual(['a and the A:0']);
    expect(read('![[x.png]] Hi! there', embeds)).toEqual([' Hi! there:0']);
    expect(embeds).toEqual(['x.png']);
    // A wiki link cannot reach past the emphasis around it, nor hold a bracket.
    expect(read('*[[a*]]')).toEqual(['[[a:2', ']]:0']);
    expect(read('[[B|x]y]]')).toEqual(['[[B|x]y]]:0']);
  });

  it('reads [text](url) links with spaces, <url> and a title; unsafe targets keep only their text', () => {
    expect(read('[a]( https://x.y )')).toEqual(['link https://x.y [a:0]']);
    expect(read('[a](<https://x.y>)')).toEqual(['link https://x.y [a:0]']);
    expect(read('[a](https://x.y "T")(z)')).toEqual(['link https://x.y [a:0]', '(z):0']);
    expect(read('[*b* c](https://x.y)')).toEqual(['link https://x.y [b:2  c:0]']);
    expect(read('[a]()')).toEqual(['a:0']);
    expect(read('[**y**](data:text/html,hi)')).toEqual(['y:1']);
    expect(read('![x](https://img)')).toEqual(['!:0', 'link https://img [x:0]']);
    expect(read('[a] (https://x.y)')).toEqual(['[a] (https://x.y):0']);
    // The link must end inside the emphasis it starts in.
    expect(read('*[a](https://x.y*)')).toEqual(['[a](https://x.y:2', '):0']);
  });

  it('reads bold, italic and strikethrough with either marker, nested, and not inside words for _', () => {
    expect(read('_a_ b')).toEqual(['a:2', ' b:0']);
    expect(read('a_b_')).toEqual(['a_b_:0']);
    expect(read('a*b*c')).toEqual(['a:0', 'b:2', 'c:0']);
    expect(read('a**b**')).toEqual(['a:0', 'b:1']);
    expect(read('*a*b')).toEqual(['a:2', 'b:0']);
    expect(read('***a***')).toEqual(['a:3']);
    expect(read('~~s~~ __b__')).toEqual(['s:4', ' :0', 'b:1']);
    expect(read('~~a~ b~~')).toEqual(['a~ b:4']);
    expect(read('__a_b__')).toEqual(['a_b:1']);
    expect(read('_a *b* c_')).toEqual(['a :2', 'b:2', ' c:2']);
    expect(read('**a**b**')).toEqual(['a:1', 'b**:0']);
    expect(read('**a*')).toEqual(['*a:2']);
  });

  it('keeps markers that hug a space, or stand alone, as the characters typed', () => {
    expect(read('* a*')).toEqual(['* a*:0']);
    expect(read('*a *')).toEqual(['*a *:0']);
    expect(read('~a~')).toEqual(['~a~:0']);
    expect(read('a * b _ c ~~ d')).toEqual(['a * b _ c ~~ d:0']);
  });
});
