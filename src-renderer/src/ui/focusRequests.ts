// One-shot focus requests between a command and the pane or view it opens, which mounts later (or is
// open, hidden, already): the two shapes every feature's focus requests are built from.
import { create } from 'zustand';
import type { HeldKeys } from './heldKeys';

/** Per item: the command marks an id, the pane that mounts for it takes the mark once. */
export function oneShotFocus(): { request: (id: string) => void; take: (id: string) => boolean } {
  const pending = new Set<string>();
  return {
    request: (id) => void pending.add(id),
    take: (id) => pending.delete(id),
  };
}

/**
 * Per item, for a field that opens after a write: the command holds the keys typed meanwhile
 * (holdTypedKeys) and the field takes them with the focus: null when no request, else the text.
 */
export function typedFieldFocus(): {
  request: (id: string, held: HeldKeys) => void;
  take: (id: string) => string | null;
} {
  const pending = new Map<string, HeldKeys>();
  return {
    request: (id, held) => void pending.set(id, held),
    take: (id) => {
      const held = pending.get(id);
      pending.delete(id);
      return held ? held.stop() : null;
    },
  };
}

/**
 * Per view: a counter the command bumps; the view focuses when it sees a new value. `take` is true
 * once per request, so a view that re-mounts later does not grab focus again.
 */
export function viewFocus() {
  const useRequests = create<{ requests: number }>(() => ({ requests: 0 }));
  let handled = 0;
  return {
    useRequests,
    request: (): void => useRequests.setState((s) => ({ requests: s.requests + 1 })),
    take: (requests: number): boolean => {
      if (requests <= handled) return false;
      handled = requests;
      return true;
    },
  };
}
