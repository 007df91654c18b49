// The WHERE clauses shared by listing and searching entries (table alias `e`): kinds, tag, dates.
import type { Db } from '../db/connection';
import { tagKey } from './entryRules';

export interface EntryFilter {
  kinds?: readonly string[];
  tag?: string;
  from?: string;
  to?: string;
}

/**
 * Every spelling in use of `tag` that differs only in case, by the rule that keeps one per entry
 * (SQLite's NOCASE folds ASCII only: "Été" and "été" would be two tags). Read from the counters,
 * one row per spelling, so a journal of 100,000 entries costs one short scan.
 */
function tagSpellings(db: Db, tag: string): string[] {
  const key = tagKey(tag);
  const rows = db.prepare('SELECT tag FROM entry_tag_counts').pluck().all() as string[];
  return [tag, ...rows.filter((t) => t !== tag && tagKey(t) === key)];
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
