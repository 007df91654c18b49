// Cleans HTML pasted from other apps before Lexical imports it. What stays is what the journal can show:
// text, paragraphs, headings, lists, quotes, code, simple inline formats and web/mail links. Everything
// else goes, above all anything that could run code or fetch from the network (scripts, frames, images,
// media, stylesheets, event handlers, javascript:/data: links). Inline styles are read once, to keep
// bold/italic/underline/strike written as CSS (Word, Google Docs), and then dropped.
import DOMPurify from 'dompurify';

const ALLOWED_TAGS = [
  'p',
  'br',
  'div',
  'span',
  'b',
  'strong',
  'i',
  'em',
  'u',
  's',
  'strike',
  'del',
  'code',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
];
const ALLOWED_ATTR = ['href', 'dir', 'start'];
// Never keep even the text inside these: it is code, metadata or media fallback, not prose.
const DROP_WITH_CONTENT = [
  'script',
  'style',
  'template',
  'iframe',
  'frame',
  'object',
  'embed',
  'video',
  'audio',
  'picture',
  'noscript',
  'head',
  'title',
  'svg',
  'math',
];
// Not ladder: links to another entry: HTML on the clipboard comes from another app (a copy inside
// Ladder pastes Lexical's own format, which keeps them), so such an address there becomes its text.
const ALLOWED_LINK = /^(?:https?:|mailto:)/i;

/** Returns HTML holding only supported, inert markup. Pure apart from using the DOM parser. */
export function sanitizePaste(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of Array.from(doc.querySelectorAll(DROP_WITH_CONTENT.join(',')))) el.remove();
  flattenTables(doc);
  for (const el of Array.from(doc.body.querySelectorAll<HTMLElement>('[style]')))
    promoteInlineStyle(el);
  const clean = DOMPurify.sanitize(doc.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOWED_URI_REGEXP: ALLOWED_LINK,
    // DOMPurify checks every attribute not listed here against ALLOWED_URI_REGEXP: without this,
    // `start="3"` and `dir="rtl"` fail it and a list's numbering and a paragraph's direction are lost.
    ADD_URI_SAFE_ATTR: ['dir', 'start'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ADD_FORBID_CONTENTS: DROP_WITH_CONTENT,
    RETURN_DOM_FRAGMENT: false,
  });
  return unwrapDeadLinks(clean);
}

/**
 * Reads a style attribute as text. The CSSOM (`el.style`) is empty here in a real browser: the
 * page's CSP (no inline styles) applies to parsed documents too, so the declarations never apply.
 */
export function parseStyleAttribute(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const declaration of text.split(';')) {
    const colon = declaration.indexOf(':');
    if (colon < 0) continue;
    const name = declaration.slice(0, colon).trim().toLowerCase();
    const value = declaration
      .slice(colon + 1)
      .replace(/!important/i, '')
      .trim()
      .toLowerCase();
    if (name) out[name] = value;
  }
  return out;
}

/** Google Docs wraps a whole paste in `<b style="font-weight:normal">`; other apps set formats in CSS. */
function promoteInlineStyle(el: HTMLElement): void {
  const css = parseStyleAttribute(el.getAttribute('style') ?? '');
  const style = {
    fontWeight: css['font-weight'] ?? '',
    fontStyle: css['font-style'] ?? '',
    textDecoration: css['text-decoration'] ?? '',
    textDecorationLine: css['text-decoration-line'] ?? '',
  };
  const weight = style.fontWeight;
  if (el.tagName === 'B' && (weight === 'normal' || weight === '400')) {
    unwrap(el);
    return;
  }
  const wrappers: string[] = [];
  if (weight === 'bold' || weight === 'bolder' || Number(weight) >= 600) wrappers.push('b');
  if (style.fontStyle === 'italic') wrappers.push('i');
  const decoration = `${style.textDecoration} ${style.textDecorationLine}`;
  if (decoration.includes('underline')) wrappers.push('u');
  if (decoration.includes('line-through')) wrappers.push('s');
  for (const tag of wrappers) {
    const wrapper = el.ownerDocument.createElement(tag);
    while (el.firstChild) wrapper.appendChild(el.firstChild);
    el.appendChild(wrapper);
  }
}

/** A table row becomes a paragraph with its cells separated by bars, so no text runs together. */
function flattenTables(doc: Document): void {
  for (const cell of Array.from(doc.querySelectorAll('td, th'))) {
    if (cell.nextElementSibling) cell.append(doc.createTextNode(' | '));
    const span = doc.createElement('span');
    while (cell.firstChild) span.appendChild(cell.firstChild);
    cell.replaceWith(span);
  }
  for (const row of Array.from(doc.querySelectorAll('tr'))) {
    const p = doc.createElement('p');
    while (row.firstChild) p.appendChild(row.firstChild);
    row.replaceWith(p);
  }
  for (const part of Array.from(
    doc.querySelectorAll('table, thead, tbody, tfoot, caption, colgroup'),
  ))
    unwrap(part);
}

/** Anchors whose href was refused keep their text but stop being links. */
function unwrapDeadLinks(html: string): string {
  if (!html.includes('<a')) return html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  let changed = false;
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    const href = a.getAttribute('href');
    if (href === null || !ALLOWED_LINK.test(href.trim())) {
      unwrap(a);
      changed = true;
    }
  }
  return changed ? doc.body.innerHTML : html;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}
