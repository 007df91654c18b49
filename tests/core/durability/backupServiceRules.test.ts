// The backup service's rules on real files: backups asked for while others run are taken one after
// another, each with a name of its own; a restore names only a backup that is there; a restore waiting
// for the next start carries out only a backup's name, refuses a damaged full copy, and keeps the
// journal it replaces (with a log a crash left beside it) under a name every system accepts.
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, backupName, RESTORE_MARKER } from '../../../src-main/core/backup/backupFiles';
import { applyPendingRestore, listBackups } from '../../../src-main/core/backup/backupService';
import { backupTo } from '../../../src-main/core/backup/liveCopy';
import { body, closeStore, expectCode, fingerprint, testStore } from '../helpers';

describe('backups asked for while others run', () => {
  it('are taken one after another: three asked together give three backups with names of their own', async () => {
    const t = testStore();
    await t.store.autoBackup;
    for (let i = 0; i < 40; i++)
      await t.call('journal.create', {
        kind: 'lesson',
        title: `L${i}`,
        body: body('word '.repeat(50)),
      });
    const first = t.call('backup.now', {});
    const second = t.call('backup.now', {});
    await first;
    // Asked once the first is done, while the second still runs.
    const third = t.call('backup.now', {});
    const names = (await Promise.all([first, second, third])).map((b) => b.name);
    expect(new Set(names).size).toBe(3);
    const listed = listBackups(t.store.dbPath).map((b) => b.name);
    for (const name of names) expect(listed).toContain(name);
  });
});

describe('asking to restore', () => {
  it('a backup that is not there is refused as not found, and nothing waits for the next start', async () => {
    const t = testStore();
    await t.store.autoBackup;
    const missing = backupName(t.clock.now() - 86_400_000) + '.gz';
    const error = await expectCode(t.call('backup.restore', { name: missing }), 'not-found');
    expect(error.message).toBe('That backup does not exist.');
    expect(existsSync(join(backupDir(t.store.dbPath), RESTORE_MARKER))).toBe(false);
  });
});

describe('a restore waiting for the next start', () => {
  async function closedJournal() {
    const t = testStore();
    await t.store.autoBackup;
    await t.call('journal.create', { kind: 'lesson', title: 'Kept', body: body('kept') });
    const full = join(backupDir(t.store.dbPath), backupName(t.clock.now() + 1000));
    await backupTo(t.store.db, full);
    await t.call('journal.create', { kind: 'lesson', title: 'After', body: body('later') });
    closeStore(t);
    return {
      dbPath: t.store.dbPath,
      dataDir: t.dataDir,
      dir: backupDir(t.store.dbPath),
      full,
      now: t.clock.now() + 5000,
    };
  }
  const waitFor = (dir: string, name: string) =>
    writeFileSync(join(dir, RESTORE_MARKER), JSON.stringify({ name }));

  it('naming a file that is not a backup restores nothing, and the marker goes', async () => {
    const { dbPath, dir, full, now } = await closedJournal();
    // A copy of a real journal, under a name that is not a backup's.
    copyFileSync(full, join(dir, 'notes.db'));
    waitFor(dir, 'notes.db');
    const before = fingerprint(dbPath);
    expect(applyPendingRestore(dbPath, now)).toBeNull();
    expect(fingerprint(dbPath)).toBe(before);
    expect(existsSync(join(dir, RESTORE_MARKER))).toBe(false);
  });

  it('of a full copy damaged since it was asked for is refused; the journal stays as it was', async () => {
    const { dbPath, dataDir, dir, full, now } = await closedJournal();
    const bytes = Buffer.alloc(8192, 7);
    Buffer.from('SQLite format 3\0').copy(bytes);
    writeFileSync(full, bytes);
    waitFor(dir, full.slice(dir.length + 1));
    const before = fingerprint(dbPath);
    const files = readdirSync(dataDir).sort();
    expect(() => applyPendingRestore(dbPath, now)).toThrow(/^That backup is damaged/);
    expect(fingerprint(dbPath)).toBe(before);
    expect(readdirSync(dataDir).sort()).toEqual(files);
  });

  it('keeps the journal it replaces aside, named by the time with no colon or dot in it', async () => {
    const { dbPath, dataDir, dir, full } = await closedJournal();
    waitFor(dir, full.slice(dir.length + 1));
    const before = fingerprint(dbPath);
    expect(applyPendingRestore(dbPath, Date.UTC(2026, 10, 21, 10, 0, 5, 250))).toBe(
      full.slice(dir.length + 1),
    );
    const aside = 'ladder.db.before-restore-2026-11-21T10-00-05-250Z';
    expect(readdirSync(dataDir)).toContain(aside);
    expect(fingerprint(join(dataDir, aside))).toBe(before);
  });

  it("after a crash, moves the journal's write-ahead log aside with it: it never meets the restored file", async () => {
    const t = testStore();
    await t.store.autoBackup;
    await t.call('journal.create', { kind: 'lesson', title: 'Kept', body: body('kept') });
    const dir = backupDir(t.store.dbPath);
    const full = join(dir, backupName(t.clock.now() + 1000));
    await backupTo(t.store.db, full);
    await t.call('journal.create', { kind: 'lesson', title: 'After', body: body('later') });
    // The log as a crash leaves it: written, not yet folded into the file.
    const log = readFileSync(`${t.store.dbPath}-wal`);
    expect(log.length).toBeGreaterThan(0);
    closeStore(t);
    writeFileSync(`${t.store.dbPath}-wal`, log);
    waitFor(dir, full.slice(dir.length + 1));
    applyPendingRestore(t.store.dbPath, Date.UTC(2026, 10, 21, 10, 0, 5, 250));
    const aside = join(t.dataDir, 'ladder.db.before-restore-2026-11-21T10-00-05-250Z');
    expect(readFileSync(`${aside}-wal`).equals(log)).toBe(true);
    expect(existsSync(`${t.store.dbPath}-wal`)).toBe(false);
    const back = testStore(t.dataDir, t.clock);
    expect((await back.call('journal.list', {})).map((e) => e.title)).toEqual(['Kept']);
  });
});
