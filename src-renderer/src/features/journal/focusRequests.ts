// One-shot focus requests between a command and the pane or view it opens (which mounts later).
// Why stores (useSearchFocus, useReloads): request counters a mounted view subscribes to, UI-only;
// no server data lives here (a restored entry itself goes into the query cache, journalQueries.ts).
import { create } from 'zustand';

const titleFocus = new Set<string>();

/** A freshly created entry opens with the caret in its title. */
export function requestTitleFocus(id: string): void {
  titleFocus.add(id);
}

export function takeTitleFocus(id: string): boolean {
  return titleFocus.delete(id);
}

/** Bumped by "Search: Find in Journal"; the search view focuses its box when it sees a new value. */
export const useSearchFocus = create<{ requests: number }>(() => ({ requests: 0 }));

export function requestSearchFocus(): void {
  useSearchFocus.setState((s) => ({ requests: s.requests + 1 }));
}

let searchFocusHandled = 0;

/** True once per request, so a view that re-mounts later does not grab focus again. */
export function takeSearchFocus(requests: number): boolean {
  if (requests <= searchFocusHandled) return false;
  searchFocusHandled = requests;
  return true;
}

/** Bumped when an entry's stored content is replaced (restore of a revision): its pane re-mounts. */
export const useReloads = create<{ byId: Record<string, number> }>(() => ({ byId: {} }));

export function bumpReload(id: string): void {
  useReloads.setState((s) => ({ byId: { ...s.byId, [id]: (s.byId[id] ?? 0) + 1 } }));
}
