// The folded copy of the journal's titles that journal.find searches (titleIndex.ts says when to
// build or patch it): rows in the side bar's order (date, then seq, newest first) and each row's
// text as the quick input's rule sees it (findText, folded). The texts are also joined in blocks of
// about a thousand rows, so one native search jumps from a matching row to the next, and a patch
// joins again only the blocks it touches: joining 100,000 texts again would cost most of what a
// patch saves (measured: 8 ms of a 12 ms patch at 100k, with one joined text).
import type { EntryTitle } from '../../shared/journal/findEntries';
import { kindLabel } from '../../shared/journal/entryKinds';
import { findText } from '../../shared/journal/findEntries';
import { foldForMatch, foldedScore } from '../../shared/journal/titleMatch';
import type { SeqTitles } from './titlesRepository';

export interface TextBlock {
  /** Index in the copy's rows of this block's first row. */
  first: number;
  count: number;
  /** Its rows' folded texts, each followed by a newline (no typed word holds one). */
  all: string;
  /** Where each of its rows' text starts in `all`; one more at the end. */
  starts: Int32Array;
}

export interface TitleCopy {
  rows: EntryTitle[];
  seqs: number[];
  folded: string[];
  blocks: TextBlock[];
  /** Rows a block is built with; one grown to twice that is split. */
  blockSize: number;
}

const BLOCK_SIZE = 1024;
/** At most this many changes are made in place (each moves the arrays' tails); more are merged. */
const IN_PLACE = 64;

/** Folds what findText gives, with each kind's name (and untitled name) folded once per kind. */
function folder(): (row: EntryTitle) => string {
  const kinds = new Map<string, { label: string; untitled: string }>();
  return (r) => {
    let kind = kinds.get(r.kind);
    if (!kind) {
      kind = {
        label: foldForMatch(kindLabel(r.kind)),
        untitled: foldForMatch(findText(r.kind, '')),
      };
      kinds.set(r.kind, kind);
    }
    const title = r.title.trim();
    return title ? `${foldForMatch(title)} ${kind.label}` : kind.untitled;
  };
}

function block(folded: readonly string[], first: number, count: number): TextBlock {
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) starts[i + 1] = starts[i]! + folded[first + i]!.length + 1;
  const texts = folded.slice(first, first + count);
  return { first, count, all: count > 0 ? `${texts.join('\n')}\n` : '', starts };
}

/** The rows [first, first + count) in blocks of `size` rows. */
function blocksOf(folded: readonly string[], size: number, first = 0, count = folded.length) {
  const blocks: TextBlock[] = [];
  for (let at = first; at < first + count; at += size)
    blocks.push(block(folded, at, Math.min(size, first + count - at)));
  return blocks;
}

export function buildCopy({ rows, seqs }: SeqTitles, blockSize = BLOCK_SIZE): TitleCopy {
  const folded = rows.map(folder());
  return { rows, seqs, folded, blocks: blocksOf(folded, blockSize), blockSize };
}

/** The best `limit` rows for the folded `words`, best first, newest first among equals. */
export function searchCopy(
  { rows, folded, blocks }: TitleCopy,
  words: readonly string[],
  limit: number,
  exclude: readonly string[],
): EntryTitle[] {
  const skip = new Set(exclude);
  // Scores are sums of 1, 2 or 3 per word: one bucket per sum, each kept to `limit` rows.
  const top = words.length * 3;
  const buckets: EntryTitle[][] = Array.from({ length: top + 1 }, () => []);
  // Only rows holding the longest word can match; the native search jumps from one to the next.
  const driver = words.reduce((a, b) => (b.length > a.length ? b : a));
  search: for (const { first, all, starts } of blocks) {
    let row = 0;
    for (let at = all.indexOf(driver); at >= 0; at = all.indexOf(driver, starts[row + 1])) {
      while (starts[row + 1]! <= at) row++;
      const entry = rows[first + row]!;
      const score = Math.round(foldedScore(folded[first + row]!, words) * top);
      if (score === 0 || skip.has(entry.id)) continue;
      const bucket = buckets[score]!;
      if (bucket.length < limit) bucket.push(entry);
      // Rows come newest first: once the best score has `limit` rows, no later row can enter.
      if (buckets[top]!.length >= limit) break search;
    }
  }
  const best: EntryTitle[] = [];
  for (let s = buckets.length - 1; s > 0 && best.length < limit; s--) {
    best.push(...buckets[s]!.slice(0, limit - best.length));
  }
  return best;
}

/** Whether (dateA, seqA) comes before (dateB, seqB) in the list's order. */
const before = (dateA: string, seqA: number, dateB: string, seqB: number) =>
  dateA > dateB || (dateA === dateB && seqA > seqB);

