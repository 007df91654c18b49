// Writing a backup, on real files: every file a backup writes on the way (the copy, the copy without
// the index, the archive under its .partial name), even for a moment, is private (0600), as the
// finished backup is; and a protected journal damaged on disk gives no backup and says its check
// failed; one whose file is gone from its folder is not called damaged; an archive that does not read
// back as it was written (a faulty disk) is never named a backup.
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  watch,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../../src-main/core/backup/backupFiles';
import { FAILED_CHECK, writeBackup } from '../../../src-main/core/backup/backupWrite';
import { openStore } from '../../../src-main/core/host/store';
import { body, fakeClock, tempDir, testStore } from '../helpers';

describe('the files a backup writes on the way', () => {
  it.skipIf(process.platform === 'win32')('are all 0600 from the moment they appear', async () => {
    const t = testStore();
    await t.store.autoBackup;
    for (let i = 0; i < 200; i++)
      await t.call('journal.create', {
        kind: 'lesson',
        title: `Lesson ${i}`,
        body: body('word '.repeat(200)),
      });
    const dir = backupDir(t.store.dbPath);
    const before = new Set(readdirSync(dir));
    const modes = new Map<string, Set<number>>();
    let done = false;
    const made = t.call('backup.now', {}).finally(() => (done = true));
    while (!done) {
      for (const name of readdirSync(dir)) {
        if (before.has(name)) continue;
        let mode: number;
        try {
          mode = statSync(join(dir, name)).mode & 0o777;
        } catch {
          continue; // gone between the listing and the look
        }
        if (!modes.has(name)) modes.set(name, new Set());
        modes.get(name)?.add(mode);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const name = (await made).name;
    const seen = [...modes.keys()];
    // The pieces were seen, not only the finished backup.
    expect(seen.some((n) => n.endsWith('.lean.partial'))).toBe(true);
    expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    for (const [file, set] of modes) expect([file, [...set]]).toEqual([file, [0o600]]);
  });
});

describe('a backup of a protected journal damaged on disk', () => {
  it('is refused as a failed check (not an unknown failure), and leaves nothing in backups/', async () => {
    const clock = fakeClock();
    const store = openStore({
      dataDir: tempDir(),
      mode: 'browser',
      version: 't',
      now: clock.now,
      log: () => {},
      key: Buffer.from('backup writer passphrase'),
    });
    try {
      await store.autoBackup;
      for (let i = 0; i < 40; i++) {
        const made = await store.handle('journal.create', {
          kind: 'lesson',
          title: `Lesson ${i}`,
          body: body('word '.repeat(100)),
        });
        expect(made.ok).toBe(true);
      }
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      const dir = backupDir(store.dbPath);
      const before = readdirSync(dir).sort();
      // Every page but the first written over: they no longer decrypt.
      const bytes = readFileSync(store.dbPath);
      bytes.fill(7, 4096);
      writeFileSync(store.dbPath, bytes);
      clock.advance(1000);
      const out = await store.handle('backup.now', {});
      expect(out.ok ? null : out.error).toEqual({ code: 'storage-error', message: FAILED_CHECK });
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      store.close();
    }
  });
});

describe('a protected journal whose file is gone from its folder (moved away while open)', () => {
  it.each([
    ['compressed (the backup service)', null],
    // Its size reads as 0 once gone: only a limit below that takes the full-copy path.
    ['over the in-memory limit (a full copy)', -1],
  ])('%s: no backup, and it is not called damaged', async (_, limit) => {
    const clock = fakeClock();
    const store = openStore({
      dataDir: tempDir(),
      mode: 'browser',
      version: 't',
      now: clock.now,
      log: () => {},
      key: Buffer.from('backup writer passphrase'),
    });
    try {
      await store.autoBackup;
      expect((await store.handle('journal.create', { kind: 'lesson', title: 'Kept' })).ok).toBe(
        true,
      );
      const dir = backupDir(store.dbPath);
      const before = readdirSync(dir).sort();
      const away = join(tempDir(), 'moved');
      for (const end of ['', '-wal', '-shm'])
        if (existsSync(store.dbPath + end)) renameSync(store.dbPath + end, away + end);
      clock.advance(1000);
      if (limit === null) {
        const out = await store.handle('backup.now', {});
        expect(out.ok ? null : out.error).toEqual({
          code: 'storage-error',
          message: 'Ladder could not write a backup. Your journal was not changed.',
        });
      } else {
        let thrown: unknown = null;
        await writeBackup(store.db, dir, clock.now(), limit).catch((error: unknown) => {
          thrown = error;
        });
        expect(thrown).toBeInstanceOf(Error);
        expect((thrown as Error).message).not.toBe(FAILED_CHECK);
      }
      expect(readdirSync(dir).sort()).toEqual(before);
    } finally {
      store.close();
    }
  });
});

describe('an archive that does not read back as it was written (a faulty disk)', () => {
  it('is refused as a failed check and removed; the backups before it are kept', async () => {
    const t = testStore();
    await t.store.autoBackup;
    for (let i = 0; i < 100; i++)
      await t.call('journal.create', {
        kind: 'lesson',
        title: `Lesson ${i}`,
        body: body(`words ${i} `.repeat(100)),
      });
    const dir = backupDir(t.store.dbPath);
    const before = readdirSync(dir).sort();
    let damaged = 0;
    // Bytes already written are changed while the archive is written, before it is read back.
    const watcher = watch(dir, (_, name) => {
      // Once: the write below is itself a change.
      if (damaged > 0 || !name?.endsWith('.db.gz.partial')) return;
      const file = join(dir, name);
      if (!existsSync(file) || statSync(file).size < 2048) return;
      const fd = openSync(file, 'r+');
      try {
        writeSync(fd, Buffer.alloc(256, 0xff), 0, 256, 1024);
        damaged++;
      } finally {
        closeSync(fd);
      }
    });
    try {
      t.clock.advance(1000);
      const out = await t.store.handle('backup.now', {});
      expect(out.ok ? null : out.error).toEqual({ code: 'storage-error', message: FAILED_CHECK });
    } finally {
      watcher.close();
    }
    expect(damaged).toBeGreaterThan(0);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
