import { describe, expect, it, vi } from 'vitest';
import { generateEntry, rng } from '../../bench/corpus';
import { createIndexMerger } from '../../src-main/core/db/indexMerge';
import { insertEntry } from '../../src-main/core/journal/entriesRepository.write';
import { deriveState } from '../../src-main/core/journal/entryRules';
import type { Db } from '../../src-main/core/db/connection';
import { body, closeStore, testStore, type TestStore } from './helpers';

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
    expect(lines).toEqual(['storage-warning: index merging stopped (SQLITE_READONLY)']);
    t.store.db.pragma('query_only = OFF');
    merger.close();
  });

  it('a run is bounded: at most 200 slices, the rest at the next request', async () => {
    const t = testStore();
    // Index pages of 64 bytes: a backlog of 40 entries then takes hundreds of one-page slices.
    t.store.db.prepare("INSERT INTO entries_fts (entries_fts, rank) VALUES ('pgsz', 64)").run();
    const r = rng(3);
    for (let i = 0; i < 40; i++) {
      const g = generateEntry(r, i);
      insertEntry(t.store.db, `e-${i}`, g.kind, deriveState(g.kind, { ...g, fields: {} }), 1);
    }
    let slices = 0;
    const real = t.store.db.prepare.bind(t.store.db);
    const spy = vi.spyOn(t.store.db, 'prepare').mockImplementation(((sql: string) => {
      const stmt = real(sql);
      if (!sql.includes("'merge'")) return stmt;
      const run = stmt.run.bind(stmt);
      return Object.assign(stmt, { run: (...a: unknown[]) => ((slices += 1), run(...a)) });
    }) as never);
    const merger = createIndexMerger(t.store.db, { slicePages: 1 });
    spy.mockRestore();
    merger.noteActivity();
    await merger.settled();
    expect(slices).toBe(200);
    expect(mergeBacklog(t.store.db)).toBe(true);
    merger.noteActivity();
    await merger.settled();
    expect(slices).toBeGreaterThan(200);
    merger.close();
  });

  it('with nothing to merge, a run ends after one slice', async () => {
    const t = testStore();
    await t.store.indexMerged();
    const merger = createIndexMerger(t.store.db);
    merger.noteActivity();
    let done = false;
    void merger.settled().then(() => (done = true));
    // The slice runs in the next turn; its answer (nothing merged) settles the run there.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(true);
    merger.close();
  });

  it('a connection closed under a pending run ends it quietly', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'reflection' });
    for (let i = 0; i < 5; i++) saveDirect(t, entry, i);
    const lines: string[] = [];
    const merger = createIndexMerger(t.store.db, { log: (line) => lines.push(line) });
    merger.noteActivity();
    closeStore(t);
    await merger.settled();
    expect(lines).toEqual([]);
  });
});

/** A save through the service, past the request path (so nothing merges after it). */
function saveDirect(t: TestStore, entry: { id: string; date: string }, i: number): void {
  t.store.services.journal.save({
    id: entry.id,
    title: `Review ${i}`,
    date: entry.date,
    fields: {},
    tags: [],
    body: body(text(i)),
  });
}
