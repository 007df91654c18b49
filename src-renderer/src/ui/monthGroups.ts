// The side bar's dates: `21 Nov` for a row (its month heading carries the year).

// One formatter per locale: toLocaleDateString builds a new one on every call, slow for a long list.
const shortFormats = new Map<string, Intl.DateTimeFormat>();

/** `21 Nov` style short date for a row; the month heading carries the year. */
export function shortDate(isoDate: string, locale?: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  const key = locale ?? '';
  let format = shortFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
    shortFormats.set(key, format);
  }
  return format.format(new Date(y, m - 1, d));
}
