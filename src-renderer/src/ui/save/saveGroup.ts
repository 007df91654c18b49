// One conversation tab holds several autosavers (details, each agenda item, notes). The group flushes
// them together on tab close or page hide and shows their combined state in the status bar.
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import { createAutosaver, type Autosaver, type AutosaveStatus } from './autosaver';
import { createStatusRelay } from './statusRelay';
import {
  notify,
  registerFlush,
  setTabMeta,
  setTabStatus,
  type FlushOptions,
} from '../../workbench/store';
import type { SaveState } from '../../workbench/types';
import { notSavedNotice } from '../errorMessage';

export interface SaveGroup {
  add(saver: Autosaver<unknown>): () => void;
  report(saver: object, status: AutosaveStatus): void;
  flushAll(options?: FlushOptions): Promise<void>;
  /** Stops every saver without saving (the conversation is gone). */
  abandon(): void;
  isAbandoned(): boolean;
  failed(error: unknown): void;
}

const RANK: Record<SaveState, number> = { saved: 0, unsaved: 1, saving: 2, error: 3 };

export function createSaveGroup(tabKey: string): SaveGroup {
  const savers = new Set<Autosaver<unknown>>();
  const statuses = new Map<object, AutosaveStatus>();
  let shown: string | null = null;
  let abandoned = false;
  let lastFailureNotice = 0;

  const publish = () => {
    if (abandoned) return;
    let worst: AutosaveStatus = { saveState: 'saved', dirty: false };
    for (const s of statuses.values()) if (RANK[s.saveState] > RANK[worst.saveState]) worst = s;
    const dirty = [...statuses.values()].some((s) => s.dirty);
    const key = `${worst.saveState}|${dirty}|${worst.message ?? ''}`;
    if (key === shown) return;
    shown = key;
    setTabStatus(tabKey, { saveState: worst.saveState, message: worst.message });
    setTabMeta(tabKey, { dirty });
  };

  return {
    add(saver) {
      savers.add(saver);
      return () => {
        savers.delete(saver);
        statuses.delete(saver);
        publish();
      };
    },
    report(saver, status) {
      statuses.set(saver, status);
      publish();
    },
    async flushAll(options) {
      if (abandoned) return;
      const results = await Promise.allSettled(
        [...savers].map((s) => s.flush({ checkpoint: true, urgent: options?.urgent })),
      );
      const failure = results.find((r) => r.status === 'rejected');
      if (failure) throw failure.reason;
    },
    abandon() {
      abandoned = true;
      for (const s of savers) s.dispose();
      savers.clear();
      statuses.clear();
    },
    isAbandoned: () => abandoned,
    failed(error) {
      // One notice per burst of failures, however many parts of the pane failed together.
      const now = Date.now();
      if (now - lastFailureNotice < 5_000) return;
      lastFailureNotice = now;
      notify(
        'error',
        notSavedNotice('Your latest changes to this conversation are not saved yet', error),
      );
    },
  };
}

export const SaveGroupContext = createContext<SaveGroup | null>(null);

/** The pane's group; each conversation tab registers it as the tab's flush. */
export function useSaveGroupForTab(tabKey: string): SaveGroup {
  const group = useMemo(() => createSaveGroup(tabKey), [tabKey]);
  useEffect(() => registerFlush(tabKey, (o) => group.flushAll(o)), [tabKey, group]);
  return group;
}

/**
 * An autosaver that belongs to the conversation pane's group: it saves a moment after the last
 * change, and with the others when the tab closes or the page hides. `save` may change between renders.
 */
export function useGroupSaver<D>(
  save: (draft: D, options: { checkpoint: boolean }) => Promise<unknown>,
  delayMs?: number,
): Autosaver<D> {
  const group = useContext(SaveGroupContext);
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  const { saver, relay } = useMemo(() => {
    const r = createStatusRelay((status) => group?.report(s, status));
    const s: Autosaver<D> = createAutosaver<D>({
      save: (draft, o) => (group?.isAbandoned() ? Promise.resolve() : latest.current(draft, o)),
      onStatus: r.relay,
      onFailure: (error) => group?.failed(error),
      delayMs,
    });
    return { saver: s, relay: r };
    // One saver for the life of the component.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(() => {
    const remove = group?.add(saver as Autosaver<unknown>);
    return () => {
      // Unmounting without a close (an item removed, the pane re-mounted) still keeps the last words.
      if (!group?.isAbandoned()) void saver.flush({ checkpoint: true }).catch(() => undefined);
      relay.cancel();
      remove?.();
      saver.dispose();
    };
  }, [group, saver, relay]);
  return saver;
}
