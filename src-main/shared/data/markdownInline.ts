// Inline Markdown → Lexical text, link and linebreak nodes, in time linear in the text (up to a log
// factor). A hostile note (100,000 `[`, half a megabyte of `_*\``) must not stall an import: no
// step scans ahead from every position. Everything a span can end on is found once, up front:
// the closing backtick run, the closing `]` and every place an emphasis marker can close, so an
// opener looks its closer up (a binary search) instead of searching the rest of the text.
import { FORMAT } from '../journal/lexicalJson';
import { entryLinkUrl } from '../journal/entryLinks';
import { isSafeLinkTarget } from '../journal/safeLinks';

export type Json = Record<string, unknown>;

const { bold: BOLD, italic: ITALIC, strikethrough: STRIKE, code: CODE } = FORMAT;
const MAX_NESTING = 20;

export function element(type: string, children: Json[], extra: Json = {}): Json {
  return { type, version: 1, direction: null, format: '', indent: 0, ...extra, children };
}

export function textNode(text: string, format: number): Json {
  return { type: 'text', version: 1, text, format, detail: 0, mode: 'normal', style: '' };
}

export const LINEBREAK: Json = { type: 'linebreak', version: 1 };

function linkNode(url: string, children: Json[]): Json {
  return element('link', children, { url, rel: 'noreferrer', target: null, title: null });
}

/** What a note refers to that the import does not bring in, for its report. */
export interface InlineNotes {
  /** `![[file]]` embeds, left out. */
  embeds: string[];
  /** The id of the entry a `[[wiki link]]` target names, when it is in the same import. */
  resolveWiki?: (target: string) => string | null;
}

