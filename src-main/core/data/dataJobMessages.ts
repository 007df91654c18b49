// What the app's thread and the data worker (dataWorker.ts) send each other.
// An export: one job in, one answer out. An import's reading: the job in, then what it found in
// batches (each acknowledged once written, so the worker never runs far ahead), then the end.
import type { ErrorCode } from '../../shared/errors';
import type { ExportResult } from '../../shared/data/exportFormat';
import type { PrepareEvent } from './importPrepare';

export interface ExportJob {
  kind: 'export';
  /** The journal's file, already opened, checked and migrated by the app. */
  file: string;
  /** The key of a protected journal (a copy, zeroed by the worker once used); null for a plain one. */
  key: Uint8Array<ArrayBuffer> | null;
  /** The app's clock, read when the job started. */
  now: number;
  appVersion: string;
}

export interface ReadImportJob {
  kind: 'read-import';
  now: number;
  files: ({ name: string; text: string } | { name: string; bytes: Uint8Array<ArrayBuffer> })[];
}

export type DataJob = ExportJob | ReadImportJob;

export type WorkerMessage =
  | { kind: 'exported'; result: ExportResult }
  | { kind: 'events'; events: PrepareEvent[] }
  | { kind: 'read' }
  | { kind: 'failed'; code: ErrorCode; message: string };

/** The app's thread has written a batch of events. */
export const ACK = 'ack';

/** Batches the worker may send ahead of the writing. */
export const WINDOW = 2;
/** Events per batch. */
export const EVENTS_PER_BATCH = 100;
