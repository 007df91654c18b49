// Cleanups that must run after every test of every file. A helper module's top-level afterEach hooks
// only the files that evaluate it; with isolate=false (both vitest configs) a module is
// evaluated once per worker, so its hook would reach only the first file. Helpers register their
// cleanups here too, and tests/core/sharedWorkerSetup.ts (a setup file, run for every file) runs them.
const cleanups: (() => void)[] = [];

/** Registers a cleanup (idempotent: it may run twice after a test) for runCleanups. */
export function registerCleanup(fn: () => void): void {
  cleanups.push(fn);
}

/** Runs the registered cleanups, the last registered first (hosts close before their folders go). */
export function runCleanups(): void {
  for (const fn of [...cleanups].reverse()) fn();
}
