// journal.find: ranks the journal's titles for typed text by the quick input's own rule (every word
// typed appears; title and word starts rank higher; case and accents folded) and returns the best
// few. Folding needs Unicode tables SQLite lacks, so the folded titles are held in memory, one copy
// per open database (titleCopy.ts). The counter of migration 0015 says when a title, date, kind or
// the set of live entries changed (by this connection or another: a second app's save, a trash, an
// import); the log of migration 0016 says which entries, so only their rows are read again. A copy
// the log no longer covers (some 1,000 changes behind, after an import say) is built whole.
import type { EntryTitle } from '../../shared/journal/findEntries';
import { queryWords } from '../../shared/journal/titleMatch';
import type { Db } from '../db/connection';
import { buildCopy, patchCopy, searchCopy, type TitleCopy } from './titleCopy';
import {
  allTitles,
  newestTitles,
  titleChangesSince,
  titlesOf,
  titlesVersion,
} from './titlesRepository';

interface HeldCopy {
  version: number;
  copy: TitleCopy;
}

// Keyed by the connection: a database closed and opened again (lock, restore) starts afresh.
const held = new WeakMap<Db, HeldCopy>();

/** The held copy brought up to `version` from the change log, or null when the log cannot. */
function patched(db: Db, was: HeldCopy, version: number): HeldCopy | null {
  if (version < was.version) return null;
  const changes = titleChangesSince(db, was.version);
  // The log must hold every change since the copy, one per counter value, none missing.
  if (changes.length < version - was.version) return null;
  if (changes.some(([n], i) => n !== was.version + 1 + i)) return null;
  const seqs = new Set(changes.map(([, seq]) => seq));
  // Read after the log: the rows are at least as new as its last change (a later change is applied
  // again next time, to the same effect).
  const copy = patchCopy(was.copy, seqs, titlesOf(db, [...seqs]));
  return { version: changes.at(-1)?.[0] ?? version, copy };
}

function currentCopy(db: Db): TitleCopy {
  const version = titlesVersion(db);
  const was = held.get(db);
  if (was && was.version === version) return was.copy;
  const now = (was && patched(db, was, version)) ?? { version, copy: buildCopy(allTitles(db)) };
  held.set(db, now);
  return now.copy;
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
  return searchCopy(currentCopy(db), words, limit, exclude);
}

/**
 * An empty query means a picker has just opened: the copy is brought up to date once the answer
 * has gone, ahead of the first letter typed (built whole at 100,000 entries it takes a quarter of
 * a second or so).
 */
function warmSoon(db: Db): void {
  setImmediate(() => {
    try {
      if (db.open) currentCopy(db);
    } catch {
      // Closed or locked meanwhile: the next find builds it, or says why it cannot.
    }
  });
}
