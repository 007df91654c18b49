// Rotation on real files never deletes the last good copies: a damaged backup never takes a good one's
// place, a same-day backup of an emptied journal keeps the good one before it, and the 3 newest good
// copies stay whatever their dates. Copies cut short are gone after the next open.
import {
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupTo } from '../../../src-main/core/backup/liveCopy';
import { createBackupJudge } from '../../../src-main/core/backup/backupChecks';
import { archiveName, backupDir, backupName } from '../../../src-main/core/backup/backupFiles';
import { openBackupCopy } from './backupCopies';
import { removeInterruptedCopies } from '../../../src-main/core/backup/backupLeftovers';
import { openStore } from '../../../src-main/core/host/store';
import { body, closeStore, fakeClock, tempDir, testStore } from '../helpers';
import { closeHost, PASS, testHost } from '../lock/hostHelpers';

const DAY = 86_400_000;

function titles(file: string): string[] {
  const db = openBackupCopy(file);
  try {
    return (
      db.prepare('SELECT title FROM entries WHERE deleted_at IS NULL ORDER BY title').all() as {
        title: string;
      }[]
    ).map((r) => r.title);
  } finally {
    db.close();
  }
}

/** A file with a backup's name and SQLite's magic, but nothing a check would pass. */
function plantDamaged(dbPath: string, time: number): string {
  const name = archiveName(time);
  writeFileSync(
    join(backupDir(dbPath), name),
    Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(8192, 7)]),
  );
  return name;
}

describe('rotation keeps the last good copies', () => {
  it('a damaged backup newer than the good ones of its day never pushes them out', async () => {
    const t = testStore();
    await t.store.autoBackup;
    const good: string[] = [];
    for (let day = 0; day < 3; day++) {
      await t.call('journal.create', { kind: 'lesson', title: `Day ${day}`, body: body('kept') });
      good.push((await t.call('backup.now', {})).name);
      // Later the same day, a copy that rots: the newest of its day.
      plantDamaged(t.store.dbPath, t.clock.now() + 3_600_000);
      t.clock.advance(DAY);
    }
    // The journal is emptied; the next backup copies nothing.
    for (const e of await t.call('journal.list', {})) await t.call('journal.trash', { id: e.id });
    await t.call('backup.now', {});
    const left = readdirSync(backupDir(t.store.dbPath));
    for (const name of good) expect(left).toContain(name);
    expect(titles(join(backupDir(t.store.dbPath), good[2] ?? ''))).toEqual([
      'Day 0',
      'Day 1',
      'Day 2',
    ]);
  });

  it('same-day backups of an emptied journal keep the good one taken before them', async () => {
    const dataDir = tempDir();
    const clock = fakeClock();
    const first = testStore(dataDir, clock);
    await first.store.autoBackup;
    await first.call('journal.create', {
      kind: 'accomplishment',
      title: 'Shipped the portal',
      body: body('launched'),
    });
    const good = await first.call('backup.now', {});
    closeStore(first);
    // The journal file is lost; a new, empty journal opens in its place on the same day.
    for (const suffix of ['', '-wal', '-shm'])
      rmSync(join(dataDir, `ladder.db${suffix}`), { force: true });
    clock.advance(3_600_000);
    const second = testStore(dataDir, clock);
    expect(await second.store.autoBackup).toBeNull();
    await second.call('backup.now', {});
    await second.call('backup.now', {});
    const names = (await second.call('backup.list', {})).map((b) => b.name);
    expect(names).toContain(good.name);
    expect(titles(join(dataDir, 'backups', good.name))).toEqual(['Shipped the portal']);
  });

  it('keeps the 3 newest good copies whatever their dates, and the date rule among the rest', async () => {
    const t = testStore();
    await t.store.autoBackup;
    const made: string[] = [];
    for (let i = 0; i < 6; i++) made.push((await t.call('backup.now', {})).name);
    // All on one day: the date rule alone keeps one.
    expect((await t.call('backup.list', {})).map((b) => b.name)).toEqual([
      made[5],
      made[4],
      made[3],
    ]);
    // A damaged copy is not counted among the good ones.
    const damaged = plantDamaged(t.store.dbPath, t.clock.now() + 60_000);
    t.clock.advance(120_000);
    const next = (await t.call('backup.now', {})).name;
    const names = (await t.call('backup.list', {})).map((b) => b.name);
    expect(names).not.toContain(damaged);
    expect(names).toEqual([next, made[5], made[4]]);
  });
});

