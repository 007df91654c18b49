// The start gate on real files: encrypted backups, a damaged file at start, and a crash mid-protect.
import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../../src-main/core/backup/backupFiles';
import { hasPlainHeader } from '../../../src-main/core/db/fileHeader';
import { reencryptFile, type ReencryptStep } from '../../../src-main/core/lock/reencrypt';
import { body, expectCode, fakeClock, tempDir } from '../helpers';
import { denyWrites } from './denyWrites';
import { closeHost, fileHolds, PASS, SECRET, testHost } from './hostHelpers';

describe('backups of a protected journal', () => {
  it('are encrypted with the same passphrase and restore', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Kept',
      body: body(SECRET),
    });
    const plainBackup = await t.call('backup.now', {});
    await t.call('lock.protect', { passphrase: PASS });
    // A backup taken before protecting is encrypted along with the journal.
    expect(fileHolds(join(backupDir(t.host.dbPath), plainBackup.name), SECRET)).toBe(false);
    t.clock.advance(60_000);
    const info = await t.call('backup.now', {});
    const file = join(backupDir(t.host.dbPath), info.name);
    expect(fileHolds(file, SECRET)).toBe(false);
    await t.call('journal.trash', { id: entry.id });
    await t.call('backup.restore', { name: info.name });
    closeHost(t);
    const again = testHost(t.dataDir);
    await again.call('lock.unlock', { passphrase: PASS });
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Kept');
  });
});

