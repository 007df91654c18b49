// One-shot focus requests between a question command and the pane or view it opens (mounted later).
// Why a store (useBankFocus): a request counter the mounted view subscribes to, UI-only.
import { create } from 'zustand';

const textFocus = new Set<string>();

/** A freshly created question opens with the caret in its text, all of it selected. */
export function requestTextFocus(id: string): void {
  textFocus.add(id);
}

export function takeTextFocus(id: string): boolean {
  return textFocus.delete(id);
}

/** Bumped by "Questions: Show Question Bank"; the view focuses its search box on a new value. */
export const useBankFocus = create<{ requests: number }>(() => ({ requests: 0 }));

export function requestBankFocus(): void {
  useBankFocus.setState((s) => ({ requests: s.requests + 1 }));
}

let handled = 0;

/** True once per request, so a view that re-mounts later does not grab focus again. */
export function takeBankFocus(requests: number): boolean {
  if (requests <= handled) return false;
  handled = requests;
  return true;
}
