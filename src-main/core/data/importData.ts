// `Ladder: Import...`: Ladder's own export (ladder-export.json) and Markdown notes from other apps.
// An import never holds up other requests (an autosave) for long, and never holds the whole
// journal in memory twice: files are read, checked and converted in slices that give the event
// loop back between them, and the entries written as they come, a batch per short transaction
// (statements prepared once), each entry marked pending; the other records and the end of the
// marks go in one last transaction. An import that fails half-way (disk full, I/O) or is cut by a
// crash is taken out again, so it changes nothing.
// A malformed or hostile file, or a record that clashes with data already here, is left out and
// listed in the report with the reason; an entry already here is counted, not added twice.
import { randomUUID } from 'node:crypto';
import type { ParsedArgs } from '../../shared/contract';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportDocument,
  exportEntry,
  type ExportDocument,
  type ExportEntry,
  type ImportReport,
} from '../../shared/data/exportFormat';
import { isProfilePage } from '../../shared/journal/entryKinds';
import { LadderError } from '../../shared/errors';
import { countWords, plainTextFromLexical } from '../../shared/journal/plainText';
import { schemas } from '../../shared/schemas';
import { findLoneSurrogate, LONE_SURROGATE_MESSAGE } from '../../shared/wellFormed';
import { loadRecords, type LoadHooks } from './loadRepository';
import {
  discardUnfinishedImport,
  entryWriter,
  finishImport,
  type PreparedEntry,
} from './entryLoadRepository';
import { readSettings, writeSettings } from '../settings/settingsRepository';
import type { ServiceContext } from '../common/context';
import { entryProblem, safeEntry } from './importChecks';
import { entryFromMarkdown, MARKDOWN_FILE, wikiTargets } from './importMarkdown';

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
    await yieldTurn();
    since = performance.now();
  };
}

function yieldTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

function schemaProblem(
  error: { issues: { path: PropertyKey[]; message: string }[] },
  prefix: PropertyKey[] = [],
): string {
  const issue = error.issues[0];
  const where = issue ? [...prefix, ...issue.path].map(String).join('.') : '';
  return `It does not match the export format${where ? ` (at ${where})` : ''}: ${issue?.message ?? 'unreadable'}.`;
}

type Read =
  { ok: true; doc: ExportDocument; rawEntries: unknown[] } | { ok: false; reason: string };

/**
 * Reads an export and checks it whole, its entries (the bulk of a large one) in slices. The entries
 * are handed back as read, to be taken one by one (entryOf) and written as they come, so a large
 * export is never held twice over.
 */
export async function readExportJson(
  text: string,
  pace: () => Promise<void> = async () => {},
): Promise<Read> {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'It is not valid JSON.' };
  }
  const head = raw as { format?: unknown; version?: unknown; entries?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'It is not a Ladder export (its "format" is not ladder-export).' };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return {
      ok: false,
      reason: `It was written by a newer Ladder (format version ${head.version}); update Ladder to import it.`,
    };
  }
  const rawEntries = Array.isArray(head.entries) ? (head.entries as unknown[]) : [];
  const restRaw = { ...head, entries: Array.isArray(head.entries) ? [] : head.entries };
  if (findLoneSurrogate(restRaw) !== null) return { ok: false, reason: LONE_SURROGATE_MESSAGE };
  const rest = exportDocument.safeParse(restRaw);
  if (!rest.success) return { ok: false, reason: schemaProblem(rest.error) };
  if (rawEntries.length > 1_000_000)
    return {
      ok: false,
      reason: 'It does not match the export format (at entries): too many entries.',
    };
  for (let i = 0; i < rawEntries.length; i += 1) {
    // Checked entry by entry, in slices: the whole document at once would hold the event loop.
    if (findLoneSurrogate(rawEntries[i]) !== null)
      return { ok: false, reason: LONE_SURROGATE_MESSAGE };
    const one = exportEntry.safeParse(rawEntries[i]);
    if (!one.success) return { ok: false, reason: schemaProblem(one.error, ['entries', i]) };
    await pace();
  }
  return { ok: true, doc: rest.data, rawEntries };
}

