// Lexical editor-state JSON → Markdown (CommonMark), for the export's readable copies. Pure and
// Lexical-free: it walks the stored JSON. Covers what the editor can make: headings, bold, italic,
// strikethrough, inline code, links, bullet/numbered/check lists (nested), quotes, code blocks.
import { entryIdFromLink } from '../journal/entryLinks';
import { childrenOf, FORMAT, MAX_DEPTH, type LexicalJsonNode } from '../journal/lexicalJson';

type Node = LexicalJsonNode;

const { bold: BOLD, italic: ITALIC, strikethrough: STRIKE, code: CODE } = FORMAT;

/** Escapes what could open Markdown markup or raw HTML inside a line; letters of any script pass as they are. */
export function escapeInline(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, '\\$&');
}

/**
 * Every line that would otherwise start a heading, quote, list or rule is escaped at its start (a
 * numbered marker at its `.` or `)`: a backslash before a digit is no escape and would stay).
 */
function escapeLineStart(text: string): string {
  return text.replace(
    /^([ \t]*)(?:([#>+-])|(\d+)([.)]))/gm,
    (_m, space: string, mark?: string, digits?: string, dot?: string) =>
      mark === undefined ? `${space}${digits}\\${dot}` : `${space}\\${mark}`,
  );
}

function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

function textRun(node: Node): string {
  const raw = typeof node.text === 'string' ? node.text : '';
  if (raw === '') return '';
  const format = typeof node.format === 'number' ? node.format : 0;
  if (format & CODE) return codeSpan(raw);
  // Markup cannot hug spaces in CommonMark: keep the spaces outside the markers.
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw);
  const [lead, core, trail] = m ? [m[1] ?? '', m[2] ?? '', m[3] ?? ''] : ['', raw, ''];
  if (core === '') return raw;
  let out = escapeInline(core);
  if (format & STRIKE) out = `~~${out}~~`;
  if (format & ITALIC) out = `*${out}*`;
  if (format & BOLD) out = `**${out}**`;
  return lead + out + trail;
}

function safeUrl(url: unknown): string | null {
  if (typeof url !== 'string') return null;
  try {
    const parsed = new URL(url.trim());
    if (!['http:', 'https:', 'mailto:'].includes(parsed.protocol)) return null;
  } catch {
    return null;
  }
  // encodeURIComponent leaves parentheses as they are; a reader (Ladder's import too) ends the link at one.
  return url
    .trim()
    .replace(/[()<>\s]/g, (c) => (c === '(' ? '%28' : c === ')' ? '%29' : encodeURIComponent(c)));
}

/** The title of the entry with this id, when the export holds it. */
export type EntryTitleOf = (id: string) => string | null;

// Links to another entry, as the `[[Title]]` / `[[Title|text]]` they are written as; filled by
// markEntryLinks for the nodes of one state just parsed, so nothing a body holds can spell one.
const wikiText = new WeakMap<Node, string>();
// Also no `<`, backtick or backslash: a reader's Markdown must see only text inside the brackets.
const WIKI_UNSAFE = /[[\]|#^\n\r<>`\\]/;

function rawText(node: Node, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  if (typeof node.text === 'string') return node.text;
  return childrenOf(node)
    .map((c) => rawText(c, depth + 1))
    .join('');
}

/**
 * An entry link never leaves as its `ladder:` url, which means nothing outside Ladder: it becomes
 * `[[Title]]` (what a vault import links again) when the linked entry is in the export, else its text.
 */
function markEntryLinks(node: Node, titleOf: EntryTitleOf, depth: number): void {
  if (depth > MAX_DEPTH) return;
  for (const c of childrenOf(node)) {
    const id =
      c.type === 'link' && typeof c.url === 'string' ? entryIdFromLink(c.url.trim()) : null;
    const title = id === null ? null : titleOf(id)?.trim();
    if (title && !WIKI_UNSAFE.test(title)) {
      const label = rawText(c, depth + 1).trim();
      if (label === '' || label === title) wikiText.set(c, `[[${title}]]`);
      else if (!WIKI_UNSAFE.test(label)) wikiText.set(c, `[[${title}|${label}]]`);
    } else markEntryLinks(c, titleOf, depth + 1);
  }
}

function inline(nodes: Node[], depth: number): string {
  if (depth > MAX_DEPTH) return '';
  let out = '';
  for (const n of nodes) {
    const wiki = wikiText.get(n);
    if (wiki !== undefined) out += wiki;
    else if (n.type === 'linebreak') out += '\\\n';
    else if (n.type === 'tab') out += '\t';
    else if (n.type === 'link' || n.type === 'autolink') {
      const label = inline(childrenOf(n), depth + 1);
      const url = safeUrl(n.url);
      out += url === null ? label : `[${label || escapeInline(url)}](${url})`;
    } else if (typeof n.text === 'string') out += textRun(n);
    else out += inline(childrenOf(n), depth + 1);
  }
  return out;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first : line === '' ? rest.trimEnd() : rest) + line)
    .join('\n');
}

function list(node: Node, depth: number): string {
  const ordered = node.listType === 'number';
  const check = node.listType === 'check';
  let n = 0;
  const items: string[] = [];
  for (const item of childrenOf(node)) {
    // A listitem holding only a list is how Lexical nests: it belongs under the previous item.
    const children = childrenOf(item);
    const nested = children.filter((c) => c.type === 'list').map((c) => list(c, depth + 1));
    const own = inline(
      children.filter((c) => c.type !== 'list'),
      depth + 1,
    );
    if (own === '' && nested.length > 0 && items.length > 0) {
      const indent = ordered ? '   ' : '  ';
      items[items.length - 1] +=
        '\n' + nested.map((t) => prefixLines(t, indent, indent)).join('\n');
      continue;
    }
    n += 1;
    const marker = ordered ? `${n}. ` : check ? `- [${item.checked === true ? 'x' : ' '}] ` : '- ';
    const body = [escapeLineStart(own), ...nested].join('\n');
    items.push(prefixLines(body, marker, ' '.repeat(ordered ? marker.length : 2)));
  }
  return items.join('\n');
}

function block(node: Node, depth: number): string {
  if (depth > MAX_DEPTH) return '';
  switch (node.type) {
    case 'heading': {
      const level = /^h([1-6])$/.exec(typeof node.tag === 'string' ? node.tag : '')?.[1] ?? '2';
      return `${'#'.repeat(Number(level))} ${inline(childrenOf(node), depth + 1).replace(/\\\n/g, ' ')}`;
    }
    case 'quote':
      return prefixLines(escapeLineStart(inline(childrenOf(node), depth + 1)), '> ', '> ');
    case 'list':
      return list(node, depth + 1);
    case 'code': {
      const code = childrenOf(node)
        .map((c) =>
          c.type === 'linebreak'
            ? '\n'
            : c.type === 'tab'
              ? '\t'
              : typeof c.text === 'string'
                ? c.text
                : '',
        )
        .join('');
      const longest = Math.max(2, ...(code.match(/`{3,}/g) ?? []).map((r) => r.length));
      const fence = '`'.repeat(longest + 1);
      return `${fence}\n${code}\n${fence}`;
    }
    default: {
      if (typeof node.text === 'string' || node.type === 'link' || node.type === 'autolink')
        return inline([node], depth);
      const children = childrenOf(node);
      // A container of blocks (an unknown element node) keeps its blocks apart; otherwise it is a paragraph.
      if (
        children.some((c) =>
          ['paragraph', 'heading', 'quote', 'list', 'code'].includes(String(c.type)),
        )
      ) {
        return children
          .map((c) => block(c, depth + 1))
          .filter((b) => b !== '')
          .join('\n\n');
      }
      return escapeLineStart(inline(children, depth + 1));
    }
  }
}

/**
 * Markdown for a stored Lexical JSON state; '' for an empty or unreadable one. Links to another
 * entry become `[[Title]]` when `titleOf` knows it, else their text.
 */
export function markdownFromLexical(json: string, titleOf: EntryTitleOf = () => null): string {
  if (!json) return '';
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return '';
  }
  const root = (state as { root?: Node } | null)?.root;
  if (!root || typeof root !== 'object') return '';
  markEntryLinks(root, titleOf, 0);
  return childrenOf(root)
    .map((b) => block(b, 1))
    .filter((b) => b.trim() !== '')
    .join('\n\n');
}
