// The side bar's counts and tags come from counters kept by triggers (migration 0010): after every
// kind of write they must equal a recount over the entries themselves.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../src-main/core/db/connection';
import { openDatabase } from '../../src-main/core/db/connection';
import { MIGRATIONS, migrate } from '../../src-main/core/db/migrate';
import { countByKind } from '../../src-main/core/journal/entriesRepository.read';
import { tagCounts } from '../../src-main/core/journal/tagsRepository';
import type { Entry } from '../../src-main/shared/domain';
import { ENTRY_KINDS } from '../../src-main/shared/journal/entryKinds';
import { join } from 'node:path';
import { entryWriter } from '../../src-main/core/data/entryLoadRepository';
import { body, closeStore, tempDir, testStore, type TestStore } from './helpers';
import { exportDoc, syntheticEntries } from './data/dataHelpers';
import { EXPORT_JSON_NAME } from '../../src-main/shared/data/exportFormat';

/** The counts as the entries themselves say, by the queries used before the counters. */
function recount(db: Db) {
  const kinds = Object.fromEntries(ENTRY_KINDS.map((k) => [k, 0])) as Record<string, number>;
  const rows = db
    .prepare('SELECT kind, count(*) AS n FROM entries WHERE deleted_at IS NULL GROUP BY kind')
    .all() as { kind: string; n: number }[];
  for (const r of rows) if (r.kind in kinds) kinds[r.kind] = r.n;
  // Spellings that differ only in case are one tag, by Unicode's rule (not SQLite's ASCII NOCASE).
  const spellings = db
    .prepare(
      'SELECT t.tag AS tag, count(*) AS n FROM entry_tags t ' +
        'JOIN entries e ON e.seq = t.entry_seq WHERE e.deleted_at IS NULL GROUP BY t.tag',
    )
    .all() as { tag: string; n: number }[];
  const byKey = new Map<string, { tag: string; count: number }>();
  for (const { tag, n } of spellings) {
    const one = byKey.get(tag.toLowerCase()) ?? { tag, count: 0 };
    byKey.set(tag.toLowerCase(), { tag: tag < one.tag ? tag : one.tag, count: one.count + n });
  }
  const tags = [...byKey.entries()]
    .sort(([ka, a], [kb, b]) => b.count - a.count || (ka < kb ? -1 : 1))
    .map(([, v]) => v);
  return { kinds, tags };
}

async function expectExact(t: TestStore): Promise<void> {
  const expected = recount(t.store.db);
  expect(await t.call('journal.counts', {})).toEqual(expected.kinds);
  expect(await t.call('journal.tags', {})).toEqual(expected.tags);
}

/** A save of `e` with `change`, as an editor sends it. */
function edit(e: Entry, change: { tags?: string[]; body?: string }) {
  return {
    id: e.id,
    title: e.title,
    date: e.date,
    fields: {},
    body: e.body,
    tags: e.tags,
    ...change,
  };
}

async function entry(t: TestStore, kind: 'lesson' | 'praise', title: string, tags: string[]) {
  return t.call('journal.create', { kind, title, tags, date: '2026-03-04', body: body(title) });
}

