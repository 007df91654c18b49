// journal.find's copy of the titles is patched from the change log of migration 0016 rather than
// built whole after each write: the places a patch can go wrong (the first and last rows, a row
// that moves, one taken out and put back, several writes between two finds, another connection's
// writes, an import), each checked against a copy built whole on a fresh connection.
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/connection';
import { MIGRATIONS, migrate } from '../../src-main/core/db/migrate';
import { buildCopy, patchCopy, type TitleCopy } from '../../src-main/core/journal/titleCopy';
import { findTitles } from '../../src-main/core/journal/titleIndex';
import { allTitles, titlesOf } from '../../src-main/core/journal/titlesRepository';
import { body, tempDir, testStore, type TestStore } from './helpers';

const QUERIES = ['plan', 'review', 'q', 'notes', 'lesson', 'zz', 'untitled'];

async function add(t: TestStore, title: string, date: string) {
  return t.call('journal.create', { kind: 'lesson', title, date, body: body(title) });
}

async function rename(t: TestStore, id: string, title: string, date?: string) {
  const e = await t.call('journal.get', { id });
  await t.call('journal.save', {
    id,
    title,
    date: date ?? e.date,
    fields: {},
    body: e.body,
    tags: [],
  });
}

/** What this connection's (patched) copy finds, for every query, by id. */
function found(t: TestStore): string[][] {
  return QUERIES.map((text) => findTitles(t.store.db, { text, limit: 200 }).map((e) => e.id));
}

/** The same from a copy built whole, on a connection of its own. */
function foundFresh(t: TestStore): string[][] {
  const db = openDatabase(join(t.dataDir, 'ladder.db'));
  try {
    return QUERIES.map((text) => findTitles(db, { text, limit: 200 }).map((e) => e.id));
  } finally {
    db.close();
  }
}

async function journal(t: TestStore) {
  const ids: string[] = [];
  for (let i = 0; i < 12; i++) {
    const e = await add(t, `Plan ${i} review notes`, `2026-02-${String(10 + i).padStart(2, '0')}`);
    ids.push(e.id);
  }
  found(t); // the copy is made
  return ids; // oldest first
}

describe('journal.find patched after writes', () => {
  it('a rename of the newest and of the oldest title', async () => {
    const t = testStore();
    const ids = await journal(t);
    await rename(t, ids.at(-1)!, 'Quarterly goals');
    expect(found(t)).toEqual(foundFresh(t));
    expect(findTitles(t.store.db, { text: 'quarterly', limit: 5 }).map((e) => e.id)).toEqual([
      ids.at(-1),
    ]);
    await rename(t, ids[0]!, 'Lessons from the zz launch');
    expect(found(t)).toEqual(foundFresh(t));
    expect(findTitles(t.store.db, { text: 'zz', limit: 5 }).map((e) => e.id)).toEqual([ids[0]]);
  });

  it('a new date moves the row to its place; ties stay newest first', async () => {
    const t = testStore();
    const ids = await journal(t);
    // The oldest to the newest date, then one into the middle beside an entry of the same date.
    await rename(t, ids[0]!, 'Plan 0 review notes', '2026-03-01');
    expect(found(t)).toEqual(foundFresh(t));
    await rename(t, ids[11]!, 'Plan 11 review notes', '2026-02-15');
    expect(found(t)).toEqual(foundFresh(t));
    expect(found(t)[0]![0]).toBe(ids[0]);
  });

  it('trash, then restore; delete for good; an untitled new entry', async () => {
    const t = testStore();
    const ids = await journal(t);
    await t.call('journal.trash', { id: ids[5]! });
    expect(found(t)).toEqual(foundFresh(t));
    expect(found(t)[0]).not.toContain(ids[5]);
    await t.call('journal.restore', { id: ids[5]! });
    expect(found(t)).toEqual(foundFresh(t));
    expect(found(t)[0]).toContain(ids[5]);
    await t.call('journal.trash', { id: ids[0]! });
    await t.call('journal.deleteForever', { id: ids[0]! });
    await t.call('journal.create', { kind: 'lesson', title: '', date: '2026-02-12' });
    expect(found(t)).toEqual(foundFresh(t));
  });

  it('several writes between two finds, the same entry more than once', async () => {
    const t = testStore();
    const ids = await journal(t);
    await rename(t, ids[3]!, 'Quarterly plan');
    await rename(t, ids[3]!, 'Quarterly notes', '2026-01-01');
    await t.call('journal.trash', { id: ids[7]! });
    await add(t, 'Plan zz', '2026-02-11');
    await rename(t, ids[11]!, 'Review of Q4');
    expect(found(t)).toEqual(foundFresh(t));
  });

  it("another connection's writes, then ours", async () => {
    const t = testStore();
    const ids = await journal(t);
    const other = new Database(join(t.dataDir, 'ladder.db'));
    try {
      other.prepare('UPDATE entries SET title = ? WHERE id = ?').run('Coaching notes', ids[2]);
      other.prepare('UPDATE entries SET deleted_at = 5 WHERE id = ?').run(ids[9]);
      other.prepare("UPDATE entries SET date = '2027-01-01' WHERE id = ?").run(ids[4]);
      other.prepare('DELETE FROM entries WHERE id = ?').run(ids[6]);
    } finally {
      other.close();
    }
    expect(found(t)).toEqual(foundFresh(t));
    await rename(t, ids[2]!, 'Plan again');
    expect(found(t)).toEqual(foundFresh(t));
  });

  it('an import of a few entries (patched) and of more than the log holds (built whole)', async () => {
    const t = testStore();
    await journal(t);
    const md = (n: number, from = 0) =>
      Array.from({ length: n }, (_, i) => ({
        name: `Imported plan ${from + i}.md`,
        text: `---\ndate: 2026-01-${String((i % 28) + 1).padStart(2, '0')}\n---\nNotes ${i}`,
      }));
    await t.call('data.import', { files: md(3) });
    expect(found(t)).toEqual(foundFresh(t));
    const titled = (text: string) => findTitles(t.store.db, { text, limit: 5 }).map((e) => e.title);
    expect(titled('imported plan 2')).toEqual(['Imported plan 2']);
    await t.call('data.import', { files: md(1100, 3) });
    expect(found(t)).toEqual(foundFresh(t));
    expect(titled('imported plan 1102')).toEqual(['Imported plan 1102']);
  });
});