/** One entry of an export readExportJson has checked. */
function entryOf(raw: unknown): ExportEntry {
  return exportEntry.parse(raw);
}

function derive(
  title: string,
  fields: Record<string, string>,
  body: string,
): { text: string; wordCount: number } {
  const text = plainTextFromLexical(body);
  return { text, wordCount: countWords([title, ...Object.values(fields), text].join('\n')) };
}

function prepared(e: ExportEntry): PreparedEntry {
  return {
    entry: e,
    ...derive(e.title, e.fields, e.body),
    revisions: e.revisions.map((r) => derive(r.title, r.fields, r.body)),
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

const ONLY =
  'Only Ladder exports (.json, or the .zip holding one) and Markdown notes (.md or .markdown) can be imported.';

export function createImportService(ctx: ServiceContext) {
  async function run(files: ParsedArgs<'data.import'>['files']): Promise<ImportReport> {
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
    const runId = randomUUID();
    const write = entryWriter(ctx.db, runId);
    const seen = new Set<string>();
    let batch: { file: string; entry: PreparedEntry }[] = [];

    // Entries are written as they are converted, a batch per short transaction, each marked pending:
    // nothing converted is held to the end, and other requests get through between batches.
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
    const add = async (file: string, entry: PreparedEntry): Promise<void> => {
      batch.push({ file, entry });
      if (batch.length >= BATCH) flush();
      await pace();
    };

    try {
      // Wiki links name other notes of this import: their ids are read first, the notes converted after.
      const linksAny = files.some((f) => MARKDOWN_FILE.test(f.name) && f.text.includes('[['));
      const resolveWiki = linksAny ? await wikiTargets(files, pace) : undefined;
      for (let k = 0; k < files.length; k += 1) {
        const { name, text } = files[k] as { name: string; text: string };
        // The text is not needed once read: let it go rather than hold every file to the end.
        files[k] = { name, text: '' };
        if (/\.json$/i.test(name)) {
          const read = await readExportJson(text, pace);
          if (!read.ok) {
            skipped.push({ file: name, reason: read.reason });
            continue;
          }
          for (let i = 0; i < read.rawEntries.length; i += 1) {
            const e = entryOf(read.rawEntries[i]);
            read.rawEntries[i] = undefined;
            const problem = entryProblem(e);
            if (problem === null) await add(name, prepared(safeEntry(e)));
            else skipped.push({ file: name, item: `entry ${e.id}`, reason: problem });
          }
          docs.push({ file: name, doc: read.doc });
        } else if (MARKDOWN_FILE.test(name)) {
          const outcome = entryFromMarkdown(name, text, ctx.now(), resolveWiki);
          if (outcome.ok) {
            await add(name, prepared(outcome.entry));
            if (outcome.warning) changed.push({ file: name, reason: outcome.warning });
            for (const embed of outcome.embeds)
              skipped.push({
                file: name,
                item: `embedded ${embed}`,
                reason: 'Embedded files (![[…]]) are not imported; the rest of the note is.',
              });
          } else skipped.push({ file: name, reason: outcome.reason });
        } else {
          skipped.push({ file: name, reason: ONLY });
        }
        await pace();
      }
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

  // An import that a crash cut short is taken out at start, before any request.
  discardUnfinishedImport(ctx.db);
  // One import at a time: a second waits for the first rather than interleaving with it.
  let queue: Promise<unknown> = Promise.resolve();
  return {
    import: ({ files }: ParsedArgs<'data.import'>): Promise<ImportReport> => {
      const next = queue.then(
        () => run(files),
        () => run(files),
      );
      queue = next.catch(() => undefined);
      return next;
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
