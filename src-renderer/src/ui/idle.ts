// Runs work a moment after the last call, once the page has nothing more urgent to do: for derived
// figures (a word count) that may lag the typing by a fraction of a second but must not slow it.
export interface IdleRunner {
  /** (Re)schedules `work`, replacing whatever was scheduled and not yet run. */
  schedule(work: () => void): void;
  cancel(): void;
}

export function createIdleRunner(quietMs: number, maxWaitMs = 1_000): IdleRunner {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let idle: number | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    if (idle !== null) window.cancelIdleCallback(idle);
    timer = idle = null;
  };
  return {
    schedule(work) {
      cancel();
      timer = setTimeout(() => {
        timer = null;
        if (typeof window.requestIdleCallback !== 'function') return work();
        idle = window.requestIdleCallback(
          () => {
            idle = null;
            work();
          },
          { timeout: maxWaitMs },
        );
      }, quietMs);
    },
    cancel,
  };
}
