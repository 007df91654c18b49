// The WHERE clauses shared by listing and searching entries (table alias `e`): kinds, tag, dates.
import type { Db } from '../db/connection';
import { tagSpellings } from './tagsRepository';

export interface EntryFilter {
  kinds?: readonly string[];
  tag?: string;
  from?: string;
  to?: string;
}

export function entryFilterClauses(
  db: Db,
  filter: EntryFilter,
): { where: string[]; params: string[] } {
  const where: string[] = [];
  const params: string[] = [];
  if (filter.kinds && filter.kinds.length > 0) {
    where.push(`e.kind IN (${filter.kinds.map(() => '?').join(', ')})`);
    params.push(...filter.kinds);
  }
  if (filter.tag !== undefined) {
    const spellings = tagSpellings(db, filter.tag);
    where.push(
      `EXISTS (SELECT 1 FROM entry_tags t WHERE t.entry_seq = e.seq AND t.tag IN (${spellings.map(() => '?').join(', ')}))`,
    );
    params.push(...spellings);
  }
  if (filter.from !== undefined) {
    where.push('e.date >= ?');
    params.push(filter.from);
  }
  if (filter.to !== undefined) {
    where.push('e.date <= ?');
    params.push(filter.to);
  }
  return { where, params };
}
