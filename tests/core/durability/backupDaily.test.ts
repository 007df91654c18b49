// The daily backup's timer rules: no copy of a journal found damaged, a failure logged as a storage
// warning but never thrown, nothing logged for a copy still under way when the store closes.
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../src-main/shared/backup/backups';
import { startDailyBackups } from '../../../src-main/core/backup/dailyBackups';

const INFO: BackupInfo = { name: 'ladder-2026-11-21T09-00-00-000Z.db.gz', takenAt: 1, size: 10 };
const WARNING = 'storage-warning: automatic backup failed';

function options(ifDue: () => Promise<BackupInfo | null>, refused = () => false) {
  const lines: string[] = [];
  let calls = 0;
  const opts = {
    ifDue: () => {
      calls++;
      return ifDue();
    },
    enabled: true,
    everyMs: 5,
    refused,
    log: (line: string) => lines.push(line),
  };
  return { opts, lines, calls: () => calls };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('daily backups while open', () => {
  it('takes the first one after open and answers it', async () => {
    const o = options(() => Promise.resolve(INFO));
    const daily = startDailyBackups(o.opts);
    expect(await daily.first).toEqual(INFO);
    daily.stop();
    expect(o.lines).toEqual([]);
  });

  it('takes none of a journal found damaged, and none when switched off', async () => {
    const refused = options(
      () => Promise.resolve(INFO),
      () => true,
    );
    const daily = startDailyBackups(refused.opts);
    expect(await daily.first).toBeNull();
    await wait(30);
    daily.stop();
    expect(refused.calls()).toBe(0);

    const off = options(() => Promise.resolve(INFO));
    const none = startDailyBackups({ ...off.opts, enabled: false });
    expect(await none.first).toBeNull();
    await wait(30);
    none.stop();
    expect(off.calls()).toBe(0);
  });

  it('logs a failed backup as a storage warning instead of failing, and checks again later', async () => {
    const o = options(() => Promise.reject(new Error('disk full')));
    const daily = startDailyBackups(o.opts);
    expect(await daily.first).toBeNull();
    expect(o.lines).toEqual([WARNING]);
    while (o.calls() < 3) await wait(5);
    daily.stop();
    expect(o.lines.length).toBeGreaterThanOrEqual(2);
    expect(new Set(o.lines)).toEqual(new Set([WARNING]));
  });

  it('takes none when the store closes before the first one starts', async () => {
    const o = options(() => Promise.resolve(INFO));
    const daily = startDailyBackups(o.opts);
    daily.stop();
    expect(await daily.first).toBeNull();
    await wait(30);
    expect(o.calls()).toBe(0);
  });

  it('logs nothing for a backup under way when the store closes, and checks no more', async () => {
    const under: ((error: Error) => void)[] = [];
    const o = options(
      () =>
        new Promise<BackupInfo | null>((_, reject) => {
          under.push(reject);
        }),
    );
    const daily = startDailyBackups(o.opts);
    while (o.calls() < 1) await wait(1);
    daily.stop();
    for (const fail of under) fail(new Error('closed under it'));
    expect(await daily.first).toBeNull();
    const after = o.calls();
    await wait(30);
    expect(o.calls()).toBe(after);
    expect(o.lines).toEqual([]);
  });
});
