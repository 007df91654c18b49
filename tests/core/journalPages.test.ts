// The side bar's list read by windows: a stable order, months with counts, filters, and a plan that
// reads only the covering index (never an entry's row, whose body sits in overflow pages).
import { describe, expect, it } from 'vitest';
import { listEntries } from '../../src-main/core/journal/entriesRepository.read';
import { body, expectCode, testStore, type TestStore } from './helpers';

async function journal(t: TestStore, dates: string[]) {
  const made = [];
  for (const [i, date] of dates.entries()) {
    const kind = i % 3 === 0 ? 'praise' : 'lesson';
    const tags = i % 2 === 0 ? ['Even'] : [];
    made.push(
      await t.call('journal.create', { kind, title: `E${i}`, date, tags, body: body('x') }),
    );
  }
  return made;
}

const DATES = [
  '2026-01-05',
  '2026-01-20',
  '2026-02-01',
  '2026-02-01',
  '2026-02-14',
  '2025-12-31',
  '2026-03-09',
  '2026-01-20',
  '2026-02-01',
  '2025-11-02',
];

describe('journal pages', () => {
  it('windows by offset join up to the whole list in one stable order, unmoved by a save', async () => {
    const t = testStore();
    const made = await journal(t, DATES);
    await t.call('profile.get', { page: 'values' });
    const all = await t.call('journal.list', {});
    expect(all.map((e) => e.title)).toEqual([
      'E6',
      'E4',
      'E8',
      'E3',
      'E2',
      'E7',
      'E1',
      'E0',
      'E5',
      'E9',
    ]);
    const windows = [];
    for (let offset = 0; offset < 12; offset += 3)
      windows.push(...(await t.call('journal.page', { offset, limit: 3 })));
    expect(windows).toEqual(all);
    // An autosave of an entry in the middle leaves every row where it was.
    const e3 = made[3]!;
    t.clock.advance(60_000);
    await t.call('journal.save', {
      id: e3.id,
      title: 'E3 edited',
      date: e3.date,
      fields: {},
      body: e3.body,
      tags: e3.tags,
    });
    const after = await t.call('journal.page', { offset: 0, limit: 10 });
    expect(after.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(after[3]).toMatchObject({ title: 'E3 edited', updatedAt: t.clock.now() });
  });

  it('months count the filtered entries, newest month first', async () => {
    const t = testStore();
    await journal(t, DATES);
    expect(await t.call('journal.months', {})).toEqual([
      { month: '2026-03', count: 1 },
      { month: '2026-02', count: 4 },
      { month: '2026-01', count: 3 },
      { month: '2025-12', count: 1 },
      { month: '2025-11', count: 1 },
    ]);
    const lessons = await t.call('journal.months', { kinds: ['lesson'], tag: 'even' });
    const page = await t.call('journal.page', {
      kinds: ['lesson'],
      tag: 'even',
      offset: 0,
      limit: 50,
    });
    expect(page.map((e) => e.title)).toEqual(['E4', 'E8', 'E2']);
    expect(lessons).toEqual([{ month: '2026-02', count: 3 }]);
    const dated = await t.call('journal.months', { from: '2026-01-01', to: '2026-01-31' });
    expect(dated).toEqual([{ month: '2026-01', count: 3 }]);
  });

  it('refuses a page larger than a few screens', async () => {
    const t = testStore();
    await expectCode(t.call('journal.page', { offset: 0, limit: 501 }), 'invalid-argument');
    await expectCode(t.call('journal.page', { offset: -1, limit: 5 }), 'invalid-argument');
  });

  it('reads pages and months from the covering index alone', async () => {
    const t = testStore();
    await journal(t, DATES.slice(0, 3));
    const db = t.store.db;
    const plan = (sql: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail);
    const where =
      "e.deleted_at IS NULL AND e.kind NOT IN ('values', 'mission', 'strengths', 'skills', 'goals')";
    const page = plan(
      `SELECT e.id, e.kind, e.title, e.date, e.word_count, e.updated_at FROM entries e WHERE ${where} ORDER BY e.date DESC, e.seq DESC LIMIT 50 OFFSET 10`,
    );
    expect(page).toEqual(['SCAN e USING COVERING INDEX entries_list']);
    const months = plan(
      `SELECT substr(e.date, 1, 7) AS month, count(*) FROM entries e WHERE ${where} GROUP BY month ORDER BY month DESC`,
    );
    expect(months[0]).toBe('SCAN e USING COVERING INDEX entries_list');
    // listEntries is the same read: it answers from the same plan.
    expect(listEntries(db, { limit: 2 }).map((e) => e.title)).toEqual(['E2', 'E1']);
  });
});
