// What quick open offers: the five profile pages, then the entries journal.find returned, in its
// order (best match first, newest first among equals; the newest when nothing is typed).
import {
  PROFILE_PAGES,
  PROFILE_SPECS,
  kindIcon,
  kindLabel,
} from '../../../src-main/shared/journal/entryKinds';
import { shownTitle, type EntryTitle } from '../../../src-main/shared/journal/findEntries';
import type { EditorInput } from './types';

export interface QuickOpenItem {
  input: EditorInput;
  title: string;
  icon: string;
  kindLabel: string;
  date: string | null;
}

export function quickOpenItems(entries: readonly EntryTitle[]): QuickOpenItem[] {
  const pages: QuickOpenItem[] = PROFILE_PAGES.map((page) => ({
    input: { type: 'profile', id: page },
    title: PROFILE_SPECS[page].label,
    icon: PROFILE_SPECS[page].icon,
    kindLabel: 'Profile page',
    date: null,
  }));
  const dated = entries.map((e) => ({
    input: { type: 'entry', id: e.id },
    title: shownTitle(e.kind, e.title),
    icon: kindIcon(e.kind),
    kindLabel: kindLabel(e.kind),
    date: e.date,
  }));
  return [...pages, ...dated];
}
