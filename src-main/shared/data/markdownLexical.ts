// Markdown → Lexical editor-state JSON, for importing notes from other apps. Everything becomes
// plain Lexical nodes: raw HTML stays visible text (never markup), and only http, https and mailto
// targets become links. Covers headings, paragraphs, quotes, bullet/numbered/check lists (nested),
// fenced code, bold, italic, strikethrough, inline code, links, autolinks and wiki links ([[Note]]
// links to that note's entry when it comes in the same import, else is the text "Note"). Linear time: each line is
// looked at a bounded number of times and no pattern here can backtrack across a long line.

import {
  element,
  inlineNodes as inline,
  LINEBREAK,
  textNode,
  type InlineNotes,
  type Json,
} from './markdownInline';

const LIST_ITEM = /^([ \t]*)([-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}>/;
const CHECK = /^\[([ xX])\](?:[ \t]+|$)/;
const MAX_LIST_DEPTH = 10;

/** `---`, `***`, `___` (spaces between allowed): a thematic break, read without a backtracking pattern. */
function isRule(line: string): boolean {
  const t = line.trim();
  const c = t[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  let count = 0;
  for (const ch of t) {
    if (ch === c) count += 1;
    else if (ch !== ' ' && ch !== '\t') return false;
  }
  return count >= 3;
}

/** An ATX heading's level and text (closing #s and spaces taken off), or null. */
export function readHeading(line: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && line[i] === ' ') i += 1;
  let level = 0;
  while (line[i + level] === '#') level += 1;
  if (level < 1 || level > 6) return null;
  const after = line[i + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return null;
  let text = line.slice(i + level).trim();
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end -= 1;
  if (end === 0 || text[end - 1] === ' ' || text[end - 1] === '\t')
    text = text.slice(0, end).trimEnd();
  return { level, text };
}

/** A line without the hard-break mark at its end (a backslash, or two or more spaces). */
function withoutBreakMark(line: string): string {
  if (line.endsWith('\\')) return line.slice(0, -1);
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ') end -= 1;
  return line.length - end >= 2 ? line.slice(0, end) : line;
}

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
  notes: InlineNotes,
): [Json, number] {
  const first = lines[start] as ListLine;
  const check = !first.ordered && CHECK.test(first.content);
  const listType = first.ordered ? 'number' : check ? 'check' : 'bullet';
  const items: Json[] = [];
  let i = start;
  let value = 1;
  while (i < lines.length) {
    const line = lines[i] as ListLine;
    if (line.indent < indent) break;
    if (line.indent > indent && depth < MAX_LIST_DEPTH) {
      // Deeper lines: a nested list inside its own list item, as Lexical nests.
      const [nested, next] = listBlock(lines, i, line.indent, depth + 1, notes);
      items.push(element('listitem', [nested], { value }));
      i = next;
      continue;
    }
    // Past the deepest nesting kept, deeper lines stay items of this list: their text is never lost.
    const box = CHECK.exec(line.content);
    const content = listType === 'check' && box ? line.content.slice(box[0].length) : line.content;
    const extra: Json = { value };
    if (listType === 'check') extra.checked = box ? box[1] !== ' ' : false;
    items.push(element('listitem', inline(content, notes), extra));
    value += 1;
    i += 1;
  }
  return [element('list', items, { listType, start: 1, tag: first.ordered ? 'ol' : 'ul' }), i];
}

export interface Converted {
  /** Lexical editor-state JSON. */
  json: string;
  /** `![[file]]` embeds met in the note: not imported. */
  embeds: string[];
}

/**
 * Lexical JSON for a Markdown text, with what it left out; `resolveWiki` names the entry a
 * `[[wiki link]]` points to (a note of the same import), else the link stays its text.
 */
export function convertMarkdown(
  markdown: string,
  resolveWiki?: (target: string) => string | null,
): Converted {
  const notes: InlineNotes = { embeds: [], resolveWiki };
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Json[] = [];
  let i = 0;
  let paragraph: string[] = [];
  const endParagraph = (): void => {
    if (paragraph.length > 0)
      blocks.push(
        element('paragraph', inline(paragraph.join('\n'), notes), { textFormat: 0, textStyle: '' }),
      );
    paragraph = [];
  };
  while (i < lines.length) {
    const line = lines[i] as string;
    const fence = FENCE.exec(line);
    // A backtick fence has no backtick after it (CommonMark): "```a `` b```" is a code span.
    if (fence && !(fence[1]?.startsWith('`') && line.includes('`', fence[0].length))) {
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
    const heading = readHeading(line);
    if (heading) {
      endParagraph();
      blocks.push(element('heading', inline(heading.text, notes), { tag: `h${heading.level}` }));
      i += 1;
      continue;
    }
    if (QUOTE.test(line)) {
      endParagraph();
      const quoted: string[] = [];
      while (i < lines.length && QUOTE.test(lines[i] as string))
        quoted.push((lines[i++] as string).replace(/^ {0,3}> ?/, ''));
      blocks.push(element('quote', inline(quoted.join('\n'), notes)));
      continue;
    }
    if (LIST_ITEM.test(line) && !isRule(line)) {
      endParagraph();
      const items: ListLine[] = [];
      while (i < lines.length) {
        const m = LIST_ITEM.exec(lines[i] as string);
        if (!m || isRule(lines[i] as string)) break;
        items.push({
          indent: (m[1] as string).replace(/\t/g, '    ').length,
          ordered: /\d/.test(m[2] as string),
          content: m[3] as string,
        });
        i += 1;
      }
      let at = 0;
      while (at < items.length) {
        const [list, next] = listBlock(items, at, (items[at] as ListLine).indent, 0, notes);
        blocks.push(list);
        at = next;
      }
      continue;
    }
    if (line.trim() === '' || isRule(line)) {
      endParagraph();
      i += 1;
      continue;
    }
    // A hard break written as a trailing backslash or two spaces; a plain newline also stays a line break.
    paragraph.push(withoutBreakMark(line));
    i += 1;
  }
  endParagraph();
  return { json: JSON.stringify({ root: element('root', blocks) }), embeds: notes.embeds };
}