describe('the check of each backup', () => {
  it("runs off the app's thread, with the journal's key, once per copy", async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Checked', body: body('words') });
    const good = join(backupDir(t.store.dbPath), (await t.call('backup.now', {})).name);
    const damaged = join(
      backupDir(t.store.dbPath),
      plantDamaged(t.store.dbPath, t.clock.now() - DAY),
    );
    /** Whether the event loop turned (other requests could be answered) while the check ran. */
    const turns = async (check: Promise<boolean>): Promise<{ good: boolean; turned: boolean }> => {
      let turned = false;
      setImmediate(() => (turned = true));
      const answer = await check;
      return { good: answer, turned };
    };
    const plain = createBackupJudge(() => null);
    expect(await turns(plain.isGood(good))).toEqual({ good: true, turned: true });
    expect(await turns(plain.isGood(damaged))).toEqual({ good: false, turned: true });
    // Known already: no second check.
    expect(await turns(plain.isGood(good))).toEqual({ good: true, turned: false });
    // Under a passphrase, a plain copy is not one the journal's key opens.
    expect(await createBackupJudge(() => Buffer.from('a passphrase')).isGood(good)).toBe(false);
  });

  it('checks a copy again once it changed, even at the same size or the same time', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Checked', body: body('words') });
    const dir = backupDir(t.store.dbPath);
    const judge = createBackupJudge(() => null);
    // The same size, a later time: one byte changed in the middle.
    const changed = join(dir, (await t.call('backup.now', {})).name);
    expect(await judge.isGood(changed)).toBe(true);
    const bytes = readFileSync(changed);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
    writeFileSync(changed, bytes);
    utimesSync(changed, new Date(), new Date(Date.now() + 60_000));
    expect(await judge.isGood(changed)).toBe(false);
    // A copy cut short and given back its old time, as a restore from elsewhere might.
    t.clock.advance(DAY);
    const cut = join(dir, (await t.call('backup.now', {})).name);
    // A whole second, so the time given back is exactly the one the check saw.
    const second = Math.floor(Date.now() / 1000) - 3600;
    utimesSync(cut, second, second);
    expect(await judge.isGood(cut)).toBe(true);
    writeFileSync(cut, readFileSync(cut).subarray(0, 200));
    utimesSync(cut, second, second);
    expect(statSync(cut).mtimeMs).toBe(second * 1000);
    expect(await judge.isGood(cut)).toBe(false);
    // Gone: not good.
    rmSync(cut);
    expect(await judge.isGood(cut)).toBe(false);
  });
});

describe('copies cut short', () => {
  it('are gone after the next open, in backups/ and beside the journal; other files stay', async () => {
    const dataDir = tempDir();
    const first = testStore(dataDir);
    await first.store.autoBackup;
    closeStore(first);
    const dir = join(dataDir, 'backups');
    const left = [
      join(dir, 'ladder-2026-11-20T10-00-00-000Z.db.partial'),
      join(dir, 'ladder-2026-11-20T10-00-00-000Z.db.partial-journal'),
      join(dataDir, 'ladder.db.partial'),
      join(dataDir, 'ladder.protection.json.partial'),
    ];
    for (const file of left) writeFileSync(file, 'half');
    const notOurs = join(dataDir, 'notes.partial');
    writeFileSync(notOurs, 'someone else');
    const store = openStore({
      dataDir,
      mode: 'browser',
      version: 't',
      autoBackup: false,
      log: () => {},
    });
    store.close();
    for (const file of left) expect(existsSync(file), file).toBe(false);
    expect(existsSync(notOurs)).toBe(true);
  });

  it('are gone after the next start of a protected journal, while it waits for its passphrase', async () => {
    const dataDir = tempDir();
    const first = testHost(dataDir);
    await first.call('backup.now', {});
    await first.call('lock.protect', { passphrase: PASS });
    closeHost(first);
    const left = [
      join(dataDir, 'backups', 'ladder-2026-11-20T10-00-00-000Z.db.partial'),
      join(dataDir, 'ladder.protection.json.partial'),
    ];
    for (const file of left) writeFileSync(file, 'half');
    const again = testHost(dataDir);
    expect((await again.call('app.state', {})).state).toBe('locked');
    for (const file of left) expect(existsSync(file), file).toBe(false);
  });

  it('are left alone by a second start that another Ladder on the folder refuses: they may be its backup under way', async () => {
    const dataDir = tempDir();
    const first = testHost(dataDir);
    await first.call('backup.now', {});
    const underWay = join(dataDir, 'backups', 'ladder-2026-11-21T10-00-01-000Z.db.partial');
    writeFileSync(underWay, 'being written by the first');
    expect(() => testHost(dataDir)).toThrow(/Another Ladder is using this folder/);
    expect(existsSync(underWay)).toBe(true);
  });

  it('leave alone the copy a backup of this process is still writing', async () => {
    const t = testStore();
    await t.store.autoBackup;
    const insert = t.store.db.prepare(
      "INSERT INTO entries (id, kind, title, date, body, text, created_at, updated_at) VALUES (?, 'lesson', ?, '2026-11-21', '', ?, 0, 0)",
    );
    t.store.db.transaction(() => {
      for (let i = 0; i < 12_000; i++) insert.run(`seed-${i}`, `seed ${i}`, 'x'.repeat(800));
    })();
    const destination = join(backupDir(t.store.dbPath), backupName(t.clock.now() + 1000));
    const copy = backupTo(t.store.db, destination);
    // Between two steps of the copy (SQLite writes it under a journal), as an open of the journal
    // elsewhere in this process would come.
    while (!existsSync(`${destination}.partial-journal`))
      await new Promise((resolve) => setImmediate(resolve));
    removeInterruptedCopies(t.store.dbPath);
    await copy;
    expect(titles(destination)).toHaveLength(12_000);
  });
});
