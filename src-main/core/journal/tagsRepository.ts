// Tags in use, read from the counters of migration 0010 (one row per exact spelling). Spellings that
// differ only in case are one tag (tagKey), grouped here because SQLite's NOCASE folds ASCII only.
import type { TagCount } from '../../shared/domain';
import type { Db } from '../db/connection';
import { tagKey } from './entryRules';

/** Tags in use on live documents, most used first, each in its first spelling by code unit. */
export function tagCounts(db: Db): TagCount[] {
  const rows = db.prepare('SELECT tag, n FROM entry_tag_counts WHERE n > 0').all() as {
    tag: string;
    n: number;
  }[];
  const groups = new Map<string, TagCount>();
  for (const { tag, n } of rows) {
    const key = tagKey(tag);
    const group = groups.get(key);
    if (!group) groups.set(key, { tag, count: n });
    else {
      group.count += n;
      if (tag < group.tag) group.tag = tag;
    }
  }
  const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...groups.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || byKey(ka, kb) || byKey(a.tag, b.tag))
    .map(([, group]) => group);
}

/** Every spelling in use of `tag` ("Été" for "été"): one short scan even at 100,000 entries. */
export function tagSpellings(db: Db, tag: string): string[] {
  const key = tagKey(tag);
  const rows = db.prepare('SELECT tag FROM entry_tag_counts').pluck().all() as string[];
  return [tag, ...rows.filter((t) => t !== tag && tagKey(t) === key)];
}
