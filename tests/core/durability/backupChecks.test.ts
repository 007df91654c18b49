// The judge of backups on full copies (every backup before they were compressed, and a large
// protected journal's today): an intact copy is good with the journal's key and only with it, a
// damaged one is not, one that could not be checked (locked by another program) is not called good
// (nor remembered as bad: it is checked again the next time), and a copy changed after it was judged
// is judged again, even when only its size or only its time changed.
import { readFileSync, statSync, truncateSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { createBackupJudge } from '../../../src-main/core/backup/backupChecks';
import { backupDir, backupName } from '../../../src-main/core/backup/backupFiles';
import { backupTo } from '../../../src-main/core/backup/liveCopy';
import { openStore } from '../../../src-main/core/host/store';
import { body, fakeClock, tempDir, testStore } from '../helpers';

const KEY = Buffer.from('judge of full copies');
/** A fixed time to give a file, so "the same time" can be given back after a change. */
const NOON = new Date('2026-11-21T12:00:00.000Z');

/** Writes over every page but the first (the schema) with the same bytes: the size stays. */
function damagePagesAfterTheFirst(file: string): void {
  const bytes = readFileSync(file);
  bytes.fill(7, 4096);
  writeFileSync(file, bytes);
}

async function plainFullCopy(): Promise<string> {
  const t = testStore();
  await t.store.autoBackup;
  for (let i = 0; i < 30; i++)
    await t.call('journal.create', { kind: 'lesson', title: `Lesson ${i}`, body: body('kept') });
  const file = join(backupDir(t.store.dbPath), backupName(t.clock.now() + 1000));
  await backupTo(t.store.db, file);
  return file;
}

describe('the judge of a full copy', () => {
  it('finds an intact plain copy good, and the same copy damaged in place (same size) bad', async () => {
    const file = await plainFullCopy();
    const judge = createBackupJudge(() => null);
    expect(await judge.isGood(file)).toBe(true);

    const size = statSync(file).size;
    damagePagesAfterTheFirst(file);
    expect(statSync(file).size).toBe(size);
    utimesSync(file, NOON, NOON);
    expect(await judge.isGood(file)).toBe(false);
    // A judge that never saw it says the same.
    expect(await createBackupJudge(() => null).isGood(file)).toBe(false);
  });

  it('never calls good a copy it could not check (another program holds it locked), nor remembers it as bad: once free, the same judge finds it good', async () => {
    const file = await plainFullCopy();
    const { size, mtimeMs } = statSync(file);
    const judge = createBackupJudge(() => null);
    const holder = new Database(file);
    try {
      holder.pragma('locking_mode = EXCLUSIVE');
      holder.exec('BEGIN EXCLUSIVE');
      expect(await judge.verdict(file)).toBe('unchecked');
      holder.exec('COMMIT');
    } finally {
      holder.close();
    }
    // The check waited for the lock (SQLite's 5 s, in the worker, then here) before it gave up.
    // The copy is byte for byte as it was (same size and time), so only a cached answer could differ.
    expect(statSync(file)).toMatchObject({ size, mtimeMs });
    expect(await judge.isGood(file)).toBe(true);
  });

  it('judges again a copy cut short whose time was put back as it was', async () => {
    const file = await plainFullCopy();
    utimesSync(file, NOON, NOON);
    const judge = createBackupJudge(() => null);
    expect(await judge.isGood(file)).toBe(true);

    truncateSync(file, 4096);
    utimesSync(file, NOON, NOON);
    expect(statSync(file).mtimeMs).toBe(NOON.getTime());
    expect(await judge.isGood(file)).toBe(false);
  });

  it("finds a protected journal's copy good with its key, and bad without it or with another", async () => {
    const dataDir = tempDir();
    const clock = fakeClock();
    const store = openStore({
      dataDir,
      mode: 'browser',
      version: 't',
      now: clock.now,
      log: () => {},
      key: KEY,
    });
    try {
      await store.autoBackup;
      const made = await store.handle('journal.create', {
        kind: 'lesson',
        title: 'Protected',
        body: body('secret words'),
      });
      expect(made.ok).toBe(true);
      const file = join(backupDir(store.dbPath), backupName(clock.now() + 1000));
      await backupTo(store.db, file);
      expect(await createBackupJudge(() => KEY).isGood(file)).toBe(true);
      expect(await createBackupJudge(() => null).isGood(file)).toBe(false);
      expect(await createBackupJudge(() => Buffer.from('another passphrase')).isGood(file)).toBe(
        false,
      );
    } finally {
      store.close();
    }
  });
});
