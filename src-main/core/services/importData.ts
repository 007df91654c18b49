// `Ladder: Import...`: Ladder's own export (ladder-export.json) and Markdown notes from other apps.
// Every file is read and checked first; then everything goes in ONE transaction, so an import that
// fails half-way (disk full, I/O) changes nothing. A malformed or hostile file, or a record that
// clashes with data already here, is left out and listed in the report with the reason.
import type { ParsedArgs } from '../../shared/contract';
import { EXPORT_FORMAT, EXPORT_VERSION, exportDocument, type ExportDocument, type ExportEntry, type ImportReport } from '../../shared/exportFormat';
import { LadderError } from '../../shared/errors';
import { countWords, plainTextFromLexical } from '../../shared/plainText';
import { schemas } from '../../shared/schemas';
import { findLoneSurrogate, LONE_SURROGATE_MESSAGE } from '../../shared/wellFormed';
import { loadEntry, loadRecords, type LoadHooks } from '../db/dataLoad';
import { readSettings, writeSettings } from '../db/settings';
import type { ServiceContext } from './context';
import { entryProblem, safeEntry } from './importChecks';
import { entryFromMarkdown, MARKDOWN_FILE } from './importMarkdown';

type Skipped = ImportReport['skipped'];
type Parsed = { ok: true; doc: ExportDocument } | { ok: false; reason: string };

export function parseExportJson(text: string): Parsed {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'It is not valid JSON.' };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== EXPORT_FORMAT) {
    return { ok: false, reason: 'It is not a Ladder export (its "format" is not ladder-export).' };
  }
  if (typeof head.version === 'number' && head.version > EXPORT_VERSION) {
    return { ok: false, reason: `It was written by a newer Ladder (format version ${head.version}); update Ladder to import it.` };
  }
  if (findLoneSurrogate(raw) !== null) return { ok: false, reason: LONE_SURROGATE_MESSAGE };
  const parsed = exportDocument.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue ? issue.path.map(String).join('.') : '';
    return { ok: false, reason: `It does not match the export format${where ? ` (at ${where})` : ''}: ${issue?.message ?? 'unreadable'}.` };
  }
  return { ok: true, doc: parsed.data };
}

function derive(title: string, fields: Record<string, string>, body: string): { text: string; wordCount: number } {
  const text = plainTextFromLexical(body);
  return { text, wordCount: countWords([title, ...Object.values(fields), text].join('\n')) };
}

/** Keeps the entries that pass the checks a save applies; the others are reported. */
function checkedEntries(doc: ExportDocument, file: string, skipped: Skipped): ExportEntry[] {
  const out: ExportEntry[] = [];
  for (const e of doc.entries) {
    const problem = entryProblem(e);
    if (problem === null) out.push(safeEntry(e));
    else skipped.push({ file, item: `entry ${e.id}`, reason: problem });
  }
  return out;
}

function loadSettings(ctx: ServiceContext, doc: ExportDocument, file: string, skipped: Skipped): number {
  const current = readSettings(ctx.db);
  const accepted: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(doc.settings)) {
    if (key in current) skipped.push({ file, item: `setting ${key}`, reason: 'Kept the value already set in this Ladder.' });
    else if (!schemas['settings.set'].safeParse({ [key]: value }).success) {
      skipped.push({ file, item: `setting ${key}`, reason: 'This version of Ladder does not know that setting or its value.' });
    } else accepted[key] = value;
  }
  writeSettings(ctx.db, accepted);
  return Object.keys(accepted).length;
}

export function createImportService(ctx: ServiceContext) {
  return {
    import: ({ files }: ParsedArgs<'data.import'>): ImportReport => {
      const skipped: Skipped = [];
      const docs: { file: string; doc: ExportDocument }[] = [];
      const notes: { file: string; entry: ExportEntry }[] = [];
      for (const { name, text } of files) {
        if (/\.json$/i.test(name)) {
          const parsed = parseExportJson(text);
          if (parsed.ok) docs.push({ file: name, doc: { ...parsed.doc, entries: checkedEntries(parsed.doc, name, skipped) } });
          else skipped.push({ file: name, reason: parsed.reason });
        } else if (MARKDOWN_FILE.test(name)) {
          const outcome = entryFromMarkdown(name, text, ctx.now());
          if (outcome.ok) notes.push({ file: name, entry: outcome.entry });
          else skipped.push({ file: name, reason: outcome.reason });
        } else {
          skipped.push({ file: name, reason: 'Only Ladder exports (.json, or the .zip holding one) and Markdown notes (.md) can be imported.' });
        }
      }
      const imported: ImportReport['imported'] = {
        entries: 0, conversations: 0, skills: 0, goals: 0, templates: 0, questions: 0, rehearsals: 0, recordings: 0, practiceCards: 0, settings: 0,
      };
      try {
        ctx.db.transaction(() => {
          for (const { file, doc } of docs) {
            const hooks: LoadHooks = { derive, skip: (item, reason) => skipped.push({ file, item, reason }) };
            const counts = loadRecords(ctx.db, doc, hooks);
            for (const [key, n] of Object.entries(counts)) imported[key as keyof typeof counts] += n;
            imported.settings += loadSettings(ctx, doc, file, skipped);
          }
          for (const { file, entry } of notes) {
            const hooks: LoadHooks = { derive, skip: (_item, reason) => skipped.push({ file, reason }) };
            if (loadEntry(ctx.db, entry, hooks)) imported.entries += 1;
          }
        })();
      } catch (error) {
        if (error instanceof LadderError) throw error;
        const code = String((error as { code?: unknown } | null)?.code ?? '');
        if (code === 'SQLITE_FULL') throw new LadderError('storage-full', 'The disk is full, so nothing was imported. Your journal was not changed.');
        throw new LadderError('storage-error', 'The import could not be written, so nothing was imported. Your journal was not changed.');
      }
      return { imported, skipped };
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
