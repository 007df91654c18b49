// What quick open offers: the five profile pages, then entries newest first.
import type { EntrySummary } from '../../../src-main/shared/domain';
import {
  PROFILE_PAGES,
  PROFILE_SPECS,
  kindIcon,
  kindLabel,
} from '../../../src-main/shared/journal/entryKinds';
import type { EditorInput } from './types';

export interface QuickOpenItem {
  input: EditorInput;
  title: string;
  icon: string;
  kindLabel: string;
  date: string | null;
}

export function quickOpenItems(entries: EntrySummary[]): QuickOpenItem[] {
  const pages: QuickOpenItem[] = PROFILE_PAGES.map((page) => ({
    input: { type: 'profile', id: page },
    title: PROFILE_SPECS[page].label,
    icon: PROFILE_SPECS[page].icon,
    kindLabel: 'Profile page',
    date: null,
  }));
  const dated = entries
    .filter((e) => !(PROFILE_PAGES as readonly string[]).includes(e.kind))
    .toSorted((a, b) => b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt)
    .map((e) => ({
      input: { type: 'entry', id: e.id },
      title: e.title.trim() || `Untitled ${kindLabel(e.kind).toLowerCase()}`,
      icon: kindIcon(e.kind),
      kindLabel: kindLabel(e.kind),
      date: e.date,
    }));
  return [...pages, ...dated];
}
