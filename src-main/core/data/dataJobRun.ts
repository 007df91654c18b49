// One data job's work, posted back on `port`: the data worker's thread runs it (dataWorker.ts), or,
// under mutation testing only, the app's own thread (dataJobs.ts), where Stryker can see it.
// An export reads on a read-only connection of its own, in one read transaction, so it is one
// moment's journal while the app keeps writing (WAL). An import's reading touches no database: what
// it finds goes back to the app's thread, the journal's only writer (importData.ts).
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

/** The job's end of the line to the app's thread (a worker's parentPort has this shape). */
export interface JobPort {
  postMessage: (message: WorkerMessage) => void;
  on: (event: 'message', listener: (message: unknown) => void) => unknown;
  removeAllListeners: (event: 'message') => unknown;
}

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

async function readImport(job: ReadImportJob, port: JobPort): Promise<void> {
  const post = (message: WorkerMessage): void => port.postMessage(message);
  let inFlight = 0;
  let wake: (() => void) | null = null;
  port.on('message', (message: unknown) => {
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
  port.removeAllListeners('message');
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

/** Runs `job`, posting its answer, or what went wrong, on `port`. */
export async function runDataJob(job: DataJob, port: JobPort): Promise<void> {
  try {
    if (job.kind === 'export') port.postMessage({ kind: 'exported', result: runExport(job) });
    else await readImport(job, port);
  } catch (error: unknown) {
    port.postMessage(failed(error));
  }
}
