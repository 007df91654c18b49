// The driver's work done in worker threads, each on a read-only connection of its own: the
// background integrity check, an encrypted journal's VACUUM INTO copy and its plain image in memory.
// The workers load the driver by its resolved path (connection.ts stays the one module importing it).
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { CIPHER, DRIVER, connectionKey, type Db } from './connection';

/** A worker running `code` with the driver's path and the cipher's name beside `data`. */
function driverWorker(code: string, data: Record<string, unknown>): Worker {
  const driver = createRequire(import.meta.url).resolve(DRIVER);
  return new Worker(code, { eval: true, workerData: { driver, cipher: CIPHER, ...data } });
}

// Runs in a worker with its own read-only connection, so the check never blocks the app.
const CHECK_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
let Database = null;
try {
  Database = require(workerData.driver);
} catch {}
let outcome = Database ? 'damaged' : 'unchecked';
if (Database) {
  try {
    const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
    if (workerData.key) {
      db.pragma("cipher = '" + workerData.cipher + "'");
      db.key(Buffer.from(workerData.key));
    }
    const rows = db.pragma('quick_check');
    if (rows.length === 1 && rows[0].quick_check === 'ok') outcome = 'ok';
    db.close();
  } catch (error) {
    // Only the file's own format speaks of damage; a full disk, a lock or an I/O error leaves it unchecked.
    const code = String(error && error.code);
    const damage = code === 'SQLITE_NOTADB' || code === 'SQLITE_FORMAT' || code === 'SQLITE_IOERR_SHORT_READ' || code.startsWith('SQLITE_CORRUPT');
    if (!damage) outcome = 'unchecked';
  }
}
parentPort.postMessage(outcome);
`;

/**
 * 'unchecked': the worker could not run the check (driver, memory, lock); nothing is known to be wrong.
 * 'recent': not run, since this file passed it less than a day ago (host/integritySchedule.ts).
 */
export type IntegrityOutcome = 'ok' | 'damaged' | 'unchecked' | 'recent';

export interface BackgroundCheck {
  result: Promise<IntegrityOutcome>;
  /** Stops the worker (when the store closes first); `result` then resolves 'unchecked'. */
  cancel: () => void;
}

/**
 * `awaited`: someone waits for the answer (a new backup's check), so the worker keeps the process
 * alive until it is done; the check at open must not.
 */
export function checkIntegrityInBackground(
  file: string,
  key: Buffer | null = null,
  awaited = false,
): BackgroundCheck {
  const worker = driverWorker(CHECK_WORKER, { file, key: key ? new Uint8Array(key) : null });
  const result = new Promise<IntegrityOutcome>((resolve) => {
    worker.once('message', (outcome: IntegrityOutcome) => resolve(outcome));
    worker.once('error', () => resolve('unchecked'));
    worker.once('exit', () => resolve('unchecked'));
  });
  // The check at open must never keep the process alive on its own.
  if (!awaited) worker.unref();
  return { result, cancel: () => void worker.terminate() };
}

interface JobAnswer {
  ok: boolean;
  code?: string;
  bytes?: Uint8Array;
}

/** A one-shot worker job's answer; rejects with the driver's code when the job failed. */
function answerOf(worker: Worker, failed: string, stopped: string): Promise<JobAnswer> {
  return new Promise<JobAnswer>((resolve, reject) => {
    worker.once('message', (answer: JobAnswer) =>
      answer.ok ? resolve(answer) : reject(Object.assign(new Error(failed), { code: answer.code })),
    );
    worker.once('error', reject);
    worker.once('exit', () => reject(new Error(stopped)));
  });
}

// VACUUM INTO on a read-only connection of its own, in a worker: the copy (over a second for a large
// journal) never holds up the app's thread, and it is still one snapshot (one read transaction).
const COPY_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const Database = require(workerData.driver);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  try {
    db.pragma("cipher = '" + workerData.cipher + "'");
    db.key(Buffer.from(workerData.key));
    db.prepare('VACUUM INTO ?').run(workerData.destination);
  } finally {
    db.close();
  }
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, code: String((error && error.code) || 'unknown') });
}
`;

