// When a save keeps the state it replaces as a revision. History holds states a person may want
// back: what a big rewrite, a new editing session or a long stretch of writing replaced. Ordinary
// typing within one session is coalesced: its saves keep nothing, so history stays readable.
import type { Entry } from '../../shared/domain';
import { isProfilePage } from '../../shared/journal/entryKinds';
import type { EntryState } from './entriesRepository.write';

/** While someone keeps writing, the state before a save is kept at least this often. */
export const KEEP_EVERY_MS = 10 * 60 * 1000;

/** A save that loses more than this share of the previous words is a rewrite. */
export const REWRITE_SHARE = 0.5;

/**
 * A rewrite must lose at least this many words, so the half-typed last word of a short start
 * ("Hel" then "Hello") is not a rewrite.
 */
export const REWRITE_MIN_WORDS = 3;

/** The words a rewrite compares: case-folded runs of letters and digits, as counted elsewhere. */
function words(text: string): string[] {
  return text.toLocaleLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’_-]*/gu) ?? [];
}

/**
 * How many of `before`'s words are gone from `after`, counted as a multiset (order ignored), so it
 * is linear in the length of both: moving a paragraph loses nothing, replacing it loses its words.
 */
export function wordsLost(before: string, after: string): { lost: number; of: number } {
  const remaining = new Map<string, number>();
  for (const w of words(after)) remaining.set(w, (remaining.get(w) ?? 0) + 1);
  const old = words(before);
  let lost = 0;
  for (const w of old) {
    const left = remaining.get(w) ?? 0;
    if (left > 0) remaining.set(w, left - 1);
    else lost += 1;
  }
  return { lost, of: old.length };
}

/**
 * The lines of `before` not in `after` and the reverse, counted as multisets. Words never span a
 * line, so the words lost between the two texts are the words lost between these lines alone.
 */
function changedLines(before: string, after: string): { removed: string[]; added: string[] } {
  const left = new Map<string, number>();
  for (const line of before.split('\n')) left.set(line, (left.get(line) ?? 0) + 1);
  const added: string[] = [];
  for (const line of after.split('\n')) {
    const n = left.get(line) ?? 0;
    if (n > 0) left.set(line, n - 1);
    else added.push(line);
  }
  const removed: string[] = [];
  for (const [line, n] of left) for (let i = 0; i < n; i++) removed.push(line);
  return { removed, added };
}

/**
 * More than half of the previous words gone (and at least REWRITE_MIN_WORDS of them). Typing in one
 * paragraph of a long entry compares that paragraph's words only (saves of 10,000 words: 5 ms to
 * well under 1 ms); the previous text's words are counted only when enough were lost to matter.
 */
export function isRewrite(before: string, after: string): boolean {
  const { removed, added } = changedLines(before, after);
  const { lost } = wordsLost(removed.join('\n'), added.join('\n'));
  if (lost < REWRITE_MIN_WORDS) return false;
  return lost > words(before).length * REWRITE_SHARE;
}

/** Everything a person wrote in a state, as one text: title (not a profile page's fixed name), fields, body. */
export function writtenText(
  kind: Entry['kind'],
  state: Pick<EntryState, 'title' | 'fields' | 'text'>,
): string {
  return [isProfilePage(kind) ? '' : state.title, ...Object.values(state.fields), state.text].join(
    '\n',
  );
}

/** Nothing written yet: no state worth keeping. */
function isBlank(
  kind: Entry['kind'],
  state: Pick<EntryState, 'title' | 'fields' | 'text' | 'tags'>,
): boolean {
  return writtenText(kind, state).trim() === '' && state.tags.length === 0;
}

/** What a save replaces, as far as the rules need it: its body is read only when a revision is kept. */
export type PreviousState = Pick<Entry, 'title' | 'fields' | 'text' | 'tags' | 'createdAt'>;

export interface SaveContext {
  kind: Entry['kind'];
  /** The stored state the save replaces, with when it was created. */
  previous: PreviousState;
  next: EntryState;
  /** The save changes nothing the person wrote (title, date, fields, body, tags). */
  unchanged: boolean;
  /** When the newest revision was kept, if there is one. */
  latestAt: number | undefined;
  /**
   * Whether the newest revision already holds the state the save replaces. Asked only when a
   * revision would be kept: it reads and unpacks that revision (over 1 ms for 10,000 words).
   */
  latestHoldsPrevious: () => boolean;
  /** The first save of an editing session on this entry (reopened, another tab, another page). */
  newSession: boolean;
  now: number;
}

/** Why the state a save replaces is kept, or null when it is not. */
export function reasonToKeep(c: SaveContext): 'new-session' | 'rewrite' | 'time' | null {
  if (isBlank(c.kind, c.previous) || c.unchanged) return null;
  const reason = c.newSession
    ? 'new-session'
    : isRewrite(writtenText(c.kind, c.previous), writtenText(c.kind, c.next))
      ? 'rewrite'
      : c.now - (c.latestAt ?? c.previous.createdAt) > KEEP_EVERY_MS
        ? 'time'
        : null;
  return reason !== null && c.latestHoldsPrevious() ? null : reason;
}
