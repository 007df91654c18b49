// The pure parts of "Export as PDF" on the desktop: checking the renderer's request, the options for
// webContents.printToPDF and a file name that is safe on every platform (unit-tested).
import type { PrintToPdfOptions } from '../shared/contract';

const PAGE_SIZES = new Set(['A4', 'Letter']);
const MAX_NAME = 120;
// Names Windows refuses whatever the extension.
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/** The request as sent by the renderer, or null when it is malformed (never trusted as is). */
export function parsePdfRequest(raw: unknown): PrintToPdfOptions | null {
  if (!raw || typeof raw !== 'object') return null;
  const { pageSize, suggestedName } = raw as Record<string, unknown>;
  if (typeof pageSize !== 'string' || !PAGE_SIZES.has(pageSize)) return null;
  if (typeof suggestedName !== 'string' || suggestedName.length > 1000) return null;
  return { pageSize: pageSize as PrintToPdfOptions['pageSize'], suggestedName };
}

/** A base name without path separators, control or reserved characters, ending in `.pdf`. */
export function pdfFileName(suggested: string): string {
  const base = suggested
    .replace(/\.pdf$/i, '')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '')
    .slice(0, MAX_NAME)
    .replace(/[.\s]+$/, '');
  const safe = base === '' || RESERVED.test(base) ? 'Agenda' : base;
  return `${safe}.pdf`;
}

/** The page's own @page rules decide margins and footer; the shell adds no header or footer. */
export function printToPdfOptions(pageSize: PrintToPdfOptions['pageSize']) {
  return {
    pageSize,
    printBackground: true,
    displayHeaderFooter: false,
    preferCSSPageSize: true,
  } as const;
}
