import { describe, expect, it } from 'vitest';
import { createIndexMerger } from '../../src-main/core/db/indexMerge';
import type { Db } from '../../src-main/core/db/connection';
import { body, testStore } from './helpers';

/** True when a forced merge slice finds segments to merge (SQLite: two or more changes). */
function mergeBacklog(db: Db): boolean {
  const before = db.prepare('SELECT total_changes()').pluck().get() as number;
  db.prepare("INSERT INTO entries_fts (entries_fts, rank) VALUES ('merge', 500)").run();
  return (db.prepare('SELECT total_changes()').pluck().get() as number) - before >= 2;
}

const text = (i: number) => `Quarterly review draft ${i} with the onboarding numbers. `.repeat(40);

describe('full-text index merging between requests', () => {
  it('is switched off inside writes by the migration', () => {
    const { store } = testStore();
    const automerge = store.db
      .prepare("SELECT v FROM entries_fts_config WHERE k = 'automerge'")
      .pluck()
      .get();
    expect(automerge).toBe(0);
  });

  it('merges the segments each save adds once its answer is sent, and search sees only the latest text', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'reflection' });
    for (let i = 0; i < 30; i++) {
      await t.call('journal.save', {
        id: entry.id,
        title: `Review ${i}`,
        date: entry.date,
        fields: {},
        tags: [],
        body: body(text(i)),
      });
      await t.store.indexMerged();
    }
    expect(mergeBacklog(t.store.db)).toBe(false);
    const hits = await t.call('search.query', { text: 'draft 29' });
    expect(hits.map((h) => h.id)).toEqual([entry.id]);
    expect(await t.call('search.query', { text: 'draft 28 with' })).toEqual([]);
  });

  it('leaves a backlog when writes bypass the request path (so the test above can fail)', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'reflection' });
    await t.store.indexMerged();
    for (let i = 0; i < 30; i++) {
      t.store.services.journal.save({
        id: entry.id,
        title: `Review ${i}`,
        date: entry.date,
        fields: {},
        tags: [],
        body: body(text(i)),
      });
    }
    expect(mergeBacklog(t.store.db)).toBe(true);
  });

  it('stops with one log line when the store refuses writes', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'reflection' });
    for (let i = 0; i < 10; i++) {
      t.store.services.journal.save({
        id: entry.id,
        title: `Review ${i}`,
        date: entry.date,
        fields: {},
        tags: [],
        body: body(text(i)),
      });
    }
    const lines: string[] = [];
    const merger = createIndexMerger(t.store.db, { log: (line) => lines.push(line) });
    t.store.db.pragma('query_only = ON');
    for (let i = 0; i < 3; i++) {
      merger.noteActivity();
      await merger.settled();
    }
    expect(lines).toEqual([expect.stringMatching(/^storage-warning: index merging stopped/)]);
    t.store.db.pragma('query_only = OFF');
    merger.close();
  });
});
