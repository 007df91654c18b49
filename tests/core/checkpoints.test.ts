import { statSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCheckpointer } from '../../src-main/core/db/checkpoints';
import { body, testStore } from './helpers';

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