describe('a damaged journal at start', () => {
  it('is moved aside untouched, and the newest good backup restores', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', { kind: 'praise', title: 'In the backup' });
    await t.call('backup.now', {});
    closeHost(t);
    const junk = Buffer.alloc(8192, 0x5a);
    writeFileSync(t.host.dbPath, junk);

    const again = testHost(t.dataDir);
    const state = await again.call('app.state', {});
    expect(state.state).toBe('damaged');
    expect(state.damaged?.newestBackup?.name).toMatch(/^ladder-/);
    const kept = join(t.dataDir, state.damaged?.keptAs ?? 'missing');
    expect(readFileSync(kept).equals(junk)).toBe(true);
    await expectCode(again.call('journal.list', {}), 'locked');

    expect((await again.call('app.restoreNewestBackup', {})).state).toBe('open');
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('In the backup');
    expect(readFileSync(kept).equals(junk)).toBe(true);
  });

  it('found damaged by the check after open (a large file): moved aside whole, the backup offered, writes refused', async () => {
    const t = testHost();
    for (let i = 0; i < 200; i++)
      await t.call('journal.create', {
        kind: 'lesson',
        title: `Lesson ${i}`,
        body: body('x'.repeat(2000)),
      });
    await t.call('backup.now', {});
    closeHost(t);
    // Scribble over pages in the middle, keeping the header: only the full check can find it.
    const fd = openSync(t.host.dbPath, 'r+');
    const size = statSync(t.host.dbPath).size;
    writeSync(fd, Buffer.alloc(16 * 4096, 0x5a), 0, 16 * 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const before = readFileSync(t.host.dbPath);

    // Every file counts as large here, so it opens first and is checked in the worker.
    const again = testHost(t.dataDir, t.clock, { quickCheckMaxBytes: 0, integrityCheckDelayMs: 0 });
    expect((await again.call('app.state', {})).state).toBe('open');
    await again.host.store()?.integrity;
    const state = await again.call('app.state', {});
    expect(state.state).toBe('damaged');
    expect(state.damaged?.newestBackup?.name).toMatch(/^ladder-/);
    expect(readFileSync(join(t.dataDir, state.damaged?.keptAs ?? 'missing')).equals(before)).toBe(
      true,
    );
    expect(existsSync(t.host.dbPath)).toBe(false);
    await expectCode(
      again.call('journal.create', { kind: 'lesson', title: 'Must not land' }),
      'locked',
    );
    expect((await again.call('app.restoreNewestBackup', {})).state).toBe('open');
    expect((await again.call('journal.list', {})).length).toBe(200);
  });

  it('names a newer backup it passes over because it needs another passphrase, and offers the older sound one', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', { kind: 'praise', title: 'In the plain backup' });
    const plain = await t.call('backup.now', {});
    // A backup copied back in from another journal, protected and a day newer.
    const other = testHost(undefined, fakeClock(t.clock.now() + 86_400_000));
    await other.call('journal.create', { kind: 'lesson', title: 'Elsewhere' });
    await other.call('lock.protect', { passphrase: PASS });
    const foreign = await other.call('backup.now', {});
    copyFileSync(
      join(backupDir(other.host.dbPath), foreign.name),
      join(backupDir(t.host.dbPath), foreign.name),
    );
    closeHost(t);
    writeFileSync(t.host.dbPath, Buffer.alloc(8192, 0x5a));

    const again = testHost(t.dataDir);
    const state = await again.call('app.state', {});
    expect(state.damaged?.newestBackup?.name).toBe(plain.name);
    expect(state.damaged?.passedOver).toEqual([
      expect.stringMatching(
        /cannot be read without a passphrase.*protect the journal with that same passphrase/,
      ),
    ]);
    expect((await again.call('app.restoreNewestBackup', {})).state).toBe('open');
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('In the plain backup');
  });

  it('passes over a damaged backup to the older sound one, saying it may be damaged', async () => {
    const t = testHost();
    await t.call('journal.create', { kind: 'praise', title: 'Kept' });
    const older = await t.call('backup.now', {});
    t.clock.advance(2 * 86_400_000); // a later day's backup: rotation keeps both
    const newer = await t.call('backup.now', {});
    closeHost(t);
    writeFileSync(join(backupDir(t.host.dbPath), newer.name), Buffer.alloc(8192, 0x21));
    writeFileSync(t.host.dbPath, Buffer.alloc(8192, 0x5a));
    const state = await testHost(t.dataDir).call('app.state', {});
    // Without a key, an unreadable file may be encrypted or damaged: the text says both.
    expect(state.damaged?.newestBackup?.name).toBe(older.name);
    expect(state.damaged?.passedOver).toEqual([expect.stringContaining('or it is damaged')]);
  });

  it('can start with an empty journal, keeping the damaged file aside', async () => {
    const t = testHost();
    await t.call('journal.create', { kind: 'praise', title: 'Lost' });
    closeHost(t);
    const junk = Buffer.alloc(4096, 0x33);
    writeFileSync(t.host.dbPath, junk);
    const again = testHost(t.dataDir);
    const state = await again.call('app.state', {});
    expect(state).toMatchObject({ state: 'damaged', damaged: { newestBackup: null } });
    await expectCode(again.call('app.restoreNewestBackup', {}), 'not-found');
    expect((await again.call('app.startEmpty', {})).state).toBe('open');
    expect(await again.call('journal.list', {})).toEqual([]);
    expect(readFileSync(join(t.dataDir, state.damaged?.keptAs ?? 'missing')).equals(junk)).toBe(
      true,
    );
  });

  it('an encrypted file needs its protection record: unreadable still means locked, missing means damaged', async () => {
    const t = testHost();
    await t.call('journal.create', { kind: 'praise', title: 'x', body: body(SECRET) });
    await t.call('lock.protect', { passphrase: PASS });
    closeHost(t);
    const encrypted = readFileSync(t.host.dbPath);
    const record = join(t.dataDir, 'ladder.protection.json');
    writeFileSync(record, '');
    const first = testHost(t.dataDir);
    expect((await first.call('app.state', {})).state).toBe('locked');
    closeHost(first);
    rmSync(record);
    const state = await testHost(t.dataDir).call('app.state', {});
    expect(state.state).toBe('damaged');
    expect(
      readFileSync(join(t.dataDir, state.damaged?.keptAs ?? 'missing')).equals(encrypted),
    ).toBe(true);
  });
});

