// One-shot focus requests between a command and the entry pane it opens (which mounts later), and the
// reload of a pane whose entry was replaced.
import { create } from 'zustand';
import { oneShotFocus } from '../../ui/focusRequests';

/** A freshly created entry opens with the caret in its title. */
const titleFocus = oneShotFocus();
export const requestTitleFocus = titleFocus.request;
export const takeTitleFocus = titleFocus.take;

/** Bumped when an entry's stored content is replaced (restore of a revision): its pane re-mounts. */
export const useReloads = create<{ byId: Record<string, number> }>(() => ({ byId: {} }));

export function bumpReload(id: string): void {
  useReloads.setState((s) => ({ byId: { ...s.byId, [id]: (s.byId[id] ?? 0) + 1 } }));
}
