// How an entry's plain text is cut into rows of the search index. A save then re-indexes only the
// pieces whose text changed, and a hit's highlight only reads its piece, not a 10,000-word text.
// An entry up to SINGLE_CHUNK_MAX characters stays one row, exactly as before chunking, so short
// entries rank and highlight as they always did. Cuts fall after a line (or, inside a very long
// line, after a space): a search term never holds whitespace, so no term is ever cut in two.

/** Entries up to this many UTF-16 units are indexed as one row (about 700 words). */
export const SINGLE_CHUNK_MAX = 4000;
/** A piece ends after a line once it holds this much, when the line's hash says so (see below). */
const CHUNK_MIN = 600;
/** A piece never grows past this. */
const CHUNK_MAX = 4000;
/** Index rows of pieces after the first start here; the first piece's row id is the entry's seq. */
export const CHUNK_ID_BASE = 2 ** 40;

export interface Chunk {
  text: string;
  /** Offset and length in Unicode code points, as SQLite's substr() counts them. */
  start: number;
  len: number;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** Length in code points (SQLite's length() of a TEXT value). */
export function codePoints(s: string): number {
  if (!SURROGATE.test(s)) return s.length;
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n += 1;
  }
  return n;
}

/** A small string hash (FNV-1a); which lines end a piece depends only on their own text. */
function hash(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Where a piece may end: after each newline, or after a space inside a line longer than CHUNK_MAX. */
function cutPoints(text: string): number[] {
  const cuts: number[] = [];
  let pos = 0;
  while (pos < text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl + 1;
    let from = pos;
    while (end - from > CHUNK_MAX) {
      const space = text.lastIndexOf(' ', from + CHUNK_MAX - 1);
      if (space < from) break;
      cuts.push(space + 1);
      from = space + 1;
    }
    cuts.push(end);
    pos = end;
  }
  return cuts;
}

/**
 * The pieces of `text`, in order; their texts joined give `text` back. Boundaries are chosen by
 * content (a line whose hash is even closes a piece of CHUNK_MIN or more; CHUNK_MAX is
 * rarely what cuts, as a cut by size would move every cut after it), so typing
 * in one paragraph moves at most the boundary around it, and the pieces after it stay the same.
 */
export function chunkText(text: string): Chunk[] {
  if (text.length <= SINGLE_CHUNK_MAX) return [{ text, start: 0, len: codePoints(text) }];
  const out: Chunk[] = [];
  let from = 0;
  let prevCut = 0;
  let start = 0;
  const close = (to: number) => {
    const piece = text.slice(from, to);
    const len = codePoints(piece);
    out.push({ text: piece, start, len });
    start += len;
    from = to;
  };
  for (const cut of cutPoints(text)) {
    const size = cut - from;
    if (size > CHUNK_MAX && prevCut > from) close(prevCut);
    const grown = cut - from;
    if (cut === text.length || (grown >= CHUNK_MIN && (hash(text, prevCut, cut) & 1) === 0))
      close(cut);
    prevCut = cut;
  }
  if (from < text.length) close(text.length);
  return out;
}

/** Slices of `text` by code-point offsets (the stored pieces of the text as it was indexed). */
export function sliceCodePoints(text: string, pieces: readonly { start: number; len: number }[]) {
  if (!SURROGATE.test(text)) return pieces.map((p) => text.slice(p.start, p.start + p.len));
  const units = Array.from(text);
  return pieces.map((p) => units.slice(p.start, p.start + p.len).join(''));
}