describe('a crash in the middle of protecting', () => {
  const steps: ReencryptStep[] = ['copied', 'rekeyed', 'swapped'];
  it.each(steps.map((s) => [s]))(
    'after "%s" the journal opens, plain or with the passphrase, with every entry',
    async (step) => {
      const t = testHost(undefined, undefined, {
        afterReencryptStep: (s) => {
          if (s === step) throw new Error('crash');
        },
      });
      const entry = await t.call('journal.create', {
        kind: 'praise',
        title: 'Survives',
        body: body(SECRET),
      });
      await t.call('lock.protect', { passphrase: PASS }).catch(() => undefined);
      // The crash: the process is gone, only the files remain.
      closeHost(t);
      const again = testHost(t.dataDir);
      const state = await again.call('app.state', {});
      if (state.state === 'locked') await again.call('lock.unlock', { passphrase: PASS });
      else expect(state).toMatchObject({ state: 'open', protected: false });
      expect((await again.call('journal.get', { id: entry.id })).title).toBe('Survives');
      expect(readdirSync(t.dataDir).some((n) => n.endsWith('.rekeying'))).toBe(false);
      expect(existsSync(t.host.dbPath)).toBe(true);
    },
  );
});

/**
 * What a crash in the middle of a rekey leaves beside `file`: its copy part-written and the copy's
 * rollback journal, hot (made by a transaction on a copy whose pages spill to disk, caught as it stands).
 */
function leaveHalfRekey(file: string, change: string): void {
  const scratch = join(tempDir(), 'scratch.db');
  copyFileSync(file, scratch);
  const db = new Database(scratch);
  try {
    db.pragma('journal_mode = DELETE');
    db.pragma('cache_size = 1');
    db.exec('BEGIN');
    db.exec(change);
    copyFileSync(scratch, `${file}.rekeying`);
    copyFileSync(`${scratch}-journal`, `${file}.rekeying-journal`);
    db.exec('ROLLBACK');
  } finally {
    db.close();
  }
}