describe('the change log (migration 0016)', () => {
  it('names each change by the entry it touched, keeps the last 1,000 or so, and carries a journal over', () => {
    const file = join(tempDir(), 'before.db');
    const db = openDatabase(file);
    try {
      migrate(
        db,
        MIGRATIONS.filter((m) => m.version < 16),
      );
      const insert = db.prepare(
        'INSERT INTO entries (id, kind, title, date, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)',
      );
      insert.run('a', 'lesson', 'Kept lesson', '2026-01-02');
      insert.run('b', 'lesson', 'Other lesson', '2026-01-03');
      expect(findTitles(db, { text: 'lesson', limit: 10 }).map((e) => e.id)).toEqual(['b', 'a']);
      migrate(db, MIGRATIONS);
      // The copy made before the log existed is built whole once, then patched.
      db.prepare("UPDATE entries SET title = 'Kept plan' WHERE id = 'a'").run();
      expect(findTitles(db, { text: 'plan', limit: 10 }).map((e) => e.id)).toEqual(['a']);
      const seqOf = (id: string) =>
        (db.prepare('SELECT seq FROM entries WHERE id = ?').get(id) as { seq: number }).seq;
      const log = () =>
        db.prepare('SELECT n, entry_seq FROM entry_title_changes ORDER BY n').raw().all() as [
          number,
          number,
        ][];
      const version = () =>
        (db.prepare('SELECT n FROM entry_titles_version').get() as { n: number }).n;
      expect(log()).toEqual([[version(), seqOf('a')]]);
      // A body-only change is not logged.
      db.prepare("UPDATE entries SET word_count = 7 WHERE id = 'b'").run();
      expect(log()).toHaveLength(1);
      const rename = db.prepare('UPDATE entries SET title = ? WHERE id = ?');
      db.transaction(() => {
        for (let i = 0; i < 1200; i++) rename.run(`Lesson ${i}`, i % 2 ? 'a' : 'b');
      })();
      // Pruned at every 64th change: the newest 1,000 to 1,063, one per counter value.
      const kept = log();
      expect(kept.length).toBeGreaterThanOrEqual(1000);
      expect(kept.length).toBeLessThan(1064);
      expect(kept.at(-1)![0]).toBe(version());
      expect(kept.map(([n]) => n)).toEqual(kept.map((_, i) => version() - kept.length + 1 + i));
      expect(findTitles(db, { text: 'lesson 119', limit: 10 }).map((e) => e.title)).toEqual([
        'Lesson 1198', // b, the newer date
        'Lesson 1199',
      ]);
    } finally {
      db.close();
    }
  });
});

