// Faults at start on real files: a full disk, a file or folder Ladder may not write, a folder where
// the journal should be, and a missing or empty journal beside its backups. None of them may move,
// rename or write the journal file, and none may open a silent empty journal in its place.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../../src-main/core/backup/backupFiles';
import { body, expectCode, tempDir } from '../helpers';
import { closeHost, PASS, testHost, type TestHost } from './hostHelpers';
import { denyWrites } from './denyWrites';
import { mountSmallDisk, type SmallDisk } from './smallDisk';

function hashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

function movedAside(dataDir: string): string[] {
  return readdirSync(dataDir).filter((name) => name.startsWith('ladder.damaged-'));
}

/** A journal with one entry and (optionally) a backup, closed cleanly so the file alone holds it. */
async function journalWithEntry(
  dataDir?: string,
  backup = true,
): Promise<{ t: TestHost; id: string }> {
  const t = testHost(dataDir);
  const entry = await t.call('journal.create', {
    kind: 'praise',
    title: 'Kept through it all',
    body: body('the words that matter'),
  });
  if (backup) await t.call('backup.now', {});
  closeHost(t);
  return { t, id: entry.id };
}

/** A real 8 MiB disk holding a copy of `dbPath` (and its protection record, if any); null where mounting is not allowed. */
function journalOnSmallDisk(
  dbPath: string,
): { disk: SmallDisk; dataDir: string; dbPath: string } | null {
  const disk = mountSmallDisk(8 << 20);
  if (!disk) return null;
  const dataDir = join(disk.dir, 'data');
  mkdirSync(dataDir);
  copyFileSync(dbPath, join(dataDir, 'ladder.db'));
  const record = join(dirname(dbPath), 'ladder.protection.json');
  if (existsSync(record)) copyFileSync(record, join(dataDir, 'ladder.protection.json'));
  return { disk, dataDir, dbPath: join(dataDir, 'ladder.db') };
}

// Needs root with CAP_SYS_ADMIN to mount a tmpfs (the CI machine has it); skipped, and said so, elsewhere.
const canMount = (() => {
  const probe = mountSmallDisk(64 << 10);
  probe?.unmount();
  return probe !== null;
})();

describe.skipIf(!canMount)('a full disk at start (a real, full tmpfs)', () => {
  it('is not damage: the file stays as it is, the reason is given, and Try again opens it once there is room', async () => {
    const { t, id } = await journalWithEntry();
    const small = journalOnSmallDisk(t.host.dbPath);
    if (!small) throw new Error('the disk could not be mounted');
    const { disk, dataDir, dbPath } = small;
    try {
      const before = hashOf(dbPath);
      disk.fill();

      const again = testHost(dataDir);
      const state = await again.call('app.state', {});
      expect(state.state).toBe('unavailable');
      expect(state.unavailable?.code).toMatch(/^(ENOSPC|SQLITE_FULL|SQLITE_IOERR)/);
      expect(state.unavailable?.reason).toMatch(/disk is full/i);
      expect(state.damaged).toBeUndefined();
      await expectCode(again.call('journal.list', {}), 'locked');
      // Still full: trying again changes nothing.
      expect((await again.call('app.retryOpen', {})).state).toBe('unavailable');
      expect(hashOf(dbPath)).toBe(before);
      expect(movedAside(dataDir)).toEqual([]);

      disk.free();
      expect((await again.call('app.retryOpen', {})).state).toBe('open');
      expect((await again.call('journal.get', { id })).title).toBe('Kept through it all');
      // Try again took the folder's lock too: a second copy is still refused.
      expect(() => testHost(dataDir)).toThrow(/Another Ladder is using this folder/);
      closeHost(again);
    } finally {
      disk.unmount();
    }
  });

  it('a protected journal: the disk fills while it waits locked; the right passphrase leads to the same screen, and it unlocks once there is room', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Kept under a passphrase',
    });
    await t.call('lock.protect', { passphrase: PASS });
    closeHost(t);
    const small = journalOnSmallDisk(t.host.dbPath);
    if (!small) throw new Error('the disk could not be mounted');
    const { disk, dataDir, dbPath } = small;
    try {
      const before = hashOf(dbPath);
      const again = testHost(dataDir);
      expect((await again.call('app.state', {})).state).toBe('locked');
      disk.fill();
      const state = await again.call('lock.unlock', { passphrase: PASS });
      expect(state).toMatchObject({ state: 'unavailable', protected: true });
      expect(hashOf(dbPath)).toBe(before);
      expect(movedAside(dataDir)).toEqual([]);

      disk.free();
      // The passphrase was dropped with the failed open: Try again asks for it again.
      expect((await again.call('app.retryOpen', {})).state).toBe('locked');
      expect((await again.call('lock.unlock', { passphrase: PASS })).state).toBe('open');
      expect((await again.call('journal.get', { id: entry.id })).title).toBe(
        'Kept under a passphrase',
      );
      closeHost(again);
    } finally {
      disk.unmount();
    }
  });
});