/**
 * Copies an encrypted connection's database into `destination`, encrypted with the same key, as one
 * consistent snapshot, in a worker thread. Rejects with the driver's code when the copy failed.
 */
export function vacuumInto(db: Db, destination: string): Promise<void> {
  const key = connectionKey(db);
  if (!key)
    return Promise.reject(
      new Error('vacuumInto copies encrypted journals; plain ones use the online backup'),
    );
  const worker = driverWorker(COPY_WORKER, {
    file: db.name,
    destination,
    key: new Uint8Array(key),
  });
  return answerOf(worker, 'VACUUM INTO failed', 'the copy worker stopped').then(() => undefined);
}

// A protected journal's backup is compressed before it is encrypted (backup/backupArchive.ts), so
// its pages are needed in plain form, in memory only: the worker reads one snapshot with the key
// (serialize holds one read transaction), checks it, and hands the image back.
const IMAGE_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const Database = require(workerData.driver);
  const db = new Database(workerData.file, { readonly: true, fileMustExist: true });
  let image;
  try {
    db.pragma("cipher = '" + workerData.cipher + "'");
    db.key(Buffer.from(workerData.key));
    try {
      image = db.serialize();
    } catch (error) {
      // SQLite gives no image when a page does not read back (a damaged page fails to decrypt), which
      // the driver reports as "Out of memory": quick_check tells damage from a real lack of memory.
      let sound = false;
      try {
        const rows = db.pragma('quick_check');
        sound = rows.length === 1 && rows[0].quick_check === 'ok';
      } catch {}
      if (!sound) throw Object.assign(new Error('damaged'), { code: 'SQLITE_CORRUPT' });
      throw error;
    }
  } finally {
    db.close();
  }
  // Rollback-journal form (header bytes 18-19): a memory database cannot open a WAL one, and the
  // journal switches a restored file back to WAL when it opens it.
  image[18] = 1;
  image[19] = 1;
  const copy = new Database(image);
  let rows;
  try {
    // What a backup leaves out (the search index's data), then the pages it freed.
    if (workerData.leaveOut.length > 0) {
      copy.unsafeMode(true);
      for (const sql of workerData.leaveOut) copy.exec(sql);
      copy.exec('VACUUM');
      image = copy.serialize();
    }
    rows = copy.pragma('quick_check');
  } finally {
    copy.close();
  }
  if (rows.length !== 1 || rows[0].quick_check !== 'ok') throw Object.assign(new Error('damaged'), { code: 'SQLITE_CORRUPT' });
  // The driver's buffer is external memory, which cannot be transferred: it is copied once, here,
  // into memory that can, so the app's thread never copies the image.
  const bytes = new Uint8Array(image.byteLength);
  bytes.set(image);
  parentPort.postMessage({ ok: true, bytes }, [bytes.buffer]);
} catch (error) {
  parentPort.postMessage({ ok: false, code: String((error && error.code) || 'unknown') });
}
`;

/**
 * The encrypted connection's database as one plain image in memory, read and passed by quick_check
 * in a worker thread, after `leaveOut` (SQL run on the image, then VACUUM). Rejects with the
 * driver's code when it could not be read or failed the check.
 */
export function snapshotImage(db: Db, leaveOut: readonly string[] = []): Promise<Buffer> {
  const key = connectionKey(db);
  if (!key) return Promise.reject(new Error('snapshotImage reads encrypted journals'));
  const worker = driverWorker(IMAGE_WORKER, {
    file: db.name,
    key: new Uint8Array(key),
    leaveOut: [...leaveOut],
  });
  return answerOf(worker, 'snapshot failed', 'the snapshot worker stopped').then((answer) => {
    if (!answer.bytes) throw new Error('snapshot failed');
    const { buffer, byteOffset, byteLength } = answer.bytes;
    return Buffer.from(buffer, byteOffset, byteLength);
  });
}

// A plain journal's backup copy made lean in a worker: `leaveOut` runs on the copy (a file of its
// own, never the journal), then VACUUM INTO writes only the pages still in use to `destination`.
const LEAN_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
try {
  const Database = require(workerData.driver);
  const db = new Database(workerData.file, { fileMustExist: true });
  try {
    db.unsafeMode(true);
    db.pragma('journal_mode = DELETE');
    for (const sql of workerData.leaveOut) db.exec(sql);
    db.prepare('VACUUM INTO ?').run(workerData.destination);
  } finally {
    db.close();
  }
  parentPort.postMessage({ ok: true });
} catch (error) {
  parentPort.postMessage({ ok: false, code: String((error && error.code) || 'unknown') });
}
`;

