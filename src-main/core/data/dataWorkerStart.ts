// Starts the data worker's thread (dataWorker.ts) for one job. The built app runs the bundled
// dataWorker.js beside the main bundle (electron.vite.config.ts); from the sources (tests, benchmarks)
// the TypeScript entry runs with Node's own type transform. Under mutation testing the job runs in
// the app's own thread instead (dataJobInThread.ts), so this file, like the worker's entry, is thread
// wiring that only `npm test` and the built app run.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker, type TransferListItem } from 'node:worker_threads';
import type { DataJob } from './dataJobMessages';
import { IN_THREAD, startInThread, type JobThread } from './dataJobInThread';

const BUILT = 'dataWorker.js';
const SOURCE = 'dataWorker.ts';

// From the sources: extensionless relative imports resolve to their .ts file, as the bundler does.
const SOURCE_BOOT = `
const { registerHooks } = require('node:module');
const { pathToFileURL } = require('node:url');
const { workerData } = require('node:worker_threads');
registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (/^\\.\\.?\\//.test(specifier) && !/\\.[cm]?[jt]sx?$/.test(specifier))
        return next(specifier + '.ts', context);
      throw error;
    }
  },
});
import(pathToFileURL(workerData.entry).href);
`;

export function startWorker(job: DataJob, transferList: TransferListItem[]): JobThread {
  if (IN_THREAD) return startInThread(job);
  const here = dirname(fileURLToPath(import.meta.url));
  // The bundle may place this module in a chunk folder below the entries.
  for (const dir of [here, join(here, '..')]) {
    const built = join(dir, BUILT);
    if (existsSync(built)) return new Worker(built, { workerData: job, transferList });
  }
  return new Worker(SOURCE_BOOT, {
    eval: true,
    workerData: { ...job, entry: join(here, SOURCE) },
    transferList,
    execArgv: [
      '--experimental-transform-types',
      '--disable-warning=ExperimentalWarning',
      '--disable-warning=MODULE_TYPELESS_PACKAGE_JSON',
    ],
  });
}
