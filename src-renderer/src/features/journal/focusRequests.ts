// One-shot focus requests between a command and the pane or view it opens (which mounts later).
// Why stores (useSearchFocus, useReloads): request counters a mounted view subscribes to, UI-only;
// no server data lives here (a restored entry itself goes into the query cache, journalQueries.ts).
import { create } from 'zustand';
import { typedFieldFocus } from '../../ui/focusRequests';

/** A freshly created entry opens with the caret in its title, after what was typed meanwhile. */
const titleFocus = typedFieldFocus();
export const requestTitleFocus = titleFocus.request;
export const takeTitleFocus = titleFocus.take;

/** Bumped when an entry's stored content is replaced (restore of a revision): its pane re-mounts. */
export const useReloads = create<{ byId: Record<string, number> }>(() => ({ byId: {} }));

export function bumpReload(id: string): void {
  useReloads.setState((s) => ({ byId: { ...s.byId, [id]: (s.byId[id] ?? 0) + 1 } }));
}
