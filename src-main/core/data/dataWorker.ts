// The data worker: runs one export, or reads one import (dataWorkerStart.ts starts it; dataJobRun.ts
// does the work), so whole-journal work (reading, checking and converting every entry, zipping)
// never holds up the app's thread.
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { DataJob } from './dataJobMessages';
import { runDataJob } from './dataJobRun';

/**
 * On Linux a thread has its own nice value, and setpriority(0) sets the calling thread's only: the
 * worker runs a few steps below the app's thread, so an autosave is not queued behind a whole-journal
 * export on a busy two-core machine. Only a few steps: at the lowest priority, any other busy program
 * would starve the export. Elsewhere the same call would lower the whole app, so it is not made.
 */
const NICER_BY = 5;

function yieldToTheApp(): void {
  if (process.platform !== 'linux') return;
  try {
    setPriority(Math.min(19, getPriority() + NICER_BY));
  } catch {
    // Not allowed here: the work runs at the app's own priority, as before.
  }
}

yieldToTheApp();
if (parentPort) void runDataJob(workerData as DataJob, parentPort);
