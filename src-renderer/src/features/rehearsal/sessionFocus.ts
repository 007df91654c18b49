// One-shot focus request from the side bar's history to the session pane it opens, as the journal
// and question features do: the pane may mount later, or be open (hidden) already. Why a store
// (useSessionFocus): a request counter the mounted pane subscribes to, UI-only.
import { create } from 'zustand';

/** Bumped each time a past rehearsal is opened; the pane of `id` takes focus on a new value. */
export const useSessionFocus = create<{ id: string | null; requests: number }>(() => ({
  id: null,
  requests: 0,
}));

export function requestSessionFocus(id: string): void {
  useSessionFocus.setState((s) => ({ id, requests: s.requests + 1 }));
}

let handled = 0;

/** True once per request, so a pane that re-renders or re-mounts later does not grab focus again. */
export function takeSessionFocus(requests: number): boolean {
  if (requests <= handled) return false;
  handled = requests;
  return true;
}
