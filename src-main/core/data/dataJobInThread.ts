// A data job run in the app's own thread, for mutation testing only (LADDER_DATA_JOBS=in-thread, set
// by vitest.mutation.config.ts): Stryker switches a mutant on, and counts which tests reach it, in
// the test's thread alone, so the worker's code would show as never reached. It keeps the worker's
// contract: messages arrive later, never within the call that sent them, a stopped job says so, and
// the thread ends when the job does.
import { EventEmitter } from 'node:events';
import type { DataJob, WorkerMessage } from './dataJobMessages';

/** What dataJobs.ts uses of a Worker. */
export interface JobThread {
  on: (event: 'message', listener: (message: WorkerMessage) => void) => unknown;
  once: (event: 'error' | 'exit', listener: () => void) => unknown;
  postMessage: (message: unknown) => void;
  terminate: () => Promise<number>;
}

export const IN_THREAD = process.env.LADDER_DATA_JOBS === 'in-thread';

export function startInThread(job: DataJob): JobThread {
  const toApp = new EventEmitter();
  const toJob = new EventEmitter();
  let stopped = false;
  const later = (target: EventEmitter, message: unknown): void => {
    setImmediate(() => {
      if (!stopped) target.emit('message', message);
    });
  };
  const port = {
    postMessage: (message: WorkerMessage) => later(toApp, message),
    on: (event: 'message', listener: (message: unknown) => void) => toJob.on(event, listener),
    removeAllListeners: (event: 'message') => toJob.removeAllListeners(event),
  };
  // A worker ends once its job has: after the messages it sent, with an error first if it threw.
  // Without this, a mutant that drops the job's answer would wait for the test's timeout.
  const ended = (error?: unknown): void => {
    setImmediate(() =>
      setImmediate(() => {
        if (stopped) return;
        if (error !== undefined) toApp.emit('error', error);
        toApp.emit('exit');
        stopped = true;
      }),
    );
  };
  void import('./dataJobRun')
    .then(({ runDataJob }) => runDataJob(job, port))
    .then(() => ended(), ended);
  return {
    on: (event, listener) => toApp.on(event, listener),
    once: (event, listener) => toApp.once(event, listener),
    postMessage: (message) => later(toJob, message),
    terminate: () => {
      if (!stopped) toApp.emit('exit');
      stopped = true;
      return Promise.resolve(1);
    },
  };
}
