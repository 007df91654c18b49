// The data worker: runs one export, or reads one import (dataWorkerStart.ts starts it; dataJobRun.ts
// does the work), so whole-journal work (reading, checking and converting every entry, zipping)
// never holds up the app's thread. It runs a few steps nicer than the app (dataWorkerNice.ts).
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import type { DataJob } from './dataJobMessages';
import { runDataJob } from './dataJobRun';
import { workerNice } from './dataWorkerNice';

function yieldToTheApp(): void {
  try {
    const nice = workerNice(getPriority(), process.platform);
    if (nice !== null) setPriority(nice);
  } catch {
    // Not allowed here: the work runs at the app's own priority, as before.
  }
}

yieldToTheApp();
if (parentPort) void runDataJob(workerData as DataJob, parentPort);
