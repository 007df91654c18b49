// The background check of a large journal runs at most once a day and never in the first minute of
// use: the last sound check is remembered beside the file, with the file's identity.
import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store, type StoreOptions } from '../../src-main/core/host/store';
import { checkRecordPath } from '../../src-main/core/host/integritySchedule';
import { body, closeStore, fakeClock, testStore, type Clock } from './helpers';

const opened: Store[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

function openLarge(dataDir: string, clock: Clock, extra: Partial<StoreOptions> = {}): Store {
  const store = openStore({
    dataDir,
    mode: 'browser',
    version: 'test',
    quickCheckMaxBytes: 0,
    integrityCheckDelayMs: 0,
    now: clock.now,
    log: () => {},
    ...extra,
  });
  opened.push(store);
  return store;
}

function close(store: Store): void {
  opened.splice(opened.indexOf(store), 1);
  store.close();
}

async function journal(): Promise<{ dataDir: string; dbPath: string }> {
  const t = testStore();
  for (let i = 0; i < 20; i++)
    await t.call('journal.create', {
      kind: 'lesson',
      title: `E${i}`,
      body: body('word '.repeat(200)),
    });
  closeStore(t);
  return { dataDir: t.dataDir, dbPath: t.store.dbPath };
}

describe('the background check of a large journal', () => {
  it('waits out the first minute of use, and a store closed meanwhile never runs it', async () => {
    const { dataDir, dbPath } = await journal();
    const store = openLarge(dataDir, fakeClock(), { integrityCheckDelayMs: undefined });
    const settled = await Promise.race([
      store.integrity.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 1500)),
    ]);
    expect(settled).toBe(false);
    close(store);
    expect(await store.integrity).toBe('unchecked');
    expect(existsSync(checkRecordPath(dbPath))).toBe(false);
  });

  it('runs at most once a day on the same file', async () => {
    const { dataDir, dbPath } = await journal();
    const clock = fakeClock();
    const first = openLarge(dataDir, clock);
    expect(await first.integrity).toBe('ok');
    expect(existsSync(checkRecordPath(dbPath))).toBe(true);
    close(first);

    clock.advance(23 * 3_600_000);
    const sameDay = openLarge(dataDir, clock);
    expect(await sameDay.integrity).toBe('recent');
    close(sameDay);

    clock.advance(2 * 3_600_000);
    const nextDay = openLarge(dataDir, clock);
    expect(await nextDay.integrity).toBe('ok');
    close(nextDay);
  });

  it('checks a file put in its place since, whatever the date says', async () => {
    const { dataDir, dbPath } = await journal();
    const clock = fakeClock();
    close(
      await (async () => {
        const s = openLarge(dataDir, clock);
        expect(await s.integrity).toBe('ok');
        return s;
      })(),
    );
    // As a restore does: another file renamed over the journal.
    copyFileSync(dbPath, `${dbPath}.copy`);
    renameSync(`${dbPath}.copy`, dbPath);
    clock.advance(60_000);
    const again = openLarge(dataDir, clock);
    expect(await again.integrity).toBe('ok');
  });
});
