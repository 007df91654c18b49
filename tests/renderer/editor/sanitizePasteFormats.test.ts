// @vitest-environment jsdom
// Pasting from word processors at the edges: which CSS weights count as bold, Google Docs' wrapper,
// the newer text-decoration-line, anchors with no address, and list numbering kept.
import { describe, expect, it } from 'vitest';
import { sanitizePaste } from '../../../src-renderer/src/editor/sanitizePaste';

function tags(html: string): string[] {
  const div = document.createElement('div');
  div.innerHTML = sanitizePaste(html);
  return Array.from(div.querySelectorAll('*')).map((el) => el.tagName.toLowerCase());
}

describe('sanitizePaste formats', () => {
  it('bold from 600 up, or bold/bolder; 500 and normal are not bold', () => {
    expect(tags('<p><span style="font-weight:600">x</span></p>')).toEqual(['p', 'span', 'b']);
    expect(tags('<p><span style="font-weight: BOLDER">x</span></p>')).toEqual(['p', 'span', 'b']);
    expect(tags('<p><span style="font-weight:bold">x</span></p>')).toEqual(['p', 'span', 'b']);
    expect(tags('<p><span style="font-weight:500">x</span></p>')).toEqual(['p', 'span']);
    expect(tags('<p><span style="font-weight:normal">x</span></p>')).toEqual(['p', 'span']);
  });

  it("Google Docs' wrapper <b> with weight normal or 400 is not bold; a real <b> with another style stays bold", () => {
    expect(tags('<b style="font-weight:400"><p>x</p></b>')).toEqual(['p']);
    expect(tags('<b style="font-weight:normal"><p>x</p></b>')).toEqual(['p']);
    expect(tags('<p><b style="color:red">x</b></p>')).toEqual(['p', 'b']);
    // A span said to be of normal weight is kept as it is (only the wrapper <b> is removed).
    expect(tags('<p><span style="font-weight:400">x</span></p>')).toEqual(['p', 'span']);
  });

  it('reads text-decoration-line, and both underline and strike together', () => {
    expect(tags('<p><span style="text-decoration-line:underline">x</span></p>')).toEqual([
      'p',
      'span',
      'u',
    ]);
    expect(
      tags('<p><span style="text-decoration: underline line-through">x</span></p>').sort(),
    ).toEqual(['p', 's', 'span', 'u']);
    expect(tags('<p><span style="font-style:normal">x</span></p>')).toEqual(['p', 'span']);
  });

  it('an anchor without an address keeps its text as plain text', () => {
    const div = document.createElement('div');
    div.innerHTML = sanitizePaste(
      '<p><a name="top">Top</a> and <a href="  https://ok.example/x ">ok</a></p>',
    );
    expect(Array.from(div.querySelectorAll('a')).map((a) => a.textContent)).toEqual(['ok']);
    expect(div.textContent).toBe('Top and ok');
  });

  it('keeps list numbering and writing direction, nothing else', () => {
    expect(sanitizePaste('<ol start="3" type="a"><li dir="rtl" title="t">x</li></ol>')).toBe(
      '<ol start="3"><li dir="rtl">x</li></ol>',
    );
    // No data- or aria- attributes either: the journal shows none, and they could carry anything.
    expect(sanitizePaste('<p data-tracking="id-42" aria-label="x" aria-hidden="true">y</p>')).toBe(
      '<p>y</p>',
    );
    // Still no script through them.
    expect(sanitizePaste('<p dir="javascript:alert(1)" onclick="x()">y</p>')).not.toMatch(
      /onclick/,
    );
  });

  it('a table cell is followed by a bar only when another cell follows it', () => {
    const div = document.createElement('div');
    div.innerHTML = sanitizePaste(
      '<table><tr><td>one</td></tr><tr><td>a</td><td>b</td><td>c</td></tr></table>',
    );
    expect(Array.from(div.querySelectorAll('p')).map((p) => p.textContent)).toEqual([
      'one',
      'a | b | c',
    ]);
  });
});
