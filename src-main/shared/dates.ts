// Calendar dates in the user's local time zone, as `YYYY-MM-DD`.
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** `2026-11` from `2026-11-21`. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}

export function monthLabel(month: string, locale?: string): string {
  const [y, m] = month.split('-').map(Number);
  if (!y || !m) return month;
  return new Date(y, m - 1, 1).toLocaleDateString(locale, { year: 'numeric', month: 'long' });
}

/**
 * True for a `YYYY-MM-DD` that names a day on the calendar. `Date.parse` is not enough: it rolls
 * `2026-02-30` over to March 2nd instead of refusing it.
 */
export function isRealIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d <= days;
}
