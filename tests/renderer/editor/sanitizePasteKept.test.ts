// @vitest-environment jsdom
// What a paste keeps beyond the common formats: the smaller headings, every way apps write a
// strikethrough, preformatted code and plain http: links; and what it drops whole, text included.
import { describe, expect, it } from 'vitest';
import { sanitizePaste } from '../../../src-renderer/src/editor/sanitizePaste';

describe('sanitizePaste keeps', () => {
  it('every heading level, strike and del, preformatted code, divisions and spans', () => {
    const html =
      '<h4>D</h4><h5>E</h5><h6>F</h6><div><p><strike>old</strike> <del>gone</del> <span>plain</span></p></div>' +
      '<pre><code>x = 1</code></pre>';
    expect(sanitizePaste(html)).toBe(html);
  });

  it('plain http: links as well as https: and mail, whatever their case', () => {
    const div = document.createElement('div');
    div.innerHTML = sanitizePaste(
      '<p><a href="http://intranet.example/wiki">wiki</a> <a href="HTTPS://ok.example">ok</a> ' +
        '<a href="MAILTO:me@example.com">me</a></p>',
    );
    expect(Array.from(div.querySelectorAll('a')).map((a) => a.getAttribute('href'))).toEqual([
      'http://intranet.example/wiki',
      'HTTPS://ok.example',
      'MAILTO:me@example.com',
    ]);
  });
});

describe('sanitizePaste drops with their text', () => {
  it('templates, fallbacks for scripts, drawings and formulas: none of their text is prose', () => {
    const out = sanitizePaste(
      '<p>Kept</p><template><p>hidden</p></template><noscript><p>enable JS</p></noscript>' +
        '<svg><text>chart label</text></svg><math><mi>x</mi></math><title>page title</title>' +
        '<object data="x.swf"><p>object fallback</p></object><picture><p>picture fallback</p></picture>',
    );
    expect(out).toBe('<p>Kept</p>');
  });
});
