// `Ladder: Export Everything...`: a zip with the complete versioned document (ladder-export.json)
// and a Markdown copy of every entry and conversation. Built in the data worker and answered as
// base64, so both transports carry it and the renderer saves it with a download link.
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { AppInfo } from '../../shared/domain';
import {
  EXPORT_FORMAT,
  EXPORT_JSON_NAME,
  EXPORT_VERSION,
  type ExportDocument,
  type ExportResult,
} from '../../shared/data/exportFormat';
import { dumpAll } from './dumpRepository';
import type { ServiceContext } from '../common/context';
import { readDoc } from '../conversations/conversationDoc';
import type { DataJobs } from './dataJobs';
import {
  conversationMarkdown,
  conversationPath,
  entryMarkdown,
  entryPath,
  uniquePaths,
} from './exportMarkdown';

export function buildExportDocument(ctx: ServiceContext, appVersion: string): ExportDocument {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(ctx.now()).toISOString(),
    appVersion,
    notes: [],
    ...dumpAll(ctx.db),
  };
}

/** `ladder-export-2026-11-21.zip`, by the local calendar day of the export. */
export function exportFileName(now: number): string {
  const d = new Date(now);
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `ladder-export-${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}.zip`;
}

export function buildExportZip(ctx: ServiceContext, doc: ExportDocument): Uint8Array {
  const files: Zippable = { [EXPORT_JSON_NAME]: strToU8(JSON.stringify(doc, null, 2)) };
  const unique = uniquePaths();
  const titles = new Map(doc.entries.map((e) => [e.id, e.title]));
  const titleOf = (id: string): string | null => titles.get(id) ?? null;
  for (const e of doc.entries) files[unique(entryPath(e))] = strToU8(entryMarkdown(e, titleOf));
  for (const c of doc.conversations) {
    const conv = readDoc(ctx.db, c.id);
    files[unique(conversationPath(conv))] = strToU8(conversationMarkdown(conv));
  }
  // Text compresses well; level 6 keeps a 5,000-entry export to a fraction of a second.
  return zipSync(files, { level: 6 });
}

/**
 * The export runs in the data worker (dataJobs.ts), so no request waits behind it. An export asked for
 * while one is under way (a second tab) gets that one's result rather than a second pass over the journal.
 */
export function createExportService(jobs: DataJobs, appInfo: () => AppInfo) {
  let running: Promise<ExportResult> | null = null;
  return {
    export: (): Promise<ExportResult> => {
      if (running) return running;
      const next = jobs.export(appInfo().version);
      running = next;
      void next
        .catch(() => undefined)
        .finally(() => {
          if (running === next) running = null;
        });
      return next;
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
