// journal.find (quick open, the evidence picker): the best title matches by the quick input's rule,
// from a real store, kept fresh through every kind of write, by this connection or another.
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/connection';
import { MIGRATIONS, migrate } from '../../src-main/core/db/migrate';
import { findTitles } from '../../src-main/core/journal/titleIndex';
import type { EntryKind } from '../../src-main/shared/journal/entryKinds';
import { body, expectCode, tempDir, testStore, type TestStore } from './helpers';

async function add(t: TestStore, title: string, date = '2026-03-04', kind: EntryKind = 'lesson') {
  return t.call('journal.create', { kind, title, date, body: body(title) });
}

async function titles(t: TestStore, text: string, limit = 50, exclude?: string[]) {
  return (await t.call('journal.find', { text, limit, exclude })).map((e) => e.title);
}

describe('journal.find', () => {
  it('ranks the start of the title, then word starts, then inside a word; newest first among equals', async () => {
    const t = testStore();
    await add(t, 'Rebuilding the pipeline', '2026-01-01');
    await add(t, 'The build got faster', '2026-01-02');
    await add(t, 'Build review', '2026-01-03');
    await add(t, 'Build system notes', '2026-01-05');
    await add(t, 'Nothing to see', '2026-01-06');
    expect(await titles(t, 'build')).toEqual([
      'Build system notes',
      'Build review',
      'The build got faster',
      'Rebuilding the pipeline',
    ]);
    // Every word must be there, in any order.
    expect(await titles(t, 'faster build')).toEqual(['The build got faster']);
    expect(await titles(t, 'build zebra')).toEqual([]);
  });

  it('folds case and accents both ways, and matches one- and two-letter queries', async () => {
    const t = testStore();
    await add(t, 'Café with Zoë');
    await add(t, 'CAFE RUN');
    await add(t, 'Offsite');
    expect(await titles(t, 'cafe')).toEqual(['CAFE RUN', 'Café with Zoë']);
    expect(await titles(t, 'CAFÉ zoe')).toEqual(['Café with Zoë']);
    expect(await titles(t, 'z')).toEqual(['Café with Zoë']);
    expect(await titles(t, 'ff')).toEqual(['Offsite']);
  });

  it('takes %, _, quotes and backslashes as the letters they are', async () => {
    const t = testStore();
    await add(t, '50% faster builds');
    await add(t, 'snake_case rename');
    await add(t, 'Dana\'s "quick" win \\o/');
    await add(t, '500 faster snakes in case');
    expect(await titles(t, '50%')).toEqual(['50% faster builds']);
    expect(await titles(t, 'e_c')).toEqual(['snake_case rename']);
    expect(await titles(t, "dana's")).toEqual(['Dana\'s "quick" win \\o/']);
    expect(await titles(t, '"quick"')).toEqual(['Dana\'s "quick" win \\o/']);
    expect(await titles(t, '\\o/')).toEqual(['Dana\'s "quick" win \\o/']);
    expect(await titles(t, "' OR 1=1 --")).toEqual([]);
  });

  it('matches the kind by name and an untitled entry by the name it is shown with', async () => {
    const t = testStore();
    await add(t, 'Kind words from Sam', '2026-01-01', 'praise');
    await add(t, '', '2026-01-02', 'feedback');
    await add(t, 'Praise culture idea', '2026-01-03', 'lesson');
    expect(await titles(t, 'praise')).toEqual(['Praise culture idea', 'Kind words from Sam']);
    expect(await titles(t, 'untitled')).toEqual(['']);
  });

  it('finds a title of only spaces by the name it is shown with, as an untitled one', async () => {
    const t = testStore();
    await add(t, '   ', '2026-01-01', 'praise');
    await add(t, 'Spaces in the plan', '2026-01-02', 'praise');
    expect(await titles(t, 'untitled praise')).toEqual(['   ']);
  });

  it('returns at most `limit`, the best first, leaves out what is excluded, and refuses a limit past 200', async () => {
    const t = testStore();
    const mid = [];
    for (let i = 0; i < 8; i++) mid.push(await add(t, `Sprint ${i} retro`, `2026-02-1${i}`));
    await add(t, 'Retro of the year', '2025-01-01');
    expect(await titles(t, 'retro', 3)).toEqual([
      'Retro of the year',
      'Sprint 7 retro',
      'Sprint 6 retro',
    ]);
    expect(await titles(t, 'retro', 3, [mid[7]!.id])).toEqual([
      'Retro of the year',
      'Sprint 6 retro',
      'Sprint 5 retro',
    ]);
    await expectCode(t.call('journal.find', { text: 'retro', limit: 201 }), 'invalid-argument');
  });

  it('stops at `limit` best rows only when no later row could rank higher', async () => {
    const t = testStore();
    await add(t, 'Plan for Q1', '2026-01-01');
    await add(t, 'Plan for Q2', '2026-04-01');
    await add(t, 'Replanning', '2026-05-01');
    await add(t, 'Plan for Q3', '2026-07-01');
    await add(t, 'The plan', '2026-08-01');
    expect(await titles(t, 'plan', 2)).toEqual(['Plan for Q3', 'Plan for Q2']);
    expect(await titles(t, 'plan', 4)).toEqual([
      'Plan for Q3',
      'Plan for Q2',
      'Plan for Q1',
      'The plan',
    ]);
  });

  it('with no text, shows the newest entries (never profile pages), at most `limit`, less those excluded', async () => {
    const t = testStore();
    await t.call('profile.get', { page: 'values' });
    const a = await add(t, 'Oldest', '2026-01-01');
    await add(t, 'Middle', '2026-01-02');
    await add(t, 'Newest', '2026-01-03');
    expect(await titles(t, '   ', 2)).toEqual(['Newest', 'Middle']);
    expect(await titles(t, '', 5, [a.id])).toEqual(['Newest', 'Middle']);
    expect(await titles(t, 'values')).toEqual([]);
  });

  it('sees a renamed, trashed, restored and deleted entry at once', async () => {
    const t = testStore();
    const e = await add(t, 'Quarterly plan');
    expect(await titles(t, 'plan')).toEqual(['Quarterly plan']);
    await t.call('journal.save', {
      id: e.id,
      title: 'Quarterly roadmap',
      date: e.date,
      fields: {},
      body: e.body,
      tags: [],
    });
    expect(await titles(t, 'plan')).toEqual([]);
    expect(await titles(t, 'roadmap')).toEqual(['Quarterly roadmap']);
    await t.call('journal.trash', { id: e.id });
    expect(await titles(t, 'roadmap')).toEqual([]);
    await t.call('journal.restore', { id: e.id });
    expect(await titles(t, 'roadmap')).toEqual(['Quarterly roadmap']);
    await t.call('journal.trash', { id: e.id });
    await t.call('journal.deleteForever', { id: e.id });
    expect(await titles(t, 'roadmap')).toEqual([]);
  });

  it("sees another connection's writes (a second process on the same file)", async () => {
    const t = testStore();
    const e = await add(t, 'Mentoring notes');
    expect(await titles(t, 'mentor')).toEqual(['Mentoring notes']);
    const other = new Database(join(t.dataDir, 'ladder.db'));
    try {
      other.prepare('UPDATE entries SET title = ? WHERE id = ?').run('Coaching notes', e.id);
    } finally {
      other.close();
    }
    expect(await titles(t, 'mentor')).toEqual([]);
    expect(await titles(t, 'coach')).toEqual(['Coaching notes']);
  });

  it('a body-only save leaves the held titles as they are (the counter does not move)', async () => {
    const t = testStore();
    const e = await add(t, 'Steady title');
    await titles(t, 'steady');
    const version = () =>
      (t.store.db.prepare('SELECT n FROM entry_titles_version').get() as { n: number }).n;
    const before = version();
    await t.call('journal.save', {
      id: e.id,
      title: e.title,
      date: e.date,
      fields: {},
      body: body('Other words'),
      tags: ['new'],
    });
    expect(version()).toBe(before);
  });
});

describe('migration 0015', () => {
  it('carries a journal made by the schema before it: its titles are found', () => {
    const file = join(tempDir(), 'before.db');
    const db = openDatabase(file);
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 15),
      );
      const add = db.prepare(
        'INSERT INTO entries (id, kind, title, date, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, 1, 1, ?)',
      );
      add.run('a', 'lesson', 'Kept lesson', '2026-01-02', null);
      add.run('b', 'lesson', 'Trashed lesson', '2026-01-03', 5);
      add.run('c', 'praise', 'Newer praise', '2026-01-04', null);
      migrate(db, MIGRATIONS);
      expect(findTitles(db, { text: 'lesson', limit: 10 }).map((e) => e.id)).toEqual(['a']);
      expect(findTitles(db, { text: '', limit: 10 }).map((e) => e.id)).toEqual(['c', 'a']);
      db.prepare("UPDATE entries SET deleted_at = NULL WHERE id = 'b'").run();
      expect(findTitles(db, { text: 'lesson', limit: 10 }).map((e) => e.id)).toEqual(['b', 'a']);
    } finally {
      db.close();
    }
  });
});