describe('patchCopy', () => {
  /** The copy's rows and texts, its blocks checked to cover them in order, each joined right. */
  function view(copy: TitleCopy) {
    let first = 0;
    for (const b of copy.blocks) {
      expect(b.first).toBe(first);
      const texts = copy.folded.slice(first, first + b.count);
      expect(b.count).toBeGreaterThan(0);
      expect(b.count).toBeLessThanOrEqual(2 * copy.blockSize);
      expect(b.all).toBe(texts.map((t) => `${t}\n`).join(''));
      expect([...b.starts]).toEqual(texts.reduce((s, t) => [...s, s.at(-1)! + t.length + 1], [0]));
      first += b.count;
    }
    expect(first).toBe(copy.rows.length);
    return { rows: copy.rows, seqs: copy.seqs, folded: copy.folded };
  }

  function fixture() {
    const db = openDatabase(join(tempDir(), 'copy.db'));
    migrate(db, MIGRATIONS);
    const insert = db.prepare(
      'INSERT INTO entries (id, kind, title, date, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)',
    );
    const seqOf = (id: string) =>
      (db.prepare('SELECT seq FROM entries WHERE id = ?').get(id) as { seq: number }).seq;
    return { db, insert, seqOf };
  }

  it('gives what a copy built whole gives, for rows out, in, moved and renamed', () => {
    const { db, insert, seqOf } = fixture();
    try {
      for (let i = 0; i < 40; i++)
        insert.run(`e${i}`, i % 3 ? 'lesson' : 'praise', `Title ${i}`, `2026-01-${10 + (i % 7)}`);
      const before = buildCopy(allTitles(db), 4);
      const changed = ['e1', 'e39', 'e34', 'e17', 'e20', 'e5'].map(seqOf);
      db.prepare("UPDATE entries SET title = 'Zebra' WHERE id = 'e1'").run();
      // One to after the last row (e0, kept), and the first row (e34) to the middle.
      db.prepare("UPDATE entries SET date = '2025-12-31' WHERE id = 'e39'").run();
      db.prepare("UPDATE entries SET date = '2026-01-11' WHERE id = 'e34'").run();
      db.prepare("UPDATE entries SET date = '2026-01-13', title = '' WHERE id = 'e17'").run();
      db.prepare("UPDATE entries SET deleted_at = 1 WHERE id = 'e20'").run();
      db.prepare("DELETE FROM entries WHERE id = 'e5'").run();
      insert.run('new', 'lesson', 'New one', '2026-01-12');
      changed.push(seqOf('new'));
      const patched = patchCopy(before, new Set(changed), titlesOf(db, changed));
      expect(view(patched)).toEqual(view(buildCopy(allTitles(db), 4)));
    } finally {
      db.close();
    }
  });

  it('patches blocks at their edges: the first row of a block out, one block overfilled and split', () => {
    const { db, insert, seqOf } = fixture();
    try {
      // e23 newest (row 0) to e0 oldest (row 23), in blocks of 4 rows.
      for (let i = 0; i < 24; i++)
        insert.run(`e${i}`, 'lesson', `Title ${i}`, `2026-01-${String(1 + i).padStart(2, '0')}`);
      const before = buildCopy(allTitles(db), 4);
      expect(before.blocks.map((b) => b.first)).toEqual([0, 4, 8, 12, 16, 20]);
      const changed = ['e19', ...Array.from({ length: 10 }, (_, i) => `e${i}`)].map(seqOf);
      // e19 is the first row of the second block; the ten oldest all go into the first block.
      db.prepare("DELETE FROM entries WHERE id = 'e19'").run();
      db.prepare("UPDATE entries SET date = '2026-01-22' WHERE title GLOB 'Title [0-9]'").run();
      const patched = patchCopy(before, new Set(changed), titlesOf(db, changed));
      expect(view(patched)).toEqual(view(buildCopy(allTitles(db), 4)));
      expect(patched.blocks.length).toBeGreaterThan(5);
    } finally {
      db.close();
    }
  });

  // A few changes are made in place, many merged: both ways give the same copy.
  it.each([3, 30, 300])('%i changes among 400 rows, side by side with a whole build', (k) => {
    const { db, insert, seqOf } = fixture();
    try {
      db.transaction(() => {
        for (let i = 0; i < 400; i++)
          insert.run(`e${i}`, 'lesson', `Title ${i}`, `2026-01-${10 + (i % 9)}`);
      })();
      // Blocks of 16 rows: changes fall in many, empty some and overfill others.
      const before = buildCopy(allTitles(db), 16);
      const changed = new Set<number>();
      const update = db.prepare(
        'UPDATE entries SET title = ?, date = ?, deleted_at = ? WHERE id = ?',
      );
      const write = db.transaction((c: number) => {
        // Spread over the list, each change of another kind: renamed, moved, trashed, deleted, new.
        const id = `e${(c * 131) % 400}`;
        changed.add(seqOf(id));
        if (c % 5 === 3) db.prepare('DELETE FROM entries WHERE id = ?').run(id);
        else
          update.run(`Renamed ${c}`, `2026-0${1 + (c % 3)}-1${c % 9}`, c % 5 === 2 ? 1 : null, id);
        if (c % 5 === 4) {
          insert.run(`n${c}`, 'lesson', `Added ${c}`, `2026-01-1${c % 9}`);
          changed.add(seqOf(`n${c}`));
        }
      });
      db.transaction(() => {
        for (let c = 0; c < k; c++) write(c);
      })();
      const patched = patchCopy(before, changed, titlesOf(db, [...changed]));
      expect(view(patched)).toEqual(view(buildCopy(allTitles(db), 16)));
    } finally {
      db.close();
    }
  });
});
