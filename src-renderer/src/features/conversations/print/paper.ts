// Paper sizes of the print preview. Letter where the locale's region uses it, A4 everywhere else.
export const PAPER_SIZES = ['a4', 'letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

export const PAPER_LABELS: Record<PaperSize, string> = { a4: 'A4', letter: 'Letter' };

// Regions where US Letter is the usual office paper.
const LETTER_REGIONS = new Set([
  'US',
  'CA',
  'MX',
  'PH',
  'CL',
  'CO',
  'VE',
  'GT',
  'CR',
  'PA',
  'DO',
  'PR',
  'SV',
  'NI',
  'BZ',
]);

function regionOf(locale: string): string | null {
  try {
    return new Intl.Locale(locale).maximize().region ?? null;
  } catch {
    return null;
  }
}

/** The paper a person in `locale` most likely has in their printer. */
export function defaultPaper(locale: string | undefined): PaperSize {
  const region = locale ? regionOf(locale) : null;
  return region && LETTER_REGIONS.has(region) ? 'letter' : 'a4';
}

/** The name Electron's printToPDF takes. */
export function pdfPageSize(paper: PaperSize): 'A4' | 'Letter' {
  return paper === 'letter' ? 'Letter' : 'A4';
}
