// The edges of backups and restores that mutation testing showed unguarded: two backups of one
// instant, a restore marker that names nothing (or is unreadable), a write-ahead log left beside the
// replaced journal, a second damaged file moved aside in the same millisecond, and the daily
// backup's refusals and failures.
import Database from 'better-sqlite3-multiple-ciphers';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, RESTORE_MARKER } from '../../../src-main/core/backup/backupFiles';
import { listBackups } from '../../../src-main/core/backup/backupService';
import { backupsToKeep, checkedBackupsToKeep } from '../../../src-main/core/backup/backupRotation';
import { moveAside } from '../../../src-main/core/backup/damagedJournal';
import { startDailyBackups } from '../../../src-main/core/backup/dailyBackups';
import { body, closeStore, fakeClock, tempDir, testStore } from '../helpers';

const FULL = 'ladder-2026-11-21T09-00-00-000Z.db';
const COMPRESSED = `${FULL}.gz`;
const NINE = Date.UTC(2026, 10, 21, 9);

describe('two backups of one instant (a full copy and a compressed one)', () => {
  it('rotation keeps the same one of them whichever order the folder lists them in', () => {
    const full = { name: FULL, time: NINE };
    const compressed = { name: COMPRESSED, time: NINE };
    for (const order of [
      [full, compressed],
      [compressed, full],
    ]) {
      expect([...backupsToKeep(order, 1, 0)]).toEqual([COMPRESSED]);
      expect([...backupsToKeep(order, 0, 1)]).toEqual([COMPRESSED]);
      const checked = order.map((b) => ({ ...b, good: true }));
      expect([...checkedBackupsToKeep(checked, 0, 0, 1)]).toEqual([COMPRESSED]);
    }
  });

  it('the list shows them newest first, the compressed one before the full copy', () => {
    const dataDir = tempDir();
    const dbPath = join(dataDir, 'ladder.db');
    expect(listBackups(dbPath), 'no backups folder yet').toEqual([]);
    mkdirSync(backupDir(dbPath));
    for (const name of [FULL, COMPRESSED, 'ladder-2026-11-20T09-00-00-000Z.db.gz'])
      writeFileSync(join(backupDir(dbPath), name), 'x');
    // Files that are not backups, though their names come close: never listed, so never restored.
    for (const name of [
      `${COMPRESSED}.partial`,
      `${FULL}.bak`,
      `old-${FULL}`,
      `restore-ready-${COMPRESSED}`,
      'ladder-2026-11-21T09-00-00-00Z.db',
      'ladder-2026-11-21 09-00-00-000Z.db',
      RESTORE_MARKER,
    ])
      writeFileSync(join(backupDir(dbPath), name), 'x');
    expect(listBackups(dbPath).map((b) => b.name)).toEqual([
      COMPRESSED,
      FULL,
      'ladder-2026-11-20T09-00-00-000Z.db.gz',
    ]);
  });
});

describe('a backup that failed its check', () => {
  it('stays while the date rule over all backups keeps it, and goes once a newer one of its day replaces it', () => {
    const good = { name: 'good', time: NINE, good: true };
    const damagedNewest = { name: 'damaged', time: NINE + 3_600_000, good: false };
    expect(checkedBackupsToKeep([good, damagedNewest])).toEqual(new Set(['good', 'damaged']));
    const damagedOlder = { name: 'damaged', time: NINE - 3_600_000, good: false };
    expect(checkedBackupsToKeep([good, damagedOlder])).toEqual(new Set(['good']));
  });
});

/** A journal with an entry written before its backup and one after; the backup is returned. */
async function journalWithBackup(dataDir: string, clock = fakeClock()) {
  const t = testStore(dataDir, clock);
  await t.store.autoBackup;
  await t.call('journal.create', { kind: 'praise', title: 'Before', body: body('one') });
  const made = await t.call('backup.now', {});
  await t.call('journal.create', { kind: 'praise', title: 'After', body: body('two') });
  return { t, made, clock };
}

const titlesOf = async (t: ReturnType<typeof testStore>) =>
  (await t.call('journal.list', {})).map((e) => e.title).sort();