describe('a re-encryption cut short by a real crash (no clean-up ran)', () => {
  it('its half-made copy is removed at the next start and the journal opens whole', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Whole',
      body: body(SECRET),
    });
    await t.call('lock.protect', { passphrase: PASS });
    closeHost(t);
    const before = readFileSync(t.host.dbPath);
    writeFileSync(`${t.host.dbPath}.rekeying`, Buffer.alloc(8192, 7));

    const again = testHost(t.dataDir);
    expect(existsSync(`${t.host.dbPath}.rekeying`)).toBe(false);
    expect(readFileSync(t.host.dbPath).equals(before)).toBe(true);
    await again.call('lock.unlock', { passphrase: PASS });
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Whole');
  });

  it('cut off in the middle of its rekey: the copy and its rollback journal go at the next start, and protecting keeps every entry', async () => {
    const t = testHost();
    for (let i = 0; i < 30; i++)
      await t.call('journal.create', {
        kind: 'lesson',
        title: `Early ${i}`,
        body: body('x'.repeat(3000)),
      });
    closeHost(t);
    leaveHalfRekey(t.host.dbPath, "UPDATE entries SET title = title || ' changed'");

    const again = testHost(t.dataDir);
    expect(readdirSync(t.dataDir).filter((n) => n.includes('.rekeying'))).toEqual([]);
    for (let i = 0; i < 30; i++)
      await again.call('journal.create', {
        kind: 'lesson',
        title: `Later ${i}`,
        body: body('y'.repeat(3000)),
      });
    expect((await again.call('lock.protect', { passphrase: PASS })).protected).toBe(true);
    closeHost(again);
    const third = testHost(t.dataDir);
    await third.call('lock.unlock', { passphrase: PASS });
    expect((await third.call('journal.list', {})).length).toBe(60);
    expect(third.host.store()?.db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('a rollback journal left beside its copy is never played back onto the next copy, which comes from a newer file', () => {
    const file = join(tempDir(), 'ladder.db');
    const db = new Database(file);
    db.exec('CREATE TABLE t (x TEXT)');
    const insert = db.prepare('INSERT INTO t VALUES (?)');
    // One transaction each: 200 commits of their own are 200 syncs to disk (20 s on a busy machine).
    db.transaction(() => {
      for (let i = 0; i < 200; i++) insert.run(`early ${i} ${'x'.repeat(500)}`);
    })();
    db.close();
    leaveHalfRekey(file, 'DELETE FROM t');
    const later = new Database(file);
    const insertLater = later.prepare('INSERT INTO t VALUES (?)');
    later.transaction(() => {
      for (let i = 0; i < 200; i++) insertLater.run(`later ${i}`);
    })();
    later.close();

    reencryptFile(file, null, Buffer.from(PASS));
    const reopened = new Database(file, { readonly: true });
    try {
      reopened.pragma("cipher = 'aegis'");
      reopened.key(Buffer.from(PASS));
      expect(reopened.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(reopened.prepare('SELECT count(*) FROM t').pluck().get()).toBe(400);
    } finally {
      reopened.close();
    }
    expect(readdirSync(dirname(file)).filter((n) => n.includes('.rekeying'))).toEqual([]);
  });

  it('is never started over a write-ahead log still holding writes: they would be lost', () => {
    const file = join(tempDir(), 'ladder.db');
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('only in the log')");
      const wal = readFileSync(`${file}-wal`);
      expect(wal.length).toBeGreaterThan(0);
      expect(() => reencryptFile(file, null, Buffer.from(PASS))).toThrow(/write-ahead log/);
      expect(readFileSync(`${file}-wal`).equals(wal)).toBe(true);
      expect(existsSync(`${file}.rekeying`)).toBe(false);
      expect(db.prepare('SELECT x FROM t').pluck().all()).toEqual(['only in the log']);
    } finally {
      db.close();
    }
  });

  it('a copy that cannot even be made (the folder refuses writes) throws the real cause and leaves the file as it was', () => {
    const dir = tempDir();
    const file = join(dir, 'ladder.db');
    const db = new Database(file);
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept')");
    db.close();
    const before = readFileSync(file);
    const undo = denyWrites(dir);
    try {
      let thrown: unknown;
      try {
        reencryptFile(file, null, Buffer.from(PASS));
      } catch (error) {
        thrown = error;
      }
      // The cause, not a complaint about the copy that never came to be: it decides what the person is told.
      expect((thrown as NodeJS.ErrnoException | undefined)?.code).toMatch(/^(EPERM|EACCES)$/);
    } finally {
      undo();
    }
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir)).toEqual(['ladder.db']);
  });
});

describe.runIf(existsSync('/proc/self/fd'))('re-encrypting a file', () => {
  /** What this process holds open in the folder (Linux names each open file under /proc/self/fd). */
  function openIn(dir: string): string[] {
    const held: string[] = [];
    for (const fd of readdirSync('/proc/self/fd')) {
      try {
        const target = readlinkSync(`/proc/self/fd/${fd}`);
        if (target === dir || target.startsWith(`${dir}/`)) held.push(target);
      } catch {
        // Closed meanwhile (the listing's own handle).
      }
    }
    return held;
  }

  it('leaves nothing of it open: neither the file nor its folder (a handle per change would pile up)', () => {
    const dir = tempDir();
    const file = join(dir, 'ladder.db');
    const db = new Database(file);
    db.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('kept')");
    db.close();
    expect(openIn(dir)).toEqual([]);
    reencryptFile(file, null, Buffer.from(PASS));
    reencryptFile(file, Buffer.from(PASS), null);
    expect(openIn(dir)).toEqual([]);
    expect(hasPlainHeader(file)).toBe(true);
  });
});