describe('a journal Ladder may not write', () => {
  it('a write-protected file: unavailable with the system code, untouched, and opens after the fix', async () => {
    const { t, id } = await journalWithEntry();
    const before = hashOf(t.host.dbPath);
    const undo = denyWrites(t.host.dbPath);
    let again: TestHost;
    try {
      again = testHost(t.dataDir);
      const state = await again.call('app.state', {});
      expect(state.state).toBe('unavailable');
      expect(state.unavailable?.code).toMatch(/^(EPERM|EACCES)$/);
      expect(state.unavailable?.reason).toMatch(/not allowed to read and write/);
      expect(state.unavailable?.path).toBe(t.host.dbPath);
      expect(hashOf(t.host.dbPath)).toBe(before);
      expect(movedAside(t.dataDir)).toEqual([]);
    } finally {
      undo();
    }
    expect((await again.call('app.retryOpen', {})).state).toBe('open');
    expect((await again.call('journal.get', { id })).title).toBe('Kept through it all');
  });

  it('a write-protected folder (no room for the write-ahead log): unavailable, untouched', async () => {
    const { t, id } = await journalWithEntry(undefined, false);
    const before = hashOf(t.host.dbPath);
    const names = readdirSync(t.dataDir);
    const undo = denyWrites(t.dataDir);
    let again: TestHost;
    try {
      again = testHost(t.dataDir);
      const state = await again.call('app.state', {});
      expect(state.state).toBe('unavailable');
      expect(state.unavailable?.code).toMatch(/^(EPERM|EACCES)$/);
      expect(hashOf(t.host.dbPath)).toBe(before);
      // Nothing new beside it either (no write-ahead log, no lock file).
      expect(readdirSync(t.dataDir)).toEqual(names);
    } finally {
      undo();
    }
    expect((await again.call('app.retryOpen', {})).state).toBe('open');
    expect((await again.call('journal.get', { id })).title).toBe('Kept through it all');
  });
});

