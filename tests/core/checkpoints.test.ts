import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import Database from 'better-sqlite3-multiple-ciphers';
import { createCheckpointer, reclaimFreePages } from '../../src-main/core/db/checkpoints';
import { refuseWrites, type Db } from '../../src-main/core/db/connection';
import { body, closeStore, testStore } from './helpers';

const walSize = (dbPath: string) => statSync(`${dbPath}-wal`).size;

describe('WAL checkpoints in idle time', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('never checkpoints inside a save: the WAL grows past where SQLite would have wrapped it', async () => {
    const t = testStore();
    expect(t.store.db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const entry = await t.call('journal.create', { kind: 'reflection' });
    // SQLite's automatic checkpoint restarts the log at about 1,000 pages (4 MB here), so the file
    // would stay near that size; without it, every save's pages stay in the log until idle time.
    for (let i = 0; walSize(t.store.dbPath) < 6 * 1024 * 1024 && i < 2_000; i++) {
      await t.call('journal.save', {
        id: entry.id,
        title: `v${i}`,
        date: entry.date,
        fields: {},
        tags: [],
        body: body(`draft ${i} `.repeat(600)),
      });
    }
    expect(walSize(t.store.dbPath)).toBeGreaterThanOrEqual(6 * 1024 * 1024);
  });

  it('checkpoints once activity pauses, and at the latest after the maximum delay', () => {
    const t = testStore();
    let ran = 0;
    const real = t.store.db.pragma.bind(t.store.db);
    const spy = vi.spyOn(t.store.db, 'pragma').mockImplementation(((sql: string, o?: object) => {
      if (sql.startsWith('wal_checkpoint')) ran += 1;
      return real(sql, o);
    }) as never);
    const checkpointer = createCheckpointer(t.store.db, { idleMs: 2_000, maxDelayMs: 10_000 });
    checkpointer.noteActivity();
    vi.advanceTimersByTime(1_999);
    expect(ran).toBe(0);
    vi.advanceTimersByTime(1);
    expect(ran).toBe(1);

    for (let i = 0; i < 12; i++) {
      checkpointer.noteActivity();
      vi.advanceTimersByTime(1_000); // never idle for 2 s
    }
    expect(ran).toBe(2); // the maximum delay forced one
    vi.advanceTimersByTime(2_000);
    expect(ran).toBe(3); // and the pause after the last activity another
    checkpointer.close();
    spy.mockRestore();
  });
});

/** Frees about 6 MB of pages (1,500 at 4 KB) in the store's file: a scratch table filled, then dropped. */
function freeSomePages(db: Db): number {
  db.exec('CREATE TABLE scratch (b BLOB)');
  db.exec(
    'WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) ' +
      'INSERT INTO scratch (b) SELECT randomblob(100000) FROM n',
  );
  db.exec('DROP TABLE scratch');
  return free(db);
}

const free = (db: Db) => db.pragma('freelist_count', { simple: true }) as number;

describe('free pages given back in idle time', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('from exactly the threshold on, and never through a connection that refuses writes', () => {
    const { db } = testStore().store;
    const freed = freeSomePages(db);
    expect(freed).toBeGreaterThan(1_024);
    // After a failed integrity check the file must not change, free pages included.
    refuseWrites(db);
    expect(reclaimFreePages(db, 1, 10)).toBe(freed);
    expect(free(db)).toBe(freed);
    db.pragma('query_only = OFF');
    expect(reclaimFreePages(db, freed + 1, 10)).toBe(freed);
    expect(reclaimFreePages(db, freed, 10)).toBe(freed - 10);
  });

  it('the idle checkpoint gives them back', () => {
    const t = testStore();
    const freed = freeSomePages(t.store.db);
    expect(freed).toBeGreaterThan(1_024); // the default threshold
    const checkpointer = createCheckpointer(t.store.db, { idleMs: 2_000 });
    checkpointer.noteActivity();
    vi.advanceTimersByTime(2_000);
    expect(free(t.store.db)).toBe(Math.max(0, freed - 2_048));
    checkpointer.close();
  });

  it('a failed one is logged with its cause and changes nothing', () => {
    const t = testStore();
    const freed = freeSomePages(t.store.db);
    t.store.db.pragma('busy_timeout = 0');
    const other = new Database(t.store.dbPath);
    other.exec('BEGIN IMMEDIATE'); // another writer holds the file
    const lines: string[] = [];
    const checkpointer = createCheckpointer(t.store.db, { idleMs: 10, log: (l) => lines.push(l) });
    checkpointer.noteActivity();
    vi.advanceTimersByTime(10);
    other.exec('ROLLBACK');
    other.close();
    expect(lines).toEqual(['storage-warning: checkpoint failed (SQLITE_BUSY)']);
    expect(free(t.store.db)).toBe(freed);
  });

  it('a store closed before the pause ends is left alone, without a warning', () => {
    const t = testStore();
    const lines: string[] = [];
    const checkpointer = createCheckpointer(t.store.db, { idleMs: 10, log: (l) => lines.push(l) });
    checkpointer.noteActivity();
    closeStore(t);
    vi.advanceTimersByTime(10);
    expect(lines).toEqual([]);
  });
});
