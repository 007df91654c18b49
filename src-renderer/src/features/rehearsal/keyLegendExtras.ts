// Keys that hold on every screen of a play-through (read aloud's mute and repeat): the play-through
// adds them while it is on screen, and whichever key legend its current screen shows lists them.
import { useEffect, useSyncExternalStore } from 'react';

type Keys = readonly [string, string][];

const NONE: Keys = [];
let extras: Keys = NONE;
const listeners = new Set<() => void>();

function set(keys: Keys): void {
  extras = keys;
  for (const f of listeners) f();
}

function subscribe(f: () => void): () => void {
  listeners.add(f);
  return () => listeners.delete(f);
}

export function useLegendExtras(): Keys {
  return useSyncExternalStore(subscribe, () => extras);
}

/** Lists `keys` in every key legend while the calling component is mounted (one play-through at a time). */
export function useAddLegendKeys(keys: Keys): void {
  useEffect(() => {
    if (keys.length === 0) return;
    set(keys);
    return () => set(NONE);
  }, [keys]);
}
