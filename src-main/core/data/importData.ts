// `Ladder: Import...`: Ladder's own export (ladder-export.json) and Markdown notes from other apps.
// The reading (parsing, checking, converting every entry) runs in the data worker (importPrepare.ts,
// dataJobs.ts); this side, the journal's only writer, writes what it hands on: the entries as they
// come, a batch per short transaction (statements prepared once), each entry marked pending, so
// other requests (an autosave) get through between batches; the other records and the end of the
// marks go in one last transaction. An import that fails half-way (disk full, I/O) or is cut by a
// crash is taken out again, so it changes nothing.
// A record that clashes with data already here is left out and listed in the report with the
// reason; an entry already here is counted, not added twice.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import type { ExportDocument, ImportReport } from '../../shared/data/exportFormat';
import { isProfilePage } from '../../shared/journal/entryKinds';
import { LadderError } from '../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../shared/limits';
import { schemas } from '../../shared/schemas';
import type { LoadHooks } from './loadAttempt';
import { loadRecords } from './loadRepository';
import {
  discardUnfinishedImport,
  entryWriter,
  finishImport,
  type PreparedEntry,
} from './entryLoadRepository';
import { readSettings, writeSettings } from '../settings/settingsRepository';
import type { ServiceContext } from '../common/context';
import type { ImportFile, PrepareEvent } from './importPrepare';
import { createImportUploads, tooLargeImport, type UploadedFile } from './importUploads';

type Skipped = ImportReport['skipped'];

/** Work between two yields to the event loop: short enough that a waiting request is answered soon. */
const SLICE_MS = 15;
/** Entries per write transaction: about 10-20 ms of writing here (the search index is the cost). */
const BATCH = 100;

/** Gives the event loop back every SLICE_MS of work, so other requests are answered meanwhile. */
function pacer(): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < SLICE_MS) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

function loadSettings(
  ctx: ServiceContext,
  doc: ExportDocument,
  file: string,
  skipped: Skipped,
): number {
  const current = readSettings(ctx.db);
  const accepted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc.settings)) {
    if (key in current)
      skipped.push({
        file,
        item: `setting ${key}`,
        reason: 'Kept the value already set in this Ladder.',
      });
    else if (!schemas['settings.set'].safeParse({ [key]: value }).success) {
      skipped.push({
        file,
        item: `setting ${key}`,
        reason: 'This version of Ladder does not know that setting or its value.',
      });
    } else accepted[key] = value;
  }
  writeSettings(ctx.db, accepted);
  return Object.keys(accepted).length;
}

/** Reads an import and hands on what it finds, in order (importPrepare.ts, run in the data worker). */
export type ImportSource = (emit: (event: PrepareEvent) => Promise<void>) => Promise<void>;

/** Writes one import from `source`, its entries marked pending under `runId` until the last transaction. */
export async function runImport(
  ctx: ServiceContext,
  runId: string,
  source: ImportSource,
): Promise<ImportReport> {
  const pace = pacer();
  const skipped: Skipped = [];
  const changed: ImportReport['changed'] = [];
  const docs: { file: string; doc: ExportDocument }[] = [];
  const imported: ImportReport['imported'] = {
    entries: 0,
    conversations: 0,
    skills: 0,
    goals: 0,
    templates: 0,
    questions: 0,
    rehearsals: 0,
    recordings: 0,
    practiceCards: 0,
    settings: 0,
  };
  let alreadyHere = 0;
  const write = entryWriter(ctx.db, runId);
  const seen = new Set<string>();
  let batch: { file: string; entry: PreparedEntry }[] = [];

  const flush = (): void => {
    const items = batch;
    batch = [];
    ctx.db.transaction(() => {
      for (const { file, entry } of items) {
        const outcome = seen.has(entry.entry.id) ? 'present' : write(entry);
        seen.add(entry.entry.id);
        if (outcome === 'added') imported.entries += 1;
        else if (outcome === 'present') alreadyHere += 1;
        else {
          const reason = isProfilePage(entry.entry.kind)
            ? 'Your journal already has this profile page with content.'
            : 'It clashes with a record already in your journal.';
          skipped.push({ file, item: `entry ${entry.entry.id}`, reason });
        }
      }
    })();
  };
  const emit = async (event: PrepareEvent): Promise<void> => {
    if (event.kind === 'entry') {
      batch.push({ file: event.file, entry: event.entry });
      if (batch.length >= BATCH) flush();
      await pace();
    } else if (event.kind === 'skipped') skipped.push(event.item);
    else if (event.kind === 'changed') changed.push(event.item);
    else docs.push({ file: event.file, doc: event.doc });
  };

  try {
    await source(emit);
    flush();
    // The other records, and the end of the pending marks, in one last transaction: until it
    // commits, a failure or a crash takes the whole import out.
    ctx.db.transaction(() => {
      for (const { file, doc } of docs) {
        const hooks: LoadHooks = { skip: (item, reason) => skipped.push({ file, item, reason }) };
        const counts = loadRecords(ctx.db, doc, hooks);
        for (const [key, n] of Object.entries(counts)) imported[key as keyof typeof counts] += n;
        imported.settings += loadSettings(ctx, doc, file, skipped);
      }
      finishImport(ctx.db, runId);
    })();
  } catch (error) {
    try {
      discardUnfinishedImport(ctx.db, runId);
    } catch {
      // The store is closed or the disk is full: the next start takes the marked entries out.
    }
    if (error instanceof LadderError) throw error;
    const code = String((error as { code?: unknown } | null)?.code ?? '');
    if (code === 'SQLITE_FULL')
      throw new LadderError(
        'storage-full',
        'The disk is full, so nothing was imported. Your journal was not changed.',
      );
    throw new LadderError(
      'storage-error',
      'The import could not be written, so nothing was imported. Your journal was not changed.',
    );
  }
  return { imported, skipped, alreadyHere, changed };
}

/** Reads an import's files off the app's thread (dataJobs.ts): as text, or as uploaded UTF-8 bytes. */
export type ImportReader = (files: (ImportFile | UploadedFile)[], now: number) => ImportSource;

export function createImportService(ctx: ServiceContext, reader: ImportReader) {
  const uploads = createImportUploads(ctx.now);
  // An import that a crash cut short is taken out at start, before any request.
  discardUnfinishedImport(ctx.db);
  // One import at a time: a second waits for the first rather than interleaving with it.
  let queue: Promise<unknown> = Promise.resolve();
  const enqueue = (files: (ImportFile | UploadedFile)[]): Promise<ImportReport> => {
    const run = () => runImport(ctx, randomUUID(), reader(files, ctx.now()));
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    importUpload: uploads.add,
    import: (args: ParsedArgs<'data.import'>): Promise<ImportReport> => {
      if ('uploadId' in args) {
        try {
          return enqueue(uploads.take(args.uploadId));
        } catch (error) {
          return Promise.reject(error instanceof Error ? error : new Error(String(error)));
        }
      }
      const chars = args.files.reduce((sum, f) => sum + f.text.length, 0);
      if (chars > MAX_IMPORT_BYTES) return Promise.reject(tooLargeImport());
      return enqueue(args.files);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
