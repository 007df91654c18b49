// journal.find: ranks the journal's titles for typed text by the quick input's own rule (every word
// typed appears; title and word starts rank higher; case and accents folded) and returns the best
// few. Folding needs Unicode tables SQLite lacks, so the folded titles are held in memory, one copy
// per open database, rebuilt when the counter of migration 0015 says a title, date, kind or the set
// of live entries changed (by this connection or another: a second tab's save, a trash, an import).
import type { EntryTitle } from '../../shared/journal/findEntries';
import { kindLabel } from '../../shared/journal/entryKinds';
import { findText } from '../../shared/journal/findEntries';
import { foldForMatch, foldedScore, queryWords } from '../../shared/journal/titleMatch';
import type { Db } from '../db/connection';
import { allTitles, newestTitles, titlesVersion } from './titlesRepository';

interface TitleIndex {
  version: number;
  /** Newest date first, as the side bar lists them: ties in score keep this order. */
  rows: EntryTitle[];
  folded: string[];
  /** Every folded text joined by newlines (no typed word holds one): one native search finds the rows. */
  all: string;
  /** Where row i's text starts in `all`; one more at the end. */
  starts: Int32Array;
}

// Keyed by the connection: a database closed and opened again (lock, restore) starts afresh.
const indexes = new WeakMap<Db, TitleIndex>();

function currentIndex(db: Db): TitleIndex {
  const version = titlesVersion(db);
  const held = indexes.get(db);
  if (held && held.version === version) return held;
  const rows = allTitles(db);
  // What findText gives, with the kind's name (and an untitled entry's name) folded once per kind.
  const kinds = new Map<string, { label: string; untitled: string }>();
  const folded = rows.map((r) => {
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
  });
  const starts = new Int32Array(rows.length + 1);
  for (let i = 0; i < rows.length; i++) starts[i + 1] = starts[i]! + folded[i]!.length + 1;
  const index = { version, rows, folded, all: folded.join('\n'), starts };
  indexes.set(db, index);
  return index;
}

export interface FindQuery {
  text: string;
  limit: number;
  exclude?: readonly string[];
}

/** The best `limit` matches, best first, newest first among equals; the newest entries for no text. */
export function findTitles(db: Db, { text, limit, exclude = [] }: FindQuery): EntryTitle[] {
  const words = queryWords(text);
  if (words.length === 0) {
    warmSoon(db);
    return newestTitles(db, limit, exclude);
  }
  const { rows, folded, all, starts } = currentIndex(db);
  const skip = new Set(exclude);
  // Scores are sums of 1, 2 or 3 per word: one bucket per sum, each kept to `limit` rows.
  const top = words.length * 3;
  const buckets: EntryTitle[][] = Array.from({ length: top + 1 }, () => []);
  // Only rows holding the longest word can match; the native search jumps from one to the next.
  const driver = words.reduce((a, b) => (b.length > a.length ? b : a));
  let row = 0;
  for (let at = all.indexOf(driver); at >= 0; at = all.indexOf(driver, starts[row + 1])) {
    while (starts[row + 1]! <= at) row++;
    const score = Math.round(foldedScore(folded[row]!, words) * top);
    if (score === 0 || skip.has(rows[row]!.id)) continue;
    const bucket = buckets[score]!;
    if (bucket.length < limit) bucket.push(rows[row]!);
    // Rows come newest first: once the best score has `limit` rows, no later row can enter.
    if (buckets[top]!.length >= limit) break;
  }
  const best: EntryTitle[] = [];
  for (let s = buckets.length - 1; s > 0 && best.length < limit; s--) {
    best.push(...buckets[s]!.slice(0, limit - best.length));
  }
  return best;
}

/**
 * An empty query means a picker has just opened: the copy is built once the answer has gone, ahead
 * of the first letter typed (at 100,000 entries it takes a tenth of a second or so).
 */
function warmSoon(db: Db): void {
  setImmediate(() => {
    try {
      if (db.open) currentIndex(db);
    } catch {
      // Closed or locked meanwhile: the next find builds it, or says why it cannot.
    }
  });
}
