// journal.find: the few entries whose title best matches what was typed (quick open, the evidence
// picker), so neither ever loads the journal. Pure parts shared by both sides.
import type { DocumentKind, EntryKind } from './entryKinds';
import { kindLabel } from './entryKinds';

/** One entry as a picker shows it: nothing of its text or tags. */
export interface EntryTitle {
  id: string;
  kind: EntryKind;
  title: string;
  date: string;
  updatedAt: number;
}

/** Most rows one find may ask for: a screenful or two of a picker. */
export const MAX_FIND = 200;

/** The title a picker shows: an untitled entry is named by its kind. */
export function shownTitle(kind: DocumentKind, title: string): string {
  return title.trim() || `Untitled ${kindLabel(kind).toLowerCase()}`;
}

/** What a query is matched against: the shown title and the kind's name ('praise' finds praise). */
export function findText(kind: DocumentKind, title: string): string {
  return `${shownTitle(kind, title)} ${kindLabel(kind)}`;
}
