// The daily backup while the journal stays open: a short check interval and a movable clock on a
// real store. No backup before the newest is a day old, one after, rotation kept, and the timer gone
// once the store closes or locks.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { archiveName, backupDir } from '../../../src-main/core/backup/backupFiles';
import { listBackups } from '../../../src-main/core/backup/backupService';
import { isBackupFile, openBackupCopy } from './backupCopies';
import { openStore, type Store } from '../../../src-main/core/host/store';
import { body, fakeClock, tempDir, type Clock } from '../helpers';
import { PASS, testHost } from '../lock/hostHelpers';

const CHECK_MS = 10;
const DAY_MS = 86_400_000;
const opened: Store[] = [];

afterEach(() => {
  for (const s of opened.splice(0)) s.close();
  vi.restoreAllMocks();
});

function scheduledStore(clock: Clock, dataDir = tempDir()): Store {
  const store = openStore({
    dataDir,
    mode: 'browser',
    version: '0.0.0-test',
    now: clock.now,
    log: () => {},
    backupCheckMs: CHECK_MS,
  });
  opened.push(store);
  return store;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits (at most 5 s) until the store's backups folder holds `count` backups. */
async function backupsReach(dbPath: string, count: number): Promise<string[]> {
  for (let waited = 0; waited < 5000; waited += CHECK_MS) {
    if (listBackups(dbPath).length >= count) break;
    await sleep(CHECK_MS);
  }
  return listBackups(dbPath).map((b) => b.name);
}

function integrity(file: string, key?: string): string {
  const db = openBackupCopy(file, key);
  try {
    return db.pragma('integrity_check', { simple: true }) as string;
  } finally {
    db.close();
  }
}

/** The interval timers the store code started with the test's check interval. */
function backupTimers(spy: {
  mock: { calls: unknown[][]; results: { value: unknown }[] };
}): NodeJS.Timeout[] {
  return spy.mock.calls.flatMap((call, i) =>
    call[1] === CHECK_MS ? [spy.mock.results[i]?.value as NodeJS.Timeout] : [],
  );
}

describe('the daily backup while the journal stays open', () => {
  it('takes no backup before the newest is a day old, then one, checked and complete', async () => {
    const clock = fakeClock();
    const store = scheduledStore(clock);
    expect((await store.autoBackup)?.name).toBe(archiveName(clock.now()));
    const created = await store.handle('journal.create', {
      kind: 'praise',
      title: 'Written while open',
      body: body('Kind words'),
    });
    expect(created.ok).toBe(true);

    await sleep(CHECK_MS * 10);
    clock.advance(DAY_MS - 60_000);
    await sleep(CHECK_MS * 10);
    expect(
      listBackups(store.dbPath),
      'nothing is due a minute before the day is over',
    ).toHaveLength(1);

    clock.advance(60_000);
    const names = await backupsReach(store.dbPath, 2);
    expect(names).toHaveLength(2);
    expect(names[0]).toBe(archiveName(clock.now()));
    const file = join(backupDir(store.dbPath), names[0] ?? '');
    expect(integrity(file)).toBe('ok');
    const copy = openBackupCopy(file);
    expect(copy.prepare('SELECT title FROM entries').all()).toEqual([
      { title: 'Written while open' },
    ]);
    copy.close();
    await sleep(CHECK_MS * 10);
    expect(listBackups(store.dbPath), 'one backup a day, not one per check').toHaveLength(2);
  });

  it('keeps 7 daily and 4 weekly backups when it stays open for weeks', async () => {
    const clock = fakeClock();
    const store = scheduledStore(clock);
    await store.autoBackup;
    for (let day = 1; day <= 40; day++) {
      clock.advance(DAY_MS);
      // Rotation may have removed older ones: wait for today's name, not for a count.
      for (
        let waited = 0;
        waited < 5000 && listBackups(store.dbPath)[0]?.name !== archiveName(clock.now());
        waited += CHECK_MS
      )
        await sleep(CHECK_MS);
      expect(listBackups(store.dbPath)[0]?.name).toBe(archiveName(clock.now()));
    }
    const names = readdirSync(backupDir(store.dbPath));
    expect(names.every(isBackupFile)).toBe(true);
    // 7 days plus the weeks before them not already covered: 9 or 10 depending on the weekday.
    expect(names.length).toBeGreaterThanOrEqual(9);
    expect(names.length).toBeLessThanOrEqual(10);
    for (let day = 0; day < 7; day++)
      expect(names).toContain(archiveName(clock.now() - day * DAY_MS));
    // 40 real backups, each written and checked: 12 s idle, over 20 s beside CI's end-to-end files.
  }, 60_000);

  it('its timer is unref’d and stopped on close, and no backup comes after', async () => {
    const setSpy = vi.spyOn(globalThis, 'setInterval');
    const clearSpy = vi.spyOn(globalThis, 'clearInterval');
    const clock = fakeClock();
    const store = scheduledStore(clock);
    await store.autoBackup;
    const [timer] = backupTimers(setSpy);
    expect(timer, 'the store started its check').toBeDefined();
    expect(timer?.hasRef(), 'the check never keeps the process alive').toBe(false);
    opened.splice(opened.indexOf(store), 1);
    store.close();
    expect(clearSpy).toHaveBeenCalledWith(timer);
    clock.advance(2 * DAY_MS);
    await sleep(CHECK_MS * 10);
    expect(listBackups(store.dbPath)).toHaveLength(1);
  });

  it('a protected journal: locking stops the check, unlocking starts it again, and its backups are encrypted', async () => {
    const setSpy = vi.spyOn(globalThis, 'setInterval');
    const clearSpy = vi.spyOn(globalThis, 'clearInterval');
    const t = testHost(undefined, undefined, { autoBackup: true, backupCheckMs: CHECK_MS });
    await t.host.store()?.autoBackup;
    await t.call('journal.create', {
      kind: 'praise',
      title: 'Protected',
      body: body('secret words'),
    });
    await t.call('lock.protect', { passphrase: PASS });
    await t.call('lock.lock', {});
    const started = backupTimers(setSpy);
    // One timer per open: the first, and the reopen after protecting.
    expect(started).toHaveLength(2);
    for (const timer of started) expect(clearSpy).toHaveBeenCalledWith(timer);

    t.clock.advance(DAY_MS);
    await sleep(CHECK_MS * 10);
    expect(listBackups(t.host.dbPath), 'no backup while locked').toHaveLength(1);

    await t.call('lock.unlock', { passphrase: PASS });
    expect(backupTimers(setSpy)).toHaveLength(3);
    await t.host.store()?.autoBackup;
    t.clock.advance(DAY_MS);
    const names = await backupsReach(t.host.dbPath, 3);
    expect(names).toHaveLength(3);
    expect(integrity(join(backupDir(t.host.dbPath), names[0] ?? ''), PASS)).toBe('ok');
  });
});
