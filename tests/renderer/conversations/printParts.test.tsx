// @vitest-environment jsdom
// The pure parts of printing: rich text on paper, paper defaults, file names and the footer's CSS text.
import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import {
  LexicalView,
  isEmptyLexical,
} from '../../../src-renderer/src/features/conversations/print/LexicalView';
import {
  defaultPaper,
  pdfPageSize,
} from '../../../src-renderer/src/features/conversations/print/paper';
import { safeFileName } from '../../../src-renderer/src/features/conversations/print/fileName';
import {
  cssString,
  footerRule,
} from '../../../src-renderer/src/features/conversations/print/printFooter';

const text = (t: string, format = 0) => ({
  type: 'text',
  text: t,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
  version: 1,
});
const state = (...children: unknown[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children } });

describe('rich text on paper', () => {
  it('keeps formatting, lists, headings and shows link addresses instead of following them', () => {
    const json = state(
      { type: 'heading', tag: 'h1', children: [text('Plan')] },
      {
        type: 'paragraph',
        children: [text('Ship '), text('faster', 1), text(' and ', 0), text('calmer', 2)],
      },
      {
        type: 'list',
        listType: 'number',
        children: [
          { type: 'listitem', children: [text('first')] },
          { type: 'listitem', children: [text('second')] },
        ],
      },
      {
        type: 'paragraph',
        children: [{ type: 'link', url: 'https://example.com/plan', children: [text('the plan')] }],
      },
    );
    const { container } = render(<LexicalView json={json} />);
    expect(container.querySelector('h4')?.textContent).toBe('Plan');
    expect(container.querySelector('strong')?.textContent).toBe('faster');
    expect(container.querySelector('em')?.textContent).toBe('calmer');
    expect([...container.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual([
      'first',
      'second',
    ]);
    expect(container.querySelector('a')).toBeNull();
    expect(container.textContent).toContain('the plan (https://example.com/plan)');
  });

  it('prints a link to another entry as its text, without its ladder: address', () => {
    const json = state({
      type: 'paragraph',
      children: [
        text('See '),
        { type: 'link', url: 'ladder:entry/md-0123abc', children: [text('the review')] },
      ],
    });
    const { container } = render(<LexicalView json={json} />);
    expect(container.textContent).toBe('See the review');
  });

  it('renders nothing for empty, malformed or hostile states', () => {
    for (const json of [
      '',
      'not json',
      '{"root":null}',
      state({ type: 'paragraph', children: [] }),
    ]) {
      const { container } = render(<LexicalView json={json} />);
      expect(container.innerHTML).toBe('');
      expect(isEmptyLexical(json)).toBe(true);
    }
    // Built as text: JSON.stringify itself would overflow the stack on this nesting.
    const deep = `{"root":{"type":"root","children":[${'{"type":"paragraph","children":['.repeat(5000)}${JSON.stringify(text('bottom'))}${']}'.repeat(5000)}]}}`;
    expect(() => render(<LexicalView json={deep} />)).not.toThrow();
  });

  it('treats text that looks like HTML as text', () => {
    const { container } = render(
      <LexicalView
        json={state({ type: 'paragraph', children: [text('<img src=x onerror=alert(1)>')] })}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('paper size', () => {
  it('follows the locale: Letter in the Americas that use it, A4 elsewhere', () => {
    expect(defaultPaper('en-US')).toBe('letter');
    expect(defaultPaper('en-CA')).toBe('letter');
    expect(defaultPaper('fr-CA')).toBe('letter');
    expect(defaultPaper('es-MX')).toBe('letter');
    expect(defaultPaper('en')).toBe('letter');
    expect(defaultPaper('en-GB')).toBe('a4');
    expect(defaultPaper('de-DE')).toBe('a4');
    expect(defaultPaper('es-ES')).toBe('a4');
    expect(defaultPaper('ja')).toBe('a4');
    expect(defaultPaper('not a locale!')).toBe('a4');
    expect(defaultPaper(undefined)).toBe('a4');
    expect(pdfPageSize('letter')).toBe('Letter');
    expect(pdfPageSize('a4')).toBe('A4');
  });
});

describe('file names', () => {
  it('makes titles safe as download names', () => {
    expect(safeFileName('Growth talk', 'md')).toBe('Growth talk.md');
    expect(safeFileName('../../etc/passwd', 'ics')).toBe('etc passwd.ics');
    expect(safeFileName('a<b>c:d"e|f?g*h\\i', 'md')).toBe('a b c d e f g h i.md');
    expect(safeFileName('line\nbreak\u0000nul', 'md')).toBe('line break nul.md');
    expect(safeFileName('   ', 'pdf')).toBe('Agenda.pdf');
    expect(safeFileName('x'.repeat(500), 'md')).toHaveLength(103);
  });
});

describe('footer text', () => {
  it('escapes every character that could end the CSS string or the rule', () => {
    const title = `Talk "one"; } @page { x } \\ </style>\n`;
    const literal = cssString(title);
    expect(literal.slice(1, -1)).not.toMatch(/["{};<>\n]/);
    expect(literal).toMatch(/^"Talk \\22 one\\22 /);
    const rule = footerRule(title);
    expect(rule.match(/@page agenda-(a4|letter)/g)).toEqual([
      '@page agenda-a4',
      '@page agenda-letter',
    ]);
    expect(rule.split('{').length).toBe(rule.split('}').length);
  });
});
