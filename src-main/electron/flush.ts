// Waiting for the renderer to save, but never longer than a moment: closing must not hang.
export const FLUSH_TIMEOUT_MS = 2_000;

export type FlushOutcome = 'done' | 'timeout' | 'failed';

export function waitWithTimeout(
  work: Promise<unknown>,
  timeoutMs = FLUSH_TIMEOUT_MS,
): Promise<FlushOutcome> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('timeout'), timeoutMs);
    work.then(
      () => {
        clearTimeout(timer);
        resolve('done');
      },
      () => {
        clearTimeout(timer);
        resolve('failed');
      },
    );
  });
}