describe('a journal another program holds', () => {
  it('busy: unavailable (SQLITE_BUSY) and untouched, not moved aside while the other program has it; opens once it lets go', async () => {
    const { t, id } = await journalWithEntry(undefined, false);
    const before = hashOf(t.host.dbPath);
    // Another program (here a second connection) holding the file with an exclusive lock.
    const other = new Database(t.host.dbPath);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    let again: TestHost;
    try {
      again = testHost(t.dataDir);
      const state = await again.call('app.state', {});
      expect(state).toMatchObject({
        state: 'unavailable',
        unavailable: { code: expect.stringMatching(/^SQLITE_BUSY/) },
      });
      expect(state.unavailable?.reason).toMatch(/Another program is holding the journal file/);
      expect(movedAside(t.dataDir)).toEqual([]);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(hashOf(t.host.dbPath)).toBe(before);
    expect((await again.call('app.retryOpen', {})).state).toBe('open');
    expect((await again.call('journal.get', { id })).title).toBe('Kept through it all');
  }, 30_000);
});

describe('something that is not a file where the journal should be', () => {
  it('a folder: unavailable (EISDIR) with a plain reason, nothing moved, and a new journal once it is gone', async () => {
    const t = testHost();
    closeHost(t);
    rmSync(t.host.dbPath);
    mkdirSync(t.host.dbPath);
    writeFileSync(join(t.host.dbPath, 'note.txt'), 'mine');
    const again = testHost(t.dataDir);
    const state = await again.call('app.state', {});
    expect(state).toMatchObject({
      state: 'unavailable',
      unavailable: { code: 'EISDIR', path: t.host.dbPath },
    });
    expect(state.unavailable?.reason).toMatch(/not a file \(for example a folder\)/);
    expect(readFileSync(join(t.host.dbPath, 'note.txt'), 'utf8')).toBe('mine');
    expect(movedAside(t.dataDir)).toEqual([]);

    rmSync(t.host.dbPath, { recursive: true });
    expect((await again.call('app.retryOpen', {})).state).toBe('open');
    expect(await again.call('journal.list', {})).toEqual([]);
  });

  it('a file where the data folder should be: unavailable (ENOTDIR), no crash, and the file left as it is', async () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'data'), 'a file of mine');
    const t = testHost(join(parent, 'data', 'inner'));
    const state = await t.call('app.state', {});
    expect(state).toMatchObject({ state: 'unavailable', unavailable: { code: 'ENOTDIR' } });
    expect(state.unavailable?.reason).toMatch(/folder is missing and could not be made/);
    expect(readFileSync(join(parent, 'data'), 'utf8')).toBe('a file of mine');
  });

  it('a named pipe: unavailable, not read (a read would hang)', async () => {
    const t = testHost();
    closeHost(t);
    rmSync(t.host.dbPath);
    execFileSync('mkfifo', [t.host.dbPath]);
    const state = await testHost(t.dataDir).call('app.state', {});
    expect(state).toMatchObject({ state: 'unavailable', unavailable: { code: 'ENOTFILE' } });
    expect(statSync(t.host.dbPath).isFIFO()).toBe(true);
  });
});

