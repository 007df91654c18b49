// The data worker: runs one export, or reads one import (dataJobs.ts starts it), so whole-journal
// work (reading, checking and converting every entry, zipping) never holds up the app's thread. An
// export reads on a read-only connection of its own, in one read transaction, so it is one moment's
// journal while the app keeps writing (WAL). An import's reading touches no database: what it finds
// goes back to the app's thread, the journal's only writer (importData.ts).
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { LadderError } from '../../shared/errors';
import type { ExportResult } from '../../shared/data/exportFormat';
import { mapDriverError, openReadConnection } from '../db/connection';
import type { ServiceContext } from '../common/context';
import { buildExportDocument, buildExportZip, exportFileName } from './exportData';
import { prepareImport, type PrepareEvent } from './importPrepare';
import {
  ACK,
  EVENTS_PER_BATCH,
  WINDOW,
  type DataJob,
  type ExportJob,
  type ReadImportJob,
  type WorkerMessage,
} from './dataJobMessages';

const port = parentPort;
const post = (message: WorkerMessage): void => port?.postMessage(message);

function runExport(job: ExportJob): ExportResult {
  const db = openReadConnection(job.file, job.key);
  job.key?.fill(0);
  try {
    const ctx: ServiceContext = { db, now: () => job.now };
    const { doc, zip } = db.transaction(() => {
      const read = buildExportDocument(ctx, job.appVersion);
      return { doc: read, zip: buildExportZip(ctx, read) };
    })();
    return {
      fileName: exportFileName(job.now),
      zipBase64: Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength).toString('base64'),
      bytes: zip.byteLength,
      counts: { entries: doc.entries.length, conversations: doc.conversations.length },
    };
  } finally {
    db.close();
  }
}

async function readImport(job: ReadImportJob): Promise<void> {
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port?.on('message', (message: unknown) => {
    if (message !== ACK) return;
    inFlight -= 1;
    wake?.();
    wake = null;
  });
  let pending: PrepareEvent[] = [];
  const send = async (): Promise<void> => {
    while (inFlight >= WINDOW) await new Promise<void>((resolve) => (wake = resolve));
    post({ kind: 'events', events: pending });
    pending = [];
    inFlight += 1;
  };
  const decoder = new TextDecoder();
  const files = job.files.map((f) =>
    'bytes' in f ? { name: f.name, text: decoder.decode(f.bytes) } : f,
  );
  job.files = [];
  await prepareImport(files, job.now, async (event) => {
    pending.push(event);
    if (pending.length >= EVENTS_PER_BATCH) await send();
  });
  if (pending.length > 0) await send();
  post({ kind: 'read' });
  // Nothing more will come: without a listener the worker ends by itself once this is sent.
  port?.removeAllListeners('message');
}

function failed(thrown: unknown): WorkerMessage {
  const error = mapDriverError(thrown);
  if (error instanceof LadderError)
    return { kind: 'failed', code: error.code, message: error.message };
  return {
    kind: 'failed',
    code: 'internal',
    message: 'Something went wrong inside Ladder. Nothing was changed.',
  };
}

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

const job = workerData as DataJob;
yieldToTheApp();
(async () => {
  if (job.kind === 'export') post({ kind: 'exported', result: runExport(job) });
  else await readImport(job);
})().catch((error: unknown) => post(failed(error)));
