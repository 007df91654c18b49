// The reading half of an import, which runs in the data worker (dataWorker.ts): files are parsed,
// checked and converted into entries ready to write, handed on as they come (`emit`), so the app's
// thread only writes them (importData.ts). Nothing here touches the database.
// A malformed or hostile file, or a record that breaks the rules a save applies, is left out and
// reported with the reason.
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  exportDocument,
  exportEntry,
  type ExportDocument,
  type ExportEntry,
  type ImportReport,
} from '../../shared/data/exportFormat';
import { countWords, plainTextFromLexical } from '../../shared/journal/plainText';
import { findLoneSurrogate, LONE_SURROGATE_MESSAGE } from '../../shared/wellFormed';
import type { PreparedEntry } from './entryLoadRepository';
import { entryProblem, safeEntry } from './importChecks';
import { entryFromMarkdown, MARKDOWN_FILE, wikiTargets } from './importMarkdown';

/** One file to import: its name and its text. */
export interface ImportFile {
  name: string;
  text: string;
}

/** What reading an import finds, in order: entries to write, records of a Ladder export, notes. */
export type PrepareEvent =
  | { kind: 'entry'; file: string; entry: PreparedEntry }
  | { kind: 'skipped'; item: ImportReport['skipped'][number] }
  | { kind: 'changed'; item: ImportReport['changed'][number] }
  | { kind: 'doc'; file: string; doc: ExportDocument };

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
 * Reads an export and checks it whole. The entries are handed back as read, to be taken one by one
 * (entryOf) and sent on as they come, so a large export is never held twice over.
 */
function readExportJson(text: string): Read {
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
    // Checked entry by entry: a message names the entry at fault.
    if (findLoneSurrogate(rawEntries[i]) !== null)
      return { ok: false, reason: LONE_SURROGATE_MESSAGE };
    const one = exportEntry.safeParse(rawEntries[i]);
    if (!one.success) return { ok: false, reason: schemaProblem(one.error, ['entries', i]) };
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

const ONLY =
  'Only Ladder exports (.json, or the .zip holding one) and Markdown notes (.md or .markdown) can be imported.';

/**
 * Reads every file of an import and hands on what it finds. The text of each file is let go once read,
 * so a large import is not held twice over.
 */
export async function prepareImport(
  files: ImportFile[],
  now: number,
  emit: (event: PrepareEvent) => Promise<void>,
): Promise<void> {
  const skip = (item: ImportReport['skipped'][number]) => emit({ kind: 'skipped', item });
  // Wiki links name other notes of this import: their ids are read first, the notes converted after.
  const linksAny = files.some((f) => MARKDOWN_FILE.test(f.name) && f.text.includes('[['));
  const resolveWiki = linksAny ? await wikiTargets(files) : undefined;
  for (let k = 0; k < files.length; k += 1) {
    const { name, text } = files[k] as ImportFile;
    files[k] = { name, text: '' };
    if (/\.json$/i.test(name)) {
      const read = readExportJson(text);
      if (!read.ok) {
        await skip({ file: name, reason: read.reason });
        continue;
      }
      for (let i = 0; i < read.rawEntries.length; i += 1) {
        const e = entryOf(read.rawEntries[i]);
        read.rawEntries[i] = undefined;
        const problem = entryProblem(e);
        if (problem === null)
          await emit({ kind: 'entry', file: name, entry: prepared(safeEntry(e)) });
        else await skip({ file: name, item: `entry ${e.id}`, reason: problem });
      }
      await emit({ kind: 'doc', file: name, doc: read.doc });
    } else if (MARKDOWN_FILE.test(name)) {
      const outcome = entryFromMarkdown(name, text, now, resolveWiki);
      if (outcome.ok) {
        await emit({ kind: 'entry', file: name, entry: prepared(outcome.entry) });
        if (outcome.warning)
          await emit({ kind: 'changed', item: { file: name, reason: outcome.warning } });
        for (const embed of outcome.embeds)
          await skip({
            file: name,
            item: `embedded ${embed}`,
            reason: 'Embedded files (![[…]]) are not imported; the rest of the note is.',
          });
      } else await skip({ file: name, reason: outcome.reason });
    } else {
      await skip({ file: name, reason: ONLY });
    }
  }
}