/**
 * Runs `leaveOut` on the plain copy `file` and writes what remains, vacuumed, to `destination`, in a
 * worker thread. Rejects with the driver's code when it failed (a full disk: SQLITE_FULL).
 */
export function leanCopyInto(
  file: string,
  destination: string,
  leaveOut: readonly string[],
): Promise<void> {
  const worker = driverWorker(LEAN_WORKER, { file, destination, leaveOut: [...leaveOut] });
  return answerOf(worker, 'the lean copy failed', 'the lean copy worker stopped').then(
    () => undefined,
  );
}

// A restore prepared while the app keeps answering: the backup's database (gzip, already decrypted)
// is expanded in memory, its left-out index rebuilt and the result checked, all in a worker.
const REBUILD_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const { gunzipSync } = require('node:zlib');
try {
  const Database = require(workerData.driver);
  const image = gunzipSync(workerData.compressed);
  image[18] = 1;
  image[19] = 1;
  const db = new Database(image);
  let answer = { ok: true };
  try {
    db.unsafeMode(true);
    if (workerData.leftOut.every((sql) => db.prepare(sql).pluck().get() === 1)) {
      db.exec('BEGIN');
      db.exec(workerData.rebuild);
      db.exec('COMMIT');
      // The rebuild leaves a third of the file free (its pages from before and its own work).
      db.exec('VACUUM');
      const rows = db.pragma('quick_check');
      if (rows.length !== 1 || rows[0].quick_check !== 'ok') throw Object.assign(new Error('damaged'), { code: 'SQLITE_CORRUPT' });
      // Copied here into memory that can be transferred: the app's thread never copies the image.
      const rebuilt = db.serialize();
      const bytes = new Uint8Array(rebuilt.byteLength);
      bytes.set(rebuilt);
      answer = { ok: true, bytes };
    }
  } finally {
    db.close();
  }
  parentPort.postMessage(answer, answer.bytes ? [answer.bytes.buffer] : []);
} catch (error) {
  parentPort.postMessage({ ok: false, code: String((error && error.code) || 'unknown') });
}
`;

/**
 * The database in `compressed` (a backup's gzip stream) with its left-out index rebuilt and checked,
 * from a worker thread; null when nothing was left out. Rejects with the driver's code on damage.
 */
export function rebuildIndexInWorker(
  compressed: Buffer,
  queries: { leftOut: readonly string[]; rebuild: string },
): Promise<Buffer | null> {
  const worker = driverWorker(REBUILD_WORKER, {
    compressed,
    leftOut: [...queries.leftOut],
    rebuild: queries.rebuild,
  });
  return answerOf(worker, 'the rebuild failed', 'the rebuild worker stopped').then((answer) => {
    if (!answer.bytes) return null;
    const { buffer, byteOffset, byteLength } = answer.bytes;
    return Buffer.from(buffer, byteOffset, byteLength);
  });
}
