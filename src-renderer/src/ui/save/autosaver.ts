// Saves a draft a moment after the last change, at once on flush, never two saves at a time for
// one document, and keeps retrying (with growing pauses) after a failure without losing the draft.
// A failure that no retry can mend (the record is gone, changed elsewhere, or the input refused) is
// not retried: the draft is kept for the page to offer what to do with it.
import type { SaveState } from '../../workbench/types';
import { isPermanentError, needsChoice } from '../errorMessage';

export interface AutosaveStatus {
  saveState: SaveState;
  /** True between an edit and the save that acknowledges it. */
  dirty: boolean;
  /** The last failure's message while saveState is 'error'. */
  message?: string;
  /**
   * The record is gone or was changed elsewhere: nothing is sent until the page calls `resume`
   * (save mine anyway) or `discard` (keep theirs); the draft is kept meanwhile.
   */
  halted?: boolean;
}

export interface AutosaverOptions<D> {
  save: (draft: D, options: { checkpoint: boolean }) => Promise<unknown>;
  onStatus?: (status: AutosaveStatus) => void;
  /** Called once per run of failures (not on every retry). */
  onFailure?: (error: unknown) => void;
  delayMs?: number;
  retryDelaysMs?: readonly number[];
}

export interface Autosaver<D> {
  change(draft: D): void;
  /**
   * Saves whatever is pending now; rejects if that save fails (the draft is kept).
   * `urgent` (the page is going away): send the newest draft at once, without waiting for a save
   * already in flight, which the browser may cancel as it unloads.
   */
  flush(options?: { checkpoint?: boolean; urgent?: boolean }): Promise<void>;
  status(): AutosaveStatus;
  /** After a halt: sends `draft` (or the kept one) again, e.g. once the page rebased it on the current version. */
  resume(draft?: D): Promise<void>;
  /** After a halt: drops the kept draft (the person kept the other version). */
  discard(): void;
  dispose(): void;
}

export const SAVE_DELAY_MS = 1_000;
export const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000] as const;

export function createAutosaver<D>(options: AutosaverOptions<D>): Autosaver<D> {
  const delay = options.delayMs ?? SAVE_DELAY_MS;
  const retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  // Each draft carries a generation, so a failed older save never puts back text older than a
  // draft that was already sent (a page-hide save may overtake one that the unload then cancels).
  let generation = 0;
  let sentUrgently = 0;
  let pending: { draft: D; gen: number } | null = null;
  let inFlight: Promise<unknown> | null = null;
  let inFlightDraft: { draft: D; gen: number } | null = null;
  let wantCheckpoint = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let retryTimer: ReturnType<typeof setTimeout> | null = null;
  let failures = 0;
  let current: AutosaveStatus = { saveState: 'saved', dirty: false };
  let disposed = false;
  let halt: unknown = null;

  const setStatus = (next: AutosaveStatus) => {
    // Each keystroke reports 'unsaved' again: an unchanged status is not news (nor a re-render).
    if (sameStatus(current, next)) return;
    current = next;
    if (!disposed) options.onStatus?.(next);
  };
  const clearTimers = () => {
    if (timer) clearTimeout(timer);
    if (retryTimer) clearTimeout(retryTimer);
    timer = retryTimer = null;
  };

  async function drain(checkpoint: boolean): Promise<void> {
    wantCheckpoint ||= checkpoint;
    for (;;) {
      if (inFlight) {
        await inFlight.catch(() => undefined);
        continue;
      }
      if (!pending) return;
      if (halt) throw halt;
      const { draft, gen } = pending;
      const cp = wantCheckpoint;
      pending = null;
      wantCheckpoint = false;
      setStatus({ saveState: 'saving', dirty: true });
      const attempt = options.save(draft, { checkpoint: cp });
      inFlight = attempt;
      inFlightDraft = { draft, gen };
      try {
        await attempt;
        failures = 0;
        setStatus(
          pending ? { saveState: 'unsaved', dirty: true } : { saveState: 'saved', dirty: false },
        );
      } catch (error) {
        if (!pending && gen > sentUrgently) pending = { draft, gen };
        wantCheckpoint ||= cp;
        if (failures === 0) options.onFailure?.(error);
        const message = error instanceof Error ? error.message : String(error);
        if (needsChoice(error)) halt = error;
        setStatus({ saveState: 'error', dirty: true, message, ...(halt ? { halted: true } : {}) });
        if (!isPermanentError(error)) scheduleRetry();
        failures += 1;
        throw error;
      } finally {
        inFlight = null;
        inFlightDraft = null;
      }
    }
  }

  /** Sends the newest draft (pending, or else the one in flight) without queueing behind anything. */
  async function saveNow(): Promise<void> {
    const unsent = inFlightDraft && inFlightDraft.gen > sentUrgently ? inFlightDraft : null;
    const latest = pending ?? unsent;
    if (!latest) return;
    if (halt) throw halt;
    sentUrgently = Math.max(sentUrgently, latest.gen);
    pending = null;
    wantCheckpoint = false;
    try {
      await options.save(latest.draft, { checkpoint: true });
    } catch (error) {
      if (!pending) pending = latest;
      throw error;
    }
    if (!pending) setStatus({ saveState: 'saved', dirty: false });
  }

  function scheduleRetry() {
    if (disposed) return;
    if (retryTimer) clearTimeout(retryTimer);
    const wait = retryDelays[Math.min(failures, retryDelays.length - 1)] ?? delay;
    retryTimer = setTimeout(() => {
      retryTimer = null;
      void drain(false).catch(() => undefined);
    }, wait);
  }

  return {
    change(draft) {
      if (disposed) return;
      pending = { draft, gen: ++generation };
      clearTimers();
      // An error stays visible until a save succeeds; otherwise the tab shows the edit as unsaved.
      setStatus(
        current.saveState === 'error'
          ? { ...current, dirty: true }
          : { saveState: 'unsaved', dirty: true },
      );
      if (halt) return;
      timer = setTimeout(() => {
        timer = null;
        void drain(false).catch(() => undefined);
      }, delay);
    },
    flush(opts = {}) {
      clearTimers();
      if (opts.urgent) return saveNow();
      return drain(opts.checkpoint ?? false);
    },
    status: () => current,
    resume(draft) {
      halt = null;
      failures = 0;
      if (draft !== undefined) pending = { draft, gen: ++generation };
      clearTimers();
      return drain(true);
    },
    discard() {
      halt = null;
      failures = 0;
      pending = null;
      clearTimers();
      setStatus({ saveState: 'saved', dirty: false });
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}

function sameStatus(a: AutosaveStatus, b: AutosaveStatus): boolean {
  return (
    a.saveState === b.saveState &&
    a.dirty === b.dirty &&
    a.message === b.message &&
    a.halted === b.halted
  );
}