/** Where a row of (date, seq) goes in the copy: before the first row it comes before. */
function placeOf(copy: TitleCopy, date: string, seq: number): number {
  let lo = 0;
  let hi = copy.rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(date, seq, copy.rows[mid]!.date, copy.seqs[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The block holding the copy's row `at` (the last block for a place after the last row). */
function blockOf(blocks: readonly TextBlock[], at: number): number {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (blocks[mid]!.first <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The copy with the entries `changed` (by seq) taken out and `now` (their rows as they are now,
 * those still listed, in the list's order) put in at their places; only the new rows are folded.
 * A few changes are made to the copy's arrays in place: the copy given is taken over.
 */
export function patchCopy(
  copy: TitleCopy,
  changed: ReadonlySet<number>,
  now: SeqTitles,
): TitleCopy {
  const drop: number[] = [];
  for (const seq of changed) {
    const at = copy.seqs.indexOf(seq);
    if (at >= 0) drop.push(at);
  }
  drop.sort((a, b) => a - b);
  const texts = now.rows.map(folder());
  // `now` is in the list's order, so its places ascend.
  const places = now.rows.map((row, j) => placeOf(copy, row.date, now.seqs[j]!));
  if (drop.length + places.length > IN_PLACE || copy.blocks.length === 0) {
    const merged = mergedArrays(copy, drop, places, now, texts);
    return {
      ...merged,
      blocks: blocksOf(merged.folded, copy.blockSize),
      blockSize: copy.blockSize,
    };
  }
  // How many rows each block gains or loses (by the copy's indices before the change).
  const grown = new Map<number, number>();
  const grow = (at: number, by: number) => {
    const k = blockOf(copy.blocks, at);
    grown.set(k, (grown.get(k) ?? 0) + by);
  };
  for (const at of drop) grow(at, -1);
  for (const at of places) grow(at, 1);
  const { rows, seqs, folded } = spliced(copy, drop, places, now, texts);
  const blocks: TextBlock[] = [];
  let first = 0;
  copy.blocks.forEach((old, k) => {
    const change = grown.get(k);
    const count = old.count + (change ?? 0);
    if (change === undefined) blocks.push(old.first === first ? old : { ...old, first });
    else if (count > 2 * copy.blockSize)
      blocks.push(...blocksOf(folded, copy.blockSize, first, count));
    else if (count > 0) blocks.push(block(folded, first, count));
    first += count;
  });
  return { rows, seqs, folded, blocks, blockSize: copy.blockSize };
}

type Arrays = Pick<TitleCopy, 'rows' | 'seqs' | 'folded'>;

/** New arrays: the copy's, less the rows at `drop`, with the new rows before the rows at `places`. */
function mergedArrays(
  copy: TitleCopy,
  drop: readonly number[],
  places: readonly number[],
  now: SeqTitles,
  texts: readonly string[],
): Arrays {
  const rows: EntryTitle[] = [];
  const seqs: number[] = [];
  const folded: string[] = [];
  let d = 0;
  let j = 0;
  for (let i = 0; i <= copy.rows.length; i++) {
    while (j < places.length && places[j] === i) {
      rows.push(now.rows[j]!);
      seqs.push(now.seqs[j]!);
      folded.push(texts[j]!);
      j++;
    }
    if (i === copy.rows.length) break;
    if (drop[d] === i) {
      d++;
      continue;
    }
    rows.push(copy.rows[i]!);
    seqs.push(copy.seqs[i]!);
    folded.push(copy.folded[i]!);
  }
  return { rows, seqs, folded };
}

/**
 * The copy's arrays with the rows at `drop` taken out and the new rows put in before the rows at
 * `places` (indices of the copy as it was): from the last change back, so the earlier stay put.
 */
function spliced(
  copy: TitleCopy,
  drop: readonly number[],
  places: readonly number[],
  now: SeqTitles,
  texts: readonly string[],
): Arrays {
  // At one index the old row goes first, then the new rows last to first (each in front of the last).
  const changes = [
    ...drop.map((at) => ({ at, j: -1 })),
    ...places.map((at, j) => ({ at, j })),
  ].sort((a, b) => b.at - a.at || (a.j === -1 ? -1 : b.j === -1 ? 1 : b.j - a.j));
  const { rows, seqs, folded } = copy;
  for (const { at, j } of changes) {
    if (j < 0) {
      rows.splice(at, 1);
      seqs.splice(at, 1);
      folded.splice(at, 1);
    } else {
      rows.splice(at, 0, now.rows[j]!);
      seqs.splice(at, 0, now.seqs[j]!);
      folded.splice(at, 0, texts[j]!);
    }
  }
  return { rows, seqs, folded };
}