describe('a restore marker that cannot be carried out', () => {
  it('names a backup deleted since: the journal opens as it was, and the marker and ready copy go', async () => {
    const dataDir = tempDir();
    const { t, made, clock } = await journalWithBackup(dataDir);
    await t.call('backup.restore', { name: made.name });
    const dir = backupDir(t.store.dbPath);
    expect(readdirSync(dir).some((n) => n.startsWith('restore-ready-'))).toBe(true);
    closeStore(t);
    rmSync(join(dir, made.name));
    const reopened = testStore(dataDir, clock);
    expect(reopened.store.restored).toBeNull();
    expect(await titlesOf(reopened)).toEqual(['After', 'Before']);
    expect(existsSync(join(dir, RESTORE_MARKER))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.startsWith('restore-ready-'))).toEqual([]);
  });

  it('is not JSON, or names no backup: the journal opens as it was and the marker goes', async () => {
    for (const marker of ['{not json', JSON.stringify({ name: 'notes.txt' }), '{}']) {
      const dataDir = tempDir();
      const { t, clock } = await journalWithBackup(dataDir);
      const dir = backupDir(t.store.dbPath);
      closeStore(t);
      writeFileSync(join(dir, RESTORE_MARKER), marker);
      const reopened = testStore(dataDir, clock);
      expect(reopened.store.restored, marker).toBeNull();
      expect(await titlesOf(reopened), marker).toEqual(['After', 'Before']);
      expect(existsSync(join(dir, RESTORE_MARKER)), marker).toBe(false);
      closeStore(reopened);
    }
  });

  it('a ready copy left without a marker (the restore was never asked in full) goes at the next start', async () => {
    const dataDir = tempDir();
    const { t, made, clock } = await journalWithBackup(dataDir);
    await t.call('backup.restore', { name: made.name });
    const dir = backupDir(t.store.dbPath);
    closeStore(t);
    rmSync(join(dir, RESTORE_MARKER));
    const reopened = testStore(dataDir, clock);
    expect(reopened.store.restored).toBeNull();
    expect(await titlesOf(reopened)).toEqual(['After', 'Before']);
    expect(readdirSync(dir).filter((n) => n.startsWith('restore-ready-'))).toEqual([]);
  });
});

