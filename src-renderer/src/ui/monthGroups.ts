// Pure shaping of the side bar's list: entries grouped by month, newest first.
import type { EntrySummary } from '../../../src-main/shared/domain';
import { monthLabel, monthOf } from '../../../src-main/shared/dates';

export interface MonthGroup {
  month: string;
  label: string;
  entries: EntrySummary[];
}

export function groupByMonth(entries: readonly EntrySummary[], locale?: string): MonthGroup[] {
  const sorted = [...entries].sort(
    (a, b) => b.date.localeCompare(a.date) || b.updatedAt - a.updatedAt,
  );
  const groups: MonthGroup[] = [];
  for (const entry of sorted) {
    const month = monthOf(entry.date);
    let group = groups[groups.length - 1];
    if (!group || group.month !== month) {
      group = { month, label: monthLabel(month, locale), entries: [] };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  return groups;
}

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