describe('counters kept by triggers', () => {
  it('stay exact through create, tag edits, trash, restore, delete forever and empty trash', async () => {
    const t = testStore();
    await expectExact(t);
    const a = await entry(t, 'lesson', 'A', ['Team', 'growth']);
    const b = await entry(t, 'lesson', 'B', ['team']);
    const c = await entry(t, 'praise', 'C', ['Growth', 'solo']);
    await expectExact(t);
    expect(await t.call('journal.tags', {})).toEqual([
      { tag: 'Growth', count: 2 },
      { tag: 'Team', count: 2 },
      { tag: 'solo', count: 1 },
    ]);

    // A tag edit: one tag dropped, one added, one kept.
    await t.call('journal.save', edit(a, { tags: ['growth', 'new'] }));
    await expectExact(t);
    await t.call('journal.trash', { id: b.id });
    await expectExact(t);
    expect((await t.call('journal.counts', {})).lesson).toBe(1);
    await t.call('journal.restore', { id: b.id });
    await expectExact(t);
    await t.call('journal.trash', { id: c.id });
    await t.call('journal.deleteForever', { id: c.id });
    await expectExact(t);
    await t.call('journal.trash', { id: b.id });
    await t.call('journal.emptyTrash', {});
    await expectExact(t);
    // Deleting an entry from the trash must not count its tags a second time.
    expect(await t.call('journal.tags', {})).toEqual([
      { tag: 'growth', count: 1 },
      { tag: 'new', count: 1 },
    ]);
  });

  it('stay exact when a revision with other tags is restored', async () => {
    const t = testStore();
    const a = await entry(t, 'lesson', 'A', ['first']);
    const saved = await t.call('journal.save', {
      ...edit(a, { tags: ['second'], body: body('A much longer text now') }),
      checkpoint: true,
    });
    await t.call('journal.save', { ...edit(saved, { tags: ['third'] }), checkpoint: true });
    const history = await t.call('journal.history', { id: a.id });
    const oldest = history[history.length - 1];
    expect(oldest).toBeDefined();
    await t.call('journal.restoreRevision', { id: a.id, revisionId: oldest?.id ?? 0 });
    await expectExact(t);
    expect((await t.call('journal.tags', {})).map((x) => x.tag)).toEqual(['first']);
  });

  it('stay exact through an import', async () => {
    const t = testStore();
    await entry(t, 'lesson', 'Mine', ['Team']);
    await t.call('data.import', {
      files: [
        { name: 'one.md', text: '---\ntags: [team, imported]\n---\nOne.' },
        { name: 'two.md', text: '---\ntags: imported\n---\nTwo.' },
      ],
    });
    await expectExact(t);
    expect(await t.call('journal.tags', {})).toContainEqual({ tag: 'Team', count: 2 });
  });

  it('stay exact when an imported entry spells one tag twice in different cases', async () => {
    const t = testStore();
    await t.call('data.import', {
      files: [{ name: 'one.md', text: '---\ntags: [Team, team, " TEAM ", solo]\n---\nOne.' }],
    });
    await expectExact(t);
    expect(await t.call('journal.tags', {})).toContainEqual({ tag: 'Team', count: 1 });
    const [imported] = await t.call('journal.page', { offset: 0, limit: 10 });
    expect((await t.call('journal.get', { id: imported!.id })).tags).toEqual(['Team', 'solo']);
  });

  it('stay exact when a Ladder export spells one tag twice in different cases', async () => {
    const t = testStore();
    const { doc } = await exportDoc(t);
    const [one] = syntheticEntries(1, 100, t.clock.now());
    doc.entries = [{ ...one!, tags: ['Week', 'week', 'WEEK', 'solo'] }];
    await t.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }] });
    await expectExact(t);
    expect(await t.call('journal.tags', {})).toContainEqual({ tag: 'Week', count: 1 });
    expect((await t.call('journal.get', { id: one!.id })).tags).toEqual(['Week', 'solo']);
  });

  it('stay exact when an import cut short by a crash is taken out at the next start', async () => {
    const t = testStore();
    await entry(t, 'lesson', 'Already here', ['week']);
    // As a crash leaves it: live entries written and marked pending, their run never finished.
    const write = entryWriter(t.store.db, 'crashed-run');
    t.store.db.transaction(() => {
      for (const e of syntheticEntries(20, 200, t.clock.now()))
        write({ entry: e, text: 'Paragraph', wordCount: 1, revisions: [] });
    })();
    expect((await t.call('journal.tags', {}))[0]).toEqual({ tag: 'week', count: 21 });
    closeStore(t);
    const reopened = testStore(t.dataDir);
    await expectExact(reopened);
    expect(await reopened.call('journal.tags', {})).toEqual([{ tag: 'week', count: 1 }]);
  });

  it('are filled from an existing journal when the migration runs', () => {
    const file = join(tempDir(), 'before.db');
    const db = openDatabase(file);
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 10),
      );
      const add = db.prepare(
        'INSERT INTO entries (id, kind, title, date, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, 1, 1, ?)',
      );
      const tag = db.prepare('INSERT INTO entry_tags (entry_seq, position, tag) VALUES (?, ?, ?)');
      const seq = (id: string, kind: string, deleted: number | null) =>
        Number(add.run(id, kind, id, '2026-01-02', deleted).lastInsertRowid);
      const live = seq('a', 'lesson', null);
      const trashed = seq('b', 'lesson', 5);
      const page = seq('c', 'values', null);
      tag.run(live, 0, 'Kept');
      tag.run(trashed, 0, 'kept');
      tag.run(trashed, 1, 'gone');
      tag.run(page, 0, 'KEPT');
      const before = recount(db);
      migrate(db, MIGRATIONS);
      expect(countByKind(db)).toEqual(before.kinds);
      expect(tagCounts(db)).toEqual(before.tags);
      expect(before.tags).toEqual([{ tag: 'KEPT', count: 2 }]);
    } finally {
      db.close();
    }
  });
});
