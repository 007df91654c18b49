// Recordings on their way to the store, by answer: the review can say one is coming when the answer
// ended mid-recording (the recorder is gone by then, its save still running).
import { useSyncExternalStore } from 'react';

const pending = new Map<string, number>();
const listeners = new Set<() => void>();

const keyOf = (sessionId: string, position: number) => `${sessionId}:${position}`;

function changed(): void {
  for (const listener of listeners) listener();
}

/** Marks a save as started; the returned function marks it done (whatever its outcome). */
export function beginSave(sessionId: string, position: number): () => void {
  const key = keyOf(sessionId, position);
  pending.set(key, (pending.get(key) ?? 0) + 1);
  changed();
  let done = false;
  return () => {
    if (done) return;
    done = true;
    const left = (pending.get(key) ?? 1) - 1;
    if (left > 0) pending.set(key, left);
    else pending.delete(key);
    changed();
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useSavePending(sessionId: string, position: number): boolean {
  const key = keyOf(sessionId, position);
  return useSyncExternalStore(subscribe, () => pending.has(key));
}
