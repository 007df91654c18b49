// How far below the app's thread the data worker runs (dataWorker.ts sets it). On Linux a thread
// has its own nice value, and setpriority(0) sets the calling thread's only: the worker runs a few
// steps below the app's thread, so an autosave is not queued behind a whole-journal export on a busy
// two-core machine. Only a few steps: at the lowest priority, any other busy program would starve
// the export. Elsewhere the same call would lower the whole app, so none is set.

/** Steps below the app's thread. */
const NICER_BY = 5;

/** The data worker's nice value, from the app thread's; null where it must stay the app's. */
export function workerNice(appNice: number, platform: NodeJS.Platform): number | null {
  if (platform !== 'linux') return null;
  return Math.min(19, appNice + NICER_BY);
}
