// The start's one read: the settings and the entries of the restored tabs in one answer, so the
// restored editor's data does not wait for the settings' answer to be handled (on a page still
// evaluating its large scripts) before being asked for.
import type { Entry, Layout, Settings } from '../domain';

export interface StartRead {
  settings: Settings;
  /**
   * One per restored entry or history tab, in tab order. Null when the entry could not be read
   * (missing, or any other error): the pane asks `journal.get` itself and shows that answer's error.
   */
  entries: { id: string; entry: Entry | null }[];
}

/** The entry ids whose tabs a start restores (entry editors and their history), each once. */
export function restoredEntryIds(layout: Layout | null): string[] {
  const ids = (layout?.openTabs ?? [])
    .filter((tab) => tab.type === 'entry' || tab.type === 'history')
    .map((tab) => tab.id);
  return [...new Set(ids)];
}
