// The folded copy of the journal's titles that journal.find searches (titleIndex.ts says when to
// build or patch it): rows in the side bar's order (date, then seq, newest first), each row's text
// as the quick input's rule sees it (findText, folded), and all of them joined so one native search
// jumps from a matching row to the next. A patch replaces a few rows without folding the rest again.
import type { EntryTitle } from '../../shared/journal/findEntries';
import { kindLabel } from '../../shared/journal/entryKinds';
import { findText } from '../../shared/journal/findEntries';
import { foldForMatch } from '../../shared/journal/titleMatch';
import type { SeqTitles } from './titlesRepository';

export interface TitleCopy {
  rows: EntryTitle[];
  seqs: number[];
  folded: string[];
  /** Every folded text, each followed by a newline (no typed word holds one). */
  all: string;
  /** Where row i's text starts in `all`; one more at the end. */
  starts: Int32Array;
}

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

function joined(rows: EntryTitle[], seqs: number[], folded: string[]): TitleCopy {
  const starts = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) starts[i + 1] = starts[i]! + folded[i]!.length + 1;
  return { rows, seqs, folded, all: folded.length > 0 ? `${folded.join('\n')}\n` : '', starts };
}

export function buildCopy({ rows, seqs }: SeqTitles): TitleCopy {
  return joined(rows, seqs, rows.map(folder()));
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

/** At most this many changes are made in place (each moves the arrays' tails); more are merged. */
const IN_PLACE = 64;

/**
 * The copy with the entries `changed` (by seq) taken out and `now` (their rows as they are now,
 * those still listed, in the list's order) put in at their places. Only the new rows are folded,
 * and the joined text is put together from the old one's unchanged stretches (joining 100,000
 * texts again would cost most of what a patch saves). A few changes are made to the copy's arrays
 * in place: the copy given is taken over.
 */
export function patchCopy(copy: TitleCopy, changed: ReadonlySet<number>, now: SeqTitles): TitleCopy {
  const drop: number[] = [];
  for (const seq of changed) {
    const at = copy.seqs.indexOf(seq);
    if (at >= 0) drop.push(at);
  }
  drop.sort((a, b) => a - b);
  const fold = folder();
  const texts = now.rows.map(fold);
  // `now` is in the list's order, so its places ascend.
  const places = now.rows.map((row, j) => placeOf(copy, row.date, now.seqs[j]!));
  const inPlace = drop.length + places.length <= IN_PLACE;
  // Walked from the first change to the last: the joined text's pieces (and, merging, the arrays').
  const parts = { rows: [] as EntryTitle[][], seqs: [] as number[][], folded: [] as string[][] };
  const pieces: string[] = [];
  let cursor = 0;
  const keepUpTo = (end: number) => {
    if (end <= cursor) return;
    pieces.push(copy.all.slice(copy.starts[cursor], copy.starts[end]));
    if (!inPlace) {
      parts.rows.push(copy.rows.slice(cursor, end));
      parts.seqs.push(copy.seqs.slice(cursor, end));
      parts.folded.push(copy.folded.slice(cursor, end));
    }
    cursor = end;
  };
  let d = 0;
  let j = 0;
  while (d < drop.length || j < places.length) {
    if (j < places.length && (d >= drop.length || places[j]! <= drop[d]!)) {
      keepUpTo(places[j]!);
      pieces.push(`${texts[j]!}\n`);
      if (!inPlace) {
        parts.rows.push([now.rows[j]!]);
        parts.seqs.push([now.seqs[j]!]);
        parts.folded.push([texts[j]!]);
      }
      j++;
    } else {
      keepUpTo(drop[d]!);
      cursor = drop[d]! + 1;
      d++;
    }
  }
  keepUpTo(copy.rows.length);
  const { rows, seqs, folded } = inPlace
    ? spliced(copy, drop, places, now, texts)
    : {
        rows: ([] as EntryTitle[]).concat(...parts.rows),
        seqs: ([] as number[]).concat(...parts.seqs),
        folded: ([] as string[]).concat(...parts.folded),
      };
  const starts = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) starts[i + 1] = starts[i]! + folded[i]!.length + 1;
  return { rows, seqs, folded, all: pieces.join(''), starts };
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
): Pick<TitleCopy, 'rows' | 'seqs' | 'folded'> {
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
