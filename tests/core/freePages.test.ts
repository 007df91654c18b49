// A new data file gives the pages it frees back to the disk in idle time (auto_vacuum=INCREMENTAL,
// db/checkpoints.ts); a file made before keeps its free pages (switching needs a full VACUUM).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateEntry, rng } from '../../bench/corpus';
import { reclaimFreePages } from '../../src-main/core/db/checkpoints';
import { openDatabase } from '../../src-main/core/db/connection';
import { DB_FILE_NAME } from '../../src-main/core/host/store';
import { insertEntry, deleteEntries } from '../../src-main/core/journal/entriesRepository.write';
import { deriveState } from '../../src-main/core/journal/entryRules';
import { tempDir, testStore } from './helpers';
import type { Db } from '../../src-main/core/db/connection';

function fillAndEmpty(db: Db): void {
  const r = rng(2);
  const seqs = db.transaction(() =>
    Array.from({ length: 300 }, (_, i) => {
      const g = generateEntry(r, i);
      return insertEntry(db, `f-${i}`, g.kind, deriveState(g.kind, { ...g, fields: {} }), 1);
    }),
  )();
  deleteEntries(db, seqs);
  db.pragma('wal_checkpoint(TRUNCATE)');
}

const free = (db: Db) => db.pragma('freelist_count', { simple: true }) as number;

describe('free pages', () => {
  it('a new file gives them back in idle time, and its data stays whole', async () => {
    const t = testStore();
    const { db } = t.store;
    expect(db.pragma('auto_vacuum', { simple: true })).toBe(2);
    const kept = await t.call('journal.create', { kind: 'lesson', title: 'Kept', body: '' });
    fillAndEmpty(db);
    const freed = free(db);
    expect(freed).toBeGreaterThan(100);
    const file = join(t.dataDir, DB_FILE_NAME);
    const before = statSync(file).size;
    // Below the threshold (1024 pages by default) nothing is done.
    reclaimFreePages(db, freed + 1);
    expect(free(db)).toBe(freed);
    // A bounded number per idle moment; the rest at the next.
    expect(reclaimFreePages(db, 1, 10)).toBe(freed - 10);
    expect(reclaimFreePages(db, 1, freed)).toBe(0);
    db.pragma('wal_checkpoint(TRUNCATE)');
    expect(free(db)).toBe(0);
    expect(statSync(file).size).toBeLessThanOrEqual(before - freed * 4096);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    expect((await t.call('journal.get', { id: kept.id })).title).toBe('Kept');
  });

  it('is set on new files only: an existing file keeps its mode', () => {
    const dir = tempDir();
    const db = openDatabase(join(dir, DB_FILE_NAME));
    db.close();
    const t = testStore(dir);
    // The file existed (empty) before: still made now, so it is new; an older file is one with tables.
    expect(t.store.db.pragma('auto_vacuum', { simple: true })).toBe(2);
    const old = openDatabase(join(tempDir(), 'old.db'));
    old.exec('CREATE TABLE x (a)');
    old.pragma('auto_vacuum = INCREMENTAL');
    expect(old.pragma('auto_vacuum', { simple: true })).toBe(0);
    reclaimFreePages(old);
    old.close();
  });
});
