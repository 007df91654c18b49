// A writer on its own thread and connection, committing rows in a loop: it keeps writing while the
// main thread is blocked in a synchronous copy (VACUUM INTO), which a same-thread loop cannot do.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CIPHER, DRIVER } from '../../../src-main/core/db/connection';

const WRITER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const counters = new Int32Array(workerData.shared);
const db = new Database(workerData.file, { fileMustExist: true });
if (workerData.key) {
  db.pragma("cipher = '" + workerData.cipher + "'");
  db.key(Buffer.from(workerData.key));
}
db.pragma('busy_timeout = 5000');
const insert = db.prepare(
  "INSERT INTO entries (id, kind, title, date, body, text, created_at, updated_at) VALUES (?, 'lesson', ?, '2026-11-21', '', ?, 0, 0)",
);
parentPort.postMessage('ready');
while (Atomics.load(counters, 0) === 0) {
  const n = Atomics.load(counters, 1);
  insert.run('thread-' + n, 'thread ' + n, 'z'.repeat(500));
  Atomics.add(counters, 1, 1);
  // A short pause between commits (ended early by stop), so the journal does not grow by megabytes a second.
  Atomics.wait(counters, 0, 0, 0.2);
}
db.close();
`;

export interface WorkerWriter {
  /** Rows committed so far. */
  writes: () => number;
  /** Stops the loop, waits for the thread to close its connection, and returns the rows committed. */
  stop: () => Promise<number>;
}

export async function startWorkerWriter(file: string, key: Buffer | null): Promise<WorkerWriter> {
  const shared = new SharedArrayBuffer(8);
  const counters = new Int32Array(shared);
  const driver = createRequire(import.meta.url).resolve(DRIVER);
  const worker = new Worker(WRITER, {
    eval: true,
    workerData: { driver, file, cipher: CIPHER, key: key ? new Uint8Array(key) : null, shared },
  });
  const exited = new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.once('exit', () => resolve());
  });
  await new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    exited.then(() => reject(new Error('the writer thread stopped before it was ready')), reject);
  });
  // It has started its loop once it has committed one row.
  while (Atomics.load(counters, 1) === 0) await new Promise((resolve) => setTimeout(resolve, 1));
  return {
    writes: () => Atomics.load(counters, 1),
    stop: async () => {
      Atomics.store(counters, 0, 1);
      await exited;
      return Atomics.load(counters, 1);
    },
  };
}
