// The preview tells waiting commands when the printable copy of a conversation is on the page.
const ready = new Set<string>();
const waiting = new Map<string, Set<(ok: boolean) => void>>();

export function markPrintReady(id: string, isReady: boolean): void {
  if (!isReady) {
    ready.delete(id);
    return;
  }
  ready.add(id);
  for (const resolve of waiting.get(id) ?? []) resolve(true);
  waiting.delete(id);
}

/** Resolves true once the preview of `id` has rendered its printable copy, false after `timeoutMs`. */
export function whenPrintReady(id: string, timeoutMs = 10_000): Promise<boolean> {
  if (ready.has(id)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const set = waiting.get(id) ?? new Set();
    const done = (ok: boolean) => {
      clearTimeout(timer);
      set.delete(done);
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    set.add(done);
    waiting.set(id, set);
  });
}
