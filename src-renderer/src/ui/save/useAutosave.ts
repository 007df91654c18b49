// React binding of the autosaver: one per open document, flushed on blur, tab close and page hide.
import { useEffect, useMemo, useRef, useState } from 'react';
import { createAutosaver, type Autosaver, type AutosaveStatus } from './autosaver';
import { createStatusRelay } from './statusRelay';
import { registerFlush } from '../../workbench/store';

export interface UseAutosaveOptions<D> {
  /** The tab key; closing the tab (and the window) awaits a checkpointed flush. */
  tabKey: string;
  save: (draft: D, options: { checkpoint: boolean }) => Promise<unknown>;
  onFailure?: (error: unknown) => void;
  delayMs?: number;
}

export function useAutosave<D>(options: UseAutosaveOptions<D>): {
  saver: Autosaver<D>;
  status: AutosaveStatus;
} {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const [status, setStatus] = useState<AutosaveStatus>({ saveState: 'saved', dirty: false });
  const [relay] = useState(() => createStatusRelay(setStatus));
  useEffect(() => () => relay.cancel(), [relay]);
  const saver = useMemo(
    () =>
      createAutosaver<D>({
        save: (draft, o) => latest.current.save(draft, o),
        onFailure: (error) => latest.current.onFailure?.(error),
        onStatus: relay.relay,
        delayMs: options.delayMs,
      }),
    // One saver per document for the life of the pane.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [options.tabKey],
  );
  useEffect(() => {
    const unregister = registerFlush(options.tabKey, (o) =>
      saver.flush({ checkpoint: true, urgent: o?.urgent }),
    );
    return () => {
      unregister();
      // Unmounting without a close (e.g. a reload of the pane) must still not drop the last words.
      void saver.flush({ checkpoint: true }).catch(() => undefined);
      saver.dispose();
    };
  }, [options.tabKey, saver]);
  return { saver, status };
}