describe('a missing or empty journal beside its backups', () => {
  it('an empty file: the recovery screen, the empty file left as it is, and restore brings the entry back', async () => {
    const { t, id } = await journalWithEntry();
    truncateSync(t.host.dbPath, 0);
    const again = testHost(t.dataDir);
    const state = await again.call('app.state', {});
    expect(state).toMatchObject({ state: 'damaged', damaged: { found: 'empty', keptAs: null } });
    expect(state.damaged?.newestBackup?.name).toMatch(/^ladder-/);
    await expectCode(again.call('journal.list', {}), 'locked');
    await expectCode(again.call('backup.now', {}), 'locked');
    expect(statSync(t.host.dbPath).size).toBe(0);
    expect(movedAside(t.dataDir)).toEqual([]);

    expect((await again.call('app.restoreNewestBackup', {})).state).toBe('open');
    expect((await again.call('journal.get', { id })).title).toBe('Kept through it all');
  });

  it('a missing file: the recovery screen; an empty journal only after the explicit choice', async () => {
    const { t } = await journalWithEntry();
    rmSync(t.host.dbPath);
    const again = testHost(t.dataDir);
    expect(await again.call('app.state', {})).toMatchObject({
      state: 'damaged',
      damaged: { found: 'missing', keptAs: null },
    });
    expect(existsSync(t.host.dbPath)).toBe(false);
    closeHost(again);
    // Closing without a choice changes nothing: the next start asks again.
    const third = testHost(t.dataDir);
    expect((await third.call('app.state', {})).state).toBe('damaged');
    expect((await third.call('app.startEmpty', {})).state).toBe('open');
    expect(await third.call('journal.list', {})).toEqual([]);
  });

  it('a file moved aside as damaged and no choice made: the next start asks again instead of opening empty', async () => {
    const { t } = await journalWithEntry(undefined, false);
    writeFileSync(t.host.dbPath, Buffer.alloc(8192, 0x5a));
    const first = testHost(t.dataDir);
    expect((await first.call('app.state', {})).damaged?.found).toBe('damaged');
    closeHost(first);
    const next = testHost(t.dataDir);
    expect(await next.call('app.state', {})).toMatchObject({
      state: 'damaged',
      damaged: { found: 'missing', newestBackup: null },
    });
  });

  it('a write-ahead log left beside a missing file is set aside at restore, not replayed onto the backup', async () => {
    const t = testHost();
    const a = await t.call('journal.create', { kind: 'praise', title: 'In the backup' });
    await t.call('backup.now', {});
    await t.call('journal.create', { kind: 'praise', title: 'Only in the log' });
    const log = readFileSync(`${t.host.dbPath}-wal`);
    expect(log.length).toBeGreaterThan(0);
    closeHost(t);
    rmSync(t.host.dbPath);
    writeFileSync(`${t.host.dbPath}-wal`, log);

    const again = testHost(t.dataDir);
    expect((await again.call('app.state', {})).damaged?.found).toBe('missing');
    // Nothing moves before the choice.
    expect(readFileSync(`${t.host.dbPath}-wal`).equals(log)).toBe(true);
    expect((await again.call('app.restoreNewestBackup', {})).state).toBe('open');
    expect((await again.call('journal.list', {})).map((e) => e.id)).toEqual([a.id]);
    expect(again.host.store()?.db.pragma('quick_check', { simple: true })).toBe('ok');
    const keptLog = readdirSync(t.dataDir).find(
      (n) => n.startsWith('ladder.damaged-') && n.endsWith('.db-wal'),
    );
    expect(readFileSync(join(t.dataDir, keptLog ?? 'missing')).equals(log)).toBe(true);
  });

  it('an empty file beside a write-ahead log, even with no backup: the recovery screen, and the log kept aside at the choice', async () => {
    // SQLite deletes the log of a zero-page database when it opens one: it must not be opened.
    const t = testHost();
    await t.call('journal.create', { kind: 'praise', title: 'Only in the log' });
    const log = readFileSync(`${t.host.dbPath}-wal`);
    expect(log.length).toBeGreaterThan(0);
    closeHost(t);
    truncateSync(t.host.dbPath, 0);
    writeFileSync(`${t.host.dbPath}-wal`, log);

    const again = testHost(t.dataDir);
    expect(await again.call('app.state', {})).toMatchObject({
      state: 'damaged',
      damaged: { found: 'empty', newestBackup: null },
    });
    expect(readFileSync(`${t.host.dbPath}-wal`).equals(log)).toBe(true);
    expect((await again.call('app.startEmpty', {})).state).toBe('open');
    expect(await again.call('journal.list', {})).toEqual([]);
    const keptLog = readdirSync(t.dataDir).find(
      (n) => n.startsWith('ladder.damaged-') && n.endsWith('.db-wal'),
    );
    expect(readFileSync(join(t.dataDir, keptLog ?? 'missing')).equals(log)).toBe(true);
  });

  it('a protected journal whose file is gone: its encrypted backup is named with the way to restore it, and that way works', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', { kind: 'praise', title: 'Under a passphrase' });
    await t.call('lock.protect', { passphrase: PASS });
    const backup = await t.call('backup.now', {});
    closeHost(t);
    rmSync(t.host.dbPath);

    const again = testHost(t.dataDir);
    const state = await again.call('app.state', {});
    expect(state).toMatchObject({
      state: 'damaged',
      protected: true,
      damaged: { found: 'missing', newestBackup: null },
    });
    expect(state.damaged?.passedOver).toEqual([
      expect.stringMatching(/protect the journal with that same passphrase/),
    ]);
    expect(existsSync(join(backupDir(t.host.dbPath), backup.name))).toBe(true);

    // The way the screen describes: start empty, protect with that passphrase, restore, restart, unlock.
    expect((await again.call('app.startEmpty', {})).state).toBe('open');
    await again.call('lock.protect', { passphrase: PASS });
    await again.call('backup.restore', { name: backup.name });
    closeHost(again);
    const third = testHost(t.dataDir);
    await third.call('lock.unlock', { passphrase: PASS });
    expect((await third.call('journal.get', { id: entry.id })).title).toBe('Under a passphrase');
  });

  it('a first start on an empty folder is a new empty journal, as always', async () => {
    const t = testHost();
    expect((await t.call('app.state', {})).state).toBe('open');
    expect(await t.call('journal.list', {})).toEqual([]);
  });
});
