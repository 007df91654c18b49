// Markdown → Lexical editor-state JSON, for importing notes from other apps. Everything becomes
// plain Lexical nodes: raw HTML stays visible text (never markup), and only http, https and mailto
// targets become links. Covers headings, paragraphs, quotes, bullet/numbered/check lists (nested),
// fenced code, bold, italic, strikethrough, inline code, links and autolinks.

import { FORMAT } from './lexicalJson';
import { isSafeLinkTarget } from './safeLinks';

type Json = Record<string, unknown>;

const { bold: BOLD, italic: ITALIC, strikethrough: STRIKE, code: CODE } = FORMAT;

function element(type: string, children: Json[], extra: Json = {}): Json {
  return { type, version: 1, direction: null, format: '', indent: 0, ...extra, children };
}

function textNode(text: string, format: number): Json {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

const LINEBREAK: Json = { type: 'linebreak', version: 1 };


function linkNode(url: string, children: Json[]): Json {
  return element('link', children, { url, rel: 'noreferrer', target: null, title: null });
}

/** Inline Markdown → text, link and linebreak nodes. */
export function inlineNodes(source: string, format = 0, depth = 0): Json[] {
  const out: Json[] = [];
  let plain = '';
  const flush = (): void => {
    if (plain !== '') out.push(textNode(plain, format));
    plain = '';
  };
  let i = 0;
  while (i < source.length) {
    const rest = source.slice(i);
    const ch = source[i] as string;
    if (ch === '\\' && i + 1 < source.length && /[!-/:-@[-`{-~]/.test(source[i + 1] as string)) {
      plain += source[i + 1];
      i += 2;
      continue;
    }
    if (ch === '\n' || (ch === '\\' && source[i + 1] === '\n')) {
      if (ch === '\\') i += 1;
      plain = plain.replace(/ {2,}$/, '');
      flush();
      out.push(LINEBREAK);
      i += 1;
      continue;
    }
    const code = /^(`+)([\s\S]*?[^`])\1(?!`)/.exec(rest);
    if (code) {
      flush();
      const inner = code[2] as string;
      const trimmed = /^ .* $/.test(inner) ? inner.slice(1, -1) : inner;
      out.push(textNode(trimmed, format | CODE));
      i += code[0].length;
      continue;
    }
    const auto = /^<((?:https?:\/\/|mailto:)[^\s<>]+)>/i.exec(rest);
    if (auto) {
      flush();
      const url = auto[1] as string;
      out.push(
        isSafeLinkTarget(url) ? linkNode(url, [textNode(url, format)]) : textNode(auto[0], format),
      );
      i += auto[0].length;
      continue;
    }
    const link =
      depth < 20
        ? /^\[((?:\\.|[^\]\\])*)\]\(\s*<?([^\s)>]*)>?(?:\s+"[^"]*")?\s*\)/.exec(rest)
        : null;
    if (link) {
      flush();
      const label = inlineNodes(link[1] as string, format, depth + 1);
      const url = link[2] as string;
      if (isSafeLinkTarget(url)) out.push(linkNode(url, label));
      else out.push(...label);
      i += link[0].length;
      continue;
    }
    const emphasis =
      depth < 20 ? /^(\*\*|__|~~|\*|_)(?=\S)([\s\S]*?\S)\1(?![*_~])/.exec(rest) : null;
    if (emphasis && !(ch === '_' && /\w/.test(source[i - 1] ?? ''))) {
      flush();
      const mark = emphasis[1] as string;
      const add = mark === '~~' ? STRIKE : mark.length === 2 ? BOLD : ITALIC;
      out.push(...inlineNodes(emphasis[2] as string, format | add, depth + 1));
      i += emphasis[0].length;
      continue;
    }
    plain += ch;
    i += 1;
  }
  flush();
  return out;
}

const LIST_ITEM = /^(\s*)([-*+]|\d{1,9}[.)])\s+(.*)$/;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;

interface ListLine {
  indent: number;
  ordered: boolean;
  content: string;
}

function listBlock(
  lines: ListLine[],
  start: number,
  indent: number,
  depth: number,
): [Json, number] {
  const first = lines[start] as ListLine;
  const check = /^\[[ xX]\]\s/.test(first.content);
  const listType = first.ordered ? 'number' : check ? 'check' : 'bullet';
  const items: Json[] = [];
  let i = start;
  let value = 1;
  while (i < lines.length) {
    const line = lines[i] as ListLine;
    if (line.indent < indent) break;
    if (line.indent > indent) {
      // Deeper lines: a nested list inside its own list item, as Lexical nests.
      const [nested, next] =
        depth < 10 ? listBlock(lines, i, line.indent, depth + 1) : [null, i + 1];
      if (nested) items.push(element('listitem', [nested], { value }));
      i = next;
      continue;
    }
    const box = /^\[([ xX])\]\s(.*)$/.exec(line.content);
    const content = listType === 'check' && box ? (box[2] as string) : line.content;
    const extra: Json = { value };
    if (listType === 'check') extra.checked = box ? box[1] !== ' ' : false;
    items.push(element('listitem', inlineNodes(content), extra));
    value += 1;
    i += 1;
  }
  return [element('list', items, { listType, start: 1, tag: first.ordered ? 'ol' : 'ul' }), i];
}

/** Lexical JSON for a Markdown text. */
export function lexicalFromMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Json[] = [];
  let i = 0;
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0)
      blocks.push(
        element('paragraph', inlineNodes(paragraph.join('\n')), { textFormat: 0, textStyle: '' }),
      );
    paragraph = [];
  };
  while (i < lines.length) {
    const line = lines[i] as string;
    const fence = FENCE.exec(line);
    if (fence) {
      endParagraph();
      const marker = fence[1] as string;
      const code: string[] = [];
      i += 1;
      while (i < lines.length && !(lines[i] as string).trimStart().startsWith(marker))
        code.push(lines[i++] as string);
      i += 1;
      const children: Json[] = [];
      code.forEach((c, n) => {
        if (n > 0) children.push(LINEBREAK);
        if (c !== '') children.push(textNode(c, 0));
      });
      blocks.push(element('code', children, { language: null }));
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      endParagraph();
      blocks.push(
        element('heading', inlineNodes(heading[2] as string), {
          tag: `h${(heading[1] as string).length}`,
        }),
      );
      i += 1;
      continue;
    }
    if (/^\s{0,3}>/.test(line)) {
      endParagraph();
      const quoted: string[] = [];
      while (i < lines.length && /^\s{0,3}>/.test(lines[i] as string))
        quoted.push((lines[i++] as string).replace(/^\s{0,3}> ?/, ''));
      blocks.push(element('quote', inlineNodes(quoted.join('\n'))));
      continue;
    }
    if (LIST_ITEM.test(line) && !/^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      endParagraph();
      const items: ListLine[] = [];
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i] as string);
        if (!m) break;
        items.push({
          indent: (m[1] as string).replace(/\t/g, '    ').length,
          ordered: /\d/.test(m[2] as string),
          content: m[3] as string,
        });
        i += 1;
      }
      let at = 0;
      while (at < items.length) {
        const [list, next] = listBlock(items, at, (items[at] as ListLine).indent, 0);
        blocks.push(list);
        at = next;
      }
      continue;
    }
    if (line.trim() === '' || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line)) {
      endParagraph();
      i += 1;
      continue;
    }
    // A hard break written as a trailing backslash or two spaces; a plain newline also stays a line break.
    paragraph.push(line.replace(/(\\| {2,})$/, ''));
    i += 1;
  }
  endParagraph();
  return JSON.stringify({ root: element('root', blocks) });
}