describe('a restore over a journal whose write-ahead log still holds pages', () => {
  it('moves the log aside with the journal: none of its pages reach the restored file', async () => {
    const dataDir = tempDir();
    const { t, made, clock } = await journalWithBackup(dataDir);
    await t.call('backup.restore', { name: made.name });
    closeStore(t);
    // A write from another connection whose log outlives it (as after a crash): kept, put back.
    const dbPath = join(dataDir, 'ladder.db');
    const raw = new Database(dbPath);
    raw.pragma('wal_autocheckpoint = 0');
    raw
      .prepare(
        "INSERT INTO entries (id, kind, title, date, body, text, created_at, updated_at) VALUES ('late', 'lesson', 'Late', '2026-11-21', '', 'late', 0, 0)",
      )
      .run();
    const saved = join(tempDir(), 'wal');
    copyFileSync(`${dbPath}-wal`, saved);
    raw.close();
    copyFileSync(saved, `${dbPath}-wal`);

    clock.advance(60_000);
    const reopened = testStore(dataDir, clock);
    expect(reopened.store.restored).toBe(made.name);
    expect(await titlesOf(reopened)).toEqual(['Before']);
    expect(reopened.store.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const aside = readdirSync(dataDir).filter((n) => n.startsWith('ladder.db.before-restore-'));
    expect(aside.some((n) => n.endsWith('-wal'))).toBe(true);
  });
});

describe('a damaged file moved aside twice in one millisecond', () => {
  it('gets a second name: the first one moved aside is never overwritten', () => {
    const dataDir = tempDir();
    const dbPath = join(dataDir, 'ladder.db');
    writeFileSync(dbPath, 'first');
    const first = moveAside(dbPath, NINE);
    writeFileSync(dbPath, 'second');
    writeFileSync(`${dbPath}-wal`, 'its log');
    const second = moveAside(dbPath, NINE);
    expect(first).toBe('ladder.damaged-2026-11-21T09-00-00-000Z.db');
    expect(second).toBe('ladder.damaged-2026-11-21T09-00-00-000Z-2.db');
    expect(readdirSync(dataDir).sort()).toEqual([first, second, `${second}-wal`].sort());
    expect(readFileSync(join(dataDir, first), 'utf8')).toBe('first');
  });
});

describe('the daily backup', () => {
  const info = { name: COMPRESSED, takenAt: NINE, size: 1 };

  it('takes none while the journal refuses writes (found damaged), and says nothing', async () => {
    const lines: string[] = [];
    let asked = 0;
    const daily = startDailyBackups({
      enabled: true,
      refused: () => true,
      ifDue: () => {
        asked++;
        return Promise.resolve(info);
      },
      log: (line) => lines.push(line),
    });
    expect(await daily.first).toBeNull();
    daily.stop();
    expect(asked).toBe(0);
    expect(lines).toEqual([]);
  });

  it('logs a failed backup as a warning and answers null; one failing after the stop is not logged', async () => {
    const lines: string[] = [];
    const failing = startDailyBackups({
      enabled: true,
      refused: () => false,
      ifDue: () => Promise.reject(new Error('disk full')),
      log: (line) => lines.push(line),
    });
    expect(await failing.first).toBeNull();
    failing.stop();
    expect(lines).toEqual(['storage-warning: automatic backup failed']);

    let fail: (error: Error) => void = () => {};
    const stopped = startDailyBackups({
      enabled: true,
      refused: () => false,
      ifDue: () => new Promise((_, reject) => (fail = reject)),
      log: (line) => lines.push(line),
    });
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    stopped.stop();
    fail(new Error('closed under it'));
    expect(await stopped.first).toBeNull();
    expect(lines).toHaveLength(1);
  });

  it('off: asks for nothing and answers null', async () => {
    let asked = 0;
    const off = startDailyBackups({
      enabled: false,
      refused: () => false,
      ifDue: () => {
        asked++;
        return Promise.resolve(info);
      },
      log: () => {},
    });
    expect(await off.first).toBeNull();
    off.stop();
    expect(asked).toBe(0);
  });
});

describe('the daily backup asked for while Back Up Now runs', () => {
  it('joins the running one: one backup, not a second copy queued behind it', async () => {
    const t = testStore();
    await t.store.autoBackup;
    t.clock.advance(86_400_000);
    const backup = t.store.services.backup;
    const asked = backup.now();
    const daily = backup.ifDue();
    const [made, joined] = await Promise.all([asked, daily]);
    expect(joined).toEqual(made);
    expect(listBackups(t.store.dbPath).map((b) => b.name)[0]).toBe(made.name);
    expect(listBackups(t.store.dbPath)).toHaveLength(2);
  });
});

describe('a restore waiting for the next start', () => {
  it('survives a Back Up Now in between: its marker and ready copy are never listed nor rotated away', async () => {
    const dataDir = tempDir();
    const { t, made, clock } = await journalWithBackup(dataDir);
    await t.call('backup.restore', { name: made.name });
    clock.advance(60_000);
    const later = await t.call('backup.now', {});
    const listed = (await t.call('backup.list', {})).map((b) => b.name);
    expect(listed).toContain(later.name);
    expect(listed.every((name) => name.startsWith('ladder-'))).toBe(true);
    closeStore(t);
    const reopened = testStore(dataDir, clock);
    expect(reopened.store.restored).toBe(made.name);
    expect(await titlesOf(reopened)).toEqual(['Before']);
  });

  it('asked again for another backup: only the last one asked is kept ready, and it is the one restored', async () => {
    const dataDir = tempDir();
    const { t, made, clock } = await journalWithBackup(dataDir);
    clock.advance(60_000);
    const second = await t.call('backup.now', {});
    await t.call('backup.restore', { name: made.name });
    await t.call('backup.restore', { name: second.name });
    const dir = backupDir(t.store.dbPath);
    expect(readdirSync(dir).filter((n) => n.startsWith('restore-ready-'))).toEqual([
      `restore-ready-${second.name}`,
    ]);
    closeStore(t);
    const reopened = testStore(dataDir, clock);
    expect(reopened.store.restored).toBe(second.name);
    expect(await titlesOf(reopened)).toEqual(['After', 'Before']);
  });
});

describe('a backup that cannot be written', () => {
  it('says so and that the journal was not changed', async () => {
    const t = testStore();
    await t.store.autoBackup;
    const pending = t.store.handle('backup.now', {});
    closeStore(t);
    expect(await pending).toEqual({
      ok: false,
      error: {
        code: 'storage-error',
        message: 'Ladder could not write a backup. Your journal was not changed.',
      },
    });
  });
});
