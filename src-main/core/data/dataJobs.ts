// Starts the data worker (dataWorkerStart.ts) for one export, or to read one import, and passes on
// what it sends back. Closing the store stops every worker still running; an export stopped that
// way hands nothing over, and an import whose reading stops that way fails, and its written part
// is taken out (importData.ts).
import type { TransferListItem } from 'node:worker_threads';
import { LadderError } from '../../shared/errors';
import type { ExportResult } from '../../shared/data/exportFormat';
import { connectionKey } from '../db/connection';
import type { ServiceContext } from '../common/context';
import { ACK, type DataJob, type WorkerMessage } from './dataJobMessages';
import type { ImportReader } from './importData';
import type { JobThread } from './dataJobInThread';
import { startWorker } from './dataWorkerStart';

const INTERNAL = 'Something went wrong inside Ladder. Nothing was changed.';

export interface DataJobs {
  export: (appVersion: string) => Promise<ExportResult>;
  readImport: ImportReader;
  /** Stops the workers still running (the store is closing). */
  close: () => void;
}

export function createDataJobs(ctx: ServiceContext): DataJobs {
  const running = new Set<JobThread>();
  let closed = false;

  /**
   * Runs `job` in a worker; `onMessage` settles the job (its return value: true when done) or not.
   * The worker is stopped once the job settles, or when anything goes wrong.
   */
  const run = <T>(
    job: DataJob,
    transferList: TransferListItem[],
    onMessage: (message: WorkerMessage, worker: JobThread) => Promise<T | undefined>,
  ): Promise<T> => {
    if (closed) return Promise.reject(new LadderError('conflict', 'Ladder is closing.'));
    const worker = startWorker(job, transferList);
    running.add(worker);
    return new Promise<T>((resolve, reject) => {
      // Messages are taken one after another: an import's batches are written in order.
      let chain: Promise<void> = Promise.resolve();
      worker.on('message', (message: WorkerMessage) => {
        chain = chain
          .then(async () => {
            if (message.kind === 'failed') throw new LadderError(message.code, message.message);
            const out = await onMessage(message, worker);
            if (out !== undefined) resolve(out);
          })
          .catch((error: unknown) => reject(error instanceof Error ? error : new Error(INTERNAL)));
      });
      // After the messages already in hand (a worker that answered and ended delivers both at once).
      worker.once('error', () => {
        chain = chain.then(() => reject(new LadderError('internal', INTERNAL)));
      });
      // Stopped before it answered (the store closed, out of memory): nothing is known done.
      worker.once('exit', () => {
        chain = chain.then(() =>
          reject(
            new LadderError(
              'storage-error',
              'The work stopped before it was done. Nothing was changed.',
            ),
          ),
        );
      });
    }).then(
      (value) => {
        // A job that answered ends by itself: stopping it from outside while the driver's objects
        // are being torn down can crash the whole process (seen once as SIGSEGV under load).
        running.delete(worker);
        return value;
      },
      (error: unknown) => {
        running.delete(worker);
        void worker.terminate();
        throw error;
      },
    );
  };

  return {
    export: (appVersion) => {
      const key = connectionKey(ctx.db);
      const copy = key ? new Uint8Array(key) : null;
      const job: DataJob = {
        kind: 'export',
        file: ctx.db.name,
        key: copy,
        now: ctx.now(),
        appVersion,
      };
      return run(job, copy ? [copy.buffer] : [], async (message) =>
        message.kind === 'exported' ? message.result : undefined,
      );
    },
    readImport: (files, now) => (emit) => {
      const transfer: TransferListItem[] = [];
      for (const f of files) if ('bytes' in f) transfer.push(f.bytes.buffer);
      return run({ kind: 'read-import', now, files }, transfer, async (message, worker) => {
        if (message.kind === 'read') return true;
        if (message.kind === 'events') {
          for (const event of message.events) await emit(event);
          worker.postMessage(ACK);
        }
        return undefined;
      }).then(() => undefined);
    },
    close: () => {
      closed = true;
      for (const worker of running) void worker.terminate();
      running.clear();
    },
  };
}