const MARKERS = ['**', '__', '~~', '*', '_'] as const;
type Marker = (typeof MARKERS)[number];
const FORMAT_OF: Record<Marker, number> = {
  '**': BOLD,
  __: BOLD,
  '~~': STRIKE,
  '*': ITALIC,
  _: ITALIC,
};
const PUNCT = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
const WORD = /\w/;
const SPECIAL = /[\\\n`<[*_~!]/g;
// Bounded, so one failed attempt costs at most a few thousand steps; each `]` is tried once.
const LINK_TAIL = /\(\s{0,64}<?([^\s()<>[\]]{0,4096})>?(?:\s{1,64}"[^"\n]{0,4096}")?\s{0,64}\)/y;
const AUTOLINK = /<((?:https?:\/\/|mailto:)[^\s<>]{1,4096})>/iy;
const WIKI = /(!?)\[\[([^[\]|\n]{1,1000})(?:\|([^[\]\n]{1,1000}))?\]\]/y;

/** The first value in the sorted `list` that is ≥ `min`, or -1. */
function firstAtLeast(list: Int32Array | number[], min: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as number) < min) lo = mid + 1;
    else hi = mid;
  }
  return lo < list.length ? (list[lo] as number) : -1;
}

class InlineParser {
  private readonly nextClose: Int32Array;
  private readonly runsByLength = new Map<number, number[]>();
  private readonly closers = new Map<Marker, number[]>();
  private readonly linkTails = new Map<number, { url: string; end: number } | null>();

  constructor(
    private readonly s: string,
    private readonly notes: InlineNotes,
  ) {
    const n = s.length;
    // The next `]` not escaped by an odd run of backslashes, from every position.
    const escaped = new Uint8Array(n);
    let slashes = 0;
    for (let i = 0; i < n; i += 1) {
      if (slashes % 2 === 1) escaped[i] = 1;
      slashes = s[i] === '\\' ? slashes + 1 : 0;
    }
    this.nextClose = new Int32Array(n + 1).fill(-1);
    for (let i = n - 1; i >= 0; i -= 1)
      this.nextClose[i] = s[i] === ']' && !escaped[i] ? i : (this.nextClose[i + 1] as number);
    // Every maximal run of backticks, by its length.
    for (let i = 0; i < n;) {
      if (s[i] !== '`') {
        i += 1;
        continue;
      }
      let j = i;
      while (s[j] === '`') j += 1;
      const list = this.runsByLength.get(j - i) ?? [];
      list.push(i);
      this.runsByLength.set(j - i, list);
      i = j;
    }
    // Where each marker can close: after a non-space, at the end of its run of that character (so
    // `*x*~~y~~`, italic then struck through, closes the italic before the tildes).
    for (const m of MARKERS) this.closers.set(m, []);
    for (let p = 1; p < n; p += 1) {
      const c = s[p];
      if (c !== '*' && c !== '_' && c !== '~') continue;
      if (SPACE.test(s[p - 1] as string)) continue;
      for (const m of MARKERS) {
        if (s.startsWith(m, p) && s[p + m.length] !== c) this.closers.get(m)?.push(p);
      }
    }
  }

  /** Where the marker opened at `i` closes inside [.., end), or -1. A closer at the very end may be followed by anything. */
  private closerOf(m: Marker, i: number, end: number): number {
    const min = i + m.length + 1;
    const found = firstAtLeast(this.closers.get(m) ?? [], min);
    const inside = found >= 0 && found + m.length <= end ? found : -1;
    const last = end - m.length;
    const atEnd =
      last >= min && this.s.startsWith(m, last) && !SPACE.test(this.s[last - 1] as string)
        ? last
        : -1;
    if (inside >= 0 && (atEnd < 0 || inside < atEnd)) return inside;
    return atEnd;
  }

  /** The matching run of backticks for the run at `i` of `length`, inside the range, or -1. */
  private codeClose(i: number, length: number, end: number): number {
    const j = firstAtLeast(this.runsByLength.get(length) ?? [], i + length + 1);
    return j >= 0 && j + length <= end && this.s[j + length] !== '`' ? j : -1;
  }

  private linkTail(at: number): { url: string; end: number } | null {
    let tail = this.linkTails.get(at);
    if (tail === undefined) {
      LINK_TAIL.lastIndex = at;
      const m = LINK_TAIL.exec(this.s);
      tail = m ? { url: m[1] as string, end: at + m[0].length } : null;
      this.linkTails.set(at, tail);
    }
    return tail;
  }

  parse(start: number, end: number, format: number, depth: number): Json[] {
    const s = this.s;
    const out: Json[] = [];
    let plain = '';
    const flush = (): void => {
      if (plain !== '') out.push(textNode(plain, format));
      plain = '';
    };
    let i = start;
    while (i < end) {
      SPECIAL.lastIndex = i;
      const next = SPECIAL.exec(s);
      const stop = next && next.index < end ? next.index : end;
      if (stop > i) {
        plain += s.slice(i, stop);
        i = stop;
        continue;
      }
      const ch = s[i] as string;
      if (ch === '\\' && i + 1 < end && PUNCT.test(s[i + 1] as string)) {
        plain += s[i + 1];
        i += 2;
        continue;
      }
      if (ch === '\n' || (ch === '\\' && i + 1 < end && s[i + 1] === '\n')) {
        if (ch === '\\') i += 1;
        let keep = plain.length;
        while (keep > 0 && plain[keep - 1] === ' ') keep -= 1;
        // Two or more trailing spaces mark a hard break: they are not text.
        if (plain.length - keep >= 2) plain = plain.slice(0, keep);
        flush();
        out.push(LINEBREAK);
        i += 1;
        continue;
      }
      if (ch === '`') {
        let j = i;
        while (j < end && s[j] === '`') j += 1;
        const length = j - i;
        const close = this.codeClose(i, length, end);
        if (close < 0) {
          plain += s.slice(i, j);
          i = j;
          continue;
        }
        flush();
        const inner = s.slice(j, close);
        const trimmed =
          inner.length >= 2 && inner.startsWith(' ') && inner.endsWith(' ') && inner.trim() !== ''
            ? inner.slice(1, -1)
            : inner;
        out.push(textNode(trimmed, format | CODE));
        i = close + length;
        continue;
      }
      if (ch === '<') {
        AUTOLINK.lastIndex = i;
        const auto = AUTOLINK.exec(s);
        if (auto && i + auto[0].length <= end) {
          flush();
          const url = auto[1] as string;
          out.push(
            isSafeLinkTarget(url)
              ? linkNode(url, [textNode(url, format)])
              : textNode(auto[0], format),
          );
          i += auto[0].length;
          continue;
        }
      }
      if (ch === '[' || ch === '!') {
        WIKI.lastIndex = i;
        const wiki = s[i + 1] === '[' || s[i + 2] === '[' ? WIKI.exec(s) : null;
        if (wiki && i + wiki[0].length <= end) {
          const target = (wiki[2] as string).trim();
          const text = ((wiki[3] as string | undefined) ?? target).trim() || target;
          const id = wiki[1] === '!' ? null : (this.notes.resolveWiki?.(target) ?? null);
          if (wiki[1] === '!') this.notes.embeds.push(target);
          else if (id === null) plain += text;
          else {
            flush();
            out.push(linkNode(entryLinkUrl(id), [textNode(text, format)]));
          }
          i += wiki[0].length;
          continue;
        }
      }
      if (ch === '[' && (this.nextClose[i] as number) < 0) {
        // No `]` anywhere after: no link can start here, take the run of brackets as text at once.
        let j = i;
        while (j < end && s[j] === '[') j += 1;
        plain += s.slice(i, j);
        i = j;
        continue;
      }
      if (ch === '[' && depth < MAX_NESTING) {
        const close = this.nextClose[i + 1] as number;
        const tail = close >= 0 && close < end ? this.linkTail(close + 1) : null;
        if (tail && tail.end <= end) {
          flush();
          const label = this.parse(i + 1, close, format, depth + 1);
          if (isSafeLinkTarget(tail.url)) out.push(linkNode(tail.url, label));
          else out.push(...label);
          i = tail.end;
          continue;
        }
      }
      if (
        (ch === '*' || ch === '_' || ch === '~') &&
        depth < MAX_NESTING &&
        !(ch === '_' && i > start && WORD.test(s[i - 1] as string))
      ) {
        let matched = false;
        for (const m of MARKERS) {
          if (!s.startsWith(m, i) || i + m.length >= end || SPACE.test(s[i + m.length] as string))
            continue;
          const close = this.closerOf(m, i, end);
          if (close < 0) continue;
          flush();
          out.push(...this.parse(i + m.length, close, format | FORMAT_OF[m], depth + 1));
          i = close + m.length;
          matched = true;
          break;
        }
        if (matched) continue;
      }
      plain += ch;
      i += 1;
    }
    flush();
    return out;
  }
}

/** Text, link and linebreak nodes for one block's inline Markdown. */
export function inlineNodes(source: string, notes: InlineNotes = { embeds: [] }): Json[] {
  return new InlineParser(source, notes).parse(0, source.length, 0, 0);
}
