// Compressed backups on real files: what they weigh against the journal after weeks of daily
// backups, a protected journal's that stay unreadable without the passphrase and restore after it
// changed, full copies of earlier versions that still restore, and no half or damaged archive ever
// counted as a backup (cut short, a byte changed, a full disk mid-way).
import type Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  archiveKeyFits,
  isEncryptedArchive,
  readArchiveImage,
} from '../../../src-main/core/backup/backupArchive';
import { createBackupJudge } from '../../../src-main/core/backup/backupChecks';
import { archiveName, backupDir, backupName } from '../../../src-main/core/backup/backupFiles';
import { listBackups } from '../../../src-main/core/backup/backupService';
import { backupTo } from '../../../src-main/core/backup/liveCopy';
import { FolderInUseError } from '../../../src-main/core/host/singleWriterLock';
import { body, closeStore, expectCode, fingerprint, testStore } from '../helpers';
import { closeHost, fileHolds, PASS, SECRET, testHost, type TestHost } from '../lock/hostHelpers';
import { mountSmallDisk } from '../lock/smallDisk';
import { openBackupCopy } from './backupCopies';

const DAY = 86_400_000;
const NEXT = 'a later passphrase, after the backup';

/** Prose that compresses as a journal's does (not one repeated word). */
function prose(seed: number, words: number): string {
  const vocabulary =
    'team review growth feedback project deadline manager promotion skills learned shipped meeting customer design ' +
    'mentor goal quarter impact problem solved release tested plan career conversation asked answered next week';
  const list = vocabulary.split(' ');
  let x = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(list[x % list.length] ?? 'word');
  }
  return out.join(' ');
}

function titles(file: string, key?: string): string[] {
  const db = openBackupCopy(file, key);
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

/**
 * Every table's schema statement and a hash of its rows in rowid (or key) order. The search index's
 * b-trees (its segments) are left out: a backup leaves them out and the restore rebuilds them, in
 * segments of their own (backupIndexLeftOut.test.ts checks the rebuilt index against the entries).
 */
const REBUILT = new Set(['entries_fts_data', 'entries_fts_idx']);

function tableHashes(db: Database.Database): Record<string, string> {
  const out: Record<string, string> = {};
  const tables = db
    .prepare(
      "SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_stat%' ORDER BY name",
    )
    .all() as { name: string; sql: string }[];
  for (const { name, sql } of tables) {
    if (sql.startsWith('CREATE VIRTUAL TABLE') || REBUILT.has(name)) continue;
    const hash = createHash('sha256').update(sql);
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1, 2`).raw().iterate())
      hash.update(
        JSON.stringify(row, (_, v: unknown) =>
          Buffer.isBuffer(v) ? v.toString('hex') : typeof v === 'bigint' ? String(v) : v,
        ),
      );
    out[name] = hash.digest('hex');
  }
  return out;
}

function restart(t: TestHost): TestHost {
  closeHost(t);
  return testHost(t.dataDir, t.clock);
}

describe('compressed backups', () => {
  it('weigh under 5x the data file after 35 daily backups (9x as full copies), and each restores', async () => {
    const t = testStore();
    await t.store.autoBackup;
    for (let i = 0; i < 150; i++)
      await t.call('journal.create', {
        kind: 'reflection',
        title: `Entry ${i}`,
        body: body(prose(i, 150), prose(i + 1000, 150)),
      });
    t.store.db.pragma('wal_checkpoint(TRUNCATE)');
    for (let day = 0; day < 35; day++) {
      await t.call('backup.now', {});
      t.clock.advance(DAY);
    }
    const kept = listBackups(t.store.dbPath);
    const dir = backupDir(t.store.dbPath);
    const bytes = kept.reduce((sum, b) => sum + statSync(join(dir, b.name)).size, 0);
    const dataBytes = statSync(t.store.dbPath).size;
    expect(kept.length).toBeGreaterThanOrEqual(9);
    expect(bytes / dataBytes).toBeLessThan(5);
    const newest = join(dir, kept[0]?.name ?? '');
    // A plain journal's backup is an ordinary gzip file of the database.
    expect(readFileSync(newest).subarray(0, 2)).toEqual(Buffer.of(0x1f, 0x8b));
    expect(titles(newest)).toHaveLength(150);
  }, 120_000);

  it('of a protected journal hold no readable text, follow a passphrase change and restore under the new one', async () => {
    let t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Before the change',
      body: body(SECRET, prose(1, 400)),
    });
    await t.call('lock.protect', { passphrase: PASS });
    t.clock.advance(60_000);
    const backup = await t.call('backup.now', {});
    const file = join(backupDir(t.host.dbPath), backup.name);
    expect(isEncryptedArchive(file)).toBe(true);
    expect(fileHolds(file, SECRET)).toBe(false);
    expect(readFileSync(file).subarray(0, 2)).not.toEqual(Buffer.of(0x1f, 0x8b));
    expect(archiveKeyFits(file, Buffer.from(PASS))).toBe(true);
    // Compression alone would hide the word too: without the passphrase nothing decompresses.
    expect(() => readArchiveImage(file, null)).toThrow();
    expect(() => gunzipSync(readFileSync(file))).toThrow();
    // Smaller than the encrypted journal although encrypted: compressed first.
    expect(backup.size).toBeLessThan(statSync(t.host.dbPath).size * 0.6);

    await t.call('lock.changePassphrase', { current: PASS, next: NEXT });
    expect(archiveKeyFits(file, Buffer.from(PASS))).toBe(false);
    expect(archiveKeyFits(file, Buffer.from(NEXT))).toBe(true);
    expect(() => readArchiveImage(file, Buffer.from(PASS))).toThrow();
    expect(titles(file, NEXT)).toEqual(['Before the change']);

    await t.call('journal.trash', { id: entry.id });
    await t.call('backup.restore', { name: backup.name });
    t = restart(t);
    await t.call('lock.unlock', { passphrase: NEXT });
    expect((await t.call('journal.get', { id: entry.id })).title).toBe('Before the change');
    expect(fileHolds(t.host.dbPath, SECRET)).toBe(false);

    // Taking the passphrase off brings its backups back to plain gzip.
    await t.call('lock.removeProtection', { passphrase: NEXT });
    expect(isEncryptedArchive(file)).toBe(false);
    expect(titles(file)).toEqual(['Before the change']);
  });

  it('of a protected journal restore every table row for row, with a working search index', async () => {
    const t = testHost();
    for (let i = 0; i < 40; i++)
      await t.call('journal.create', {
        kind: i % 2 ? 'praise' : 'reflection',
        title: `Entry ${i}`,
        body: body(prose(i, 120), i === 7 ? 'zanzibar roadmap' : prose(i + 50, 40)),
        tags: [`tag-${i % 5}`],
      });
    await t.call('lock.protect', { passphrase: PASS });
    const backup = await t.call('backup.now', {});
    const expanded = openBackupCopy(join(backupDir(t.host.dbPath), backup.name), PASS);
    const store = t.host.store();
    if (!store) throw new Error('the journal is not open');
    try {
      expect(expanded.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(expanded.pragma('user_version', { simple: true })).toBe(
        store.db.pragma('user_version', { simple: true }),
      );
      expect(tableHashes(expanded)).toEqual(tableHashes(store.db));
    } finally {
      expanded.close();
    }
    await t.call('backup.restore', { name: backup.name });
    const again = restart(t);
    await again.call('lock.unlock', { passphrase: PASS });
    const hits = await again.call('search.query', { text: 'zanzibar' });
    expect(hits.map((h) => h.title)).toEqual(['Entry 7']);
  });

  it('full copies made by earlier versions stay listed, follow a passphrase change and restore', async () => {
    let t = testHost();
    const entry = await t.call('journal.create', { kind: 'praise', title: 'In the old copy' });
    await t.call('lock.protect', { passphrase: PASS });
    // A full encrypted copy, as every backup was before: written by the same online copy.
    const oldName = backupName(t.clock.now() - 3 * DAY);
    const store = t.host.store();
    if (!store) throw new Error('the journal is not open');
    mkdirSync(backupDir(t.host.dbPath), { recursive: true });
    await backupTo(store.db, join(backupDir(t.host.dbPath), oldName));
    await t.call('journal.trash', { id: entry.id });
    t.clock.advance(60_000);
    const fresh = await t.call('backup.now', {});
    expect((await t.call('backup.list', {})).map((b) => b.name)).toEqual([fresh.name, oldName]);

    await t.call('lock.changePassphrase', { current: PASS, next: NEXT });
    await t.call('backup.restore', { name: oldName });
    t = restart(t);
    await t.call('lock.unlock', { passphrase: NEXT });
    expect((await t.call('journal.get', { id: entry.id })).title).toBe('In the old copy');
  });

  it('a backup cut short or changed by one byte is never counted good, offered or restored', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'praise', title: 'Sound', body: body(prose(3, 300)) });
    const good = await t.call('backup.now', {});
    const dir = backupDir(t.store.dbPath);
    const bytes = readFileSync(join(dir, good.name));
    const cut = archiveName(t.clock.now() + DAY);
    writeFileSync(join(dir, cut), bytes.subarray(0, Math.floor(bytes.length / 2)));
    const flipped = archiveName(t.clock.now() + 2 * DAY);
    const changed = Buffer.from(bytes);
    const middle = Math.floor(changed.length / 2);
    changed[middle] = (changed[middle] ?? 0) ^ 0x01;
    writeFileSync(join(dir, flipped), changed);

    const judge = createBackupJudge(() => null);
    expect(await judge.isGood(join(dir, good.name))).toBe(true);
    expect(await judge.isGood(join(dir, cut))).toBe(false);
    expect(await judge.isGood(join(dir, flipped))).toBe(false);
    await expectCode(t.call('backup.restore', { name: cut }), 'storage-error');
    await expectCode(t.call('backup.restore', { name: flipped }), 'storage-error');
    await t.call('backup.restore', { name: good.name });
  });

  it('an encrypted backup changed by one byte is refused: its tag no longer matches', async () => {
    const t = testHost();
    await t.call('journal.create', { kind: 'praise', title: 'Sealed', body: body(prose(4, 300)) });
    await t.call('lock.protect', { passphrase: PASS });
    const backup = await t.call('backup.now', {});
    const file = join(backupDir(t.host.dbPath), backup.name);
    const changed = readFileSync(file);
    changed[changed.length - 40] = (changed[changed.length - 40] ?? 0) ^ 0x01;
    writeFileSync(file, changed);
    expect(await createBackupJudge(() => Buffer.from(PASS)).isGood(file)).toBe(false);
    await expectCode(t.call('backup.restore', { name: backup.name }), 'storage-error');
  });

  it('a second Ladder on the same folder makes no second backup of the day', async () => {
    const first = testHost(undefined, undefined, { autoBackup: true });
    await first.call('journal.create', { kind: 'praise', title: 'Once a day' });
    for (let i = 0; i < 200 && listBackups(first.host.dbPath).length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(() => testHost(first.dataDir, first.clock, { autoBackup: true })).toThrow(
      FolderInUseError,
    );
    closeHost(first);
    const second = testHost(first.dataDir, first.clock, { autoBackup: true });
    await second.call('journal.list', {});
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(listBackups(first.host.dbPath)).toHaveLength(1);
  });
});

// Needs root with CAP_SYS_ADMIN to mount a tmpfs (the CI machine has it); skipped elsewhere.
const canMount = (() => {
  const probe = mountSmallDisk(64 << 10);
  probe?.unmount();
  return probe !== null;
})();

describe.skipIf(!canMount)('a full disk during a backup (a real, full tmpfs)', () => {
  it('fails the backup and leaves the journal, the older backups and no half file', async () => {
    const disk = mountSmallDisk(16 << 20);
    if (!disk) throw new Error('the disk could not be mounted');
    try {
      const t = testStore(join(disk.dir));
      for (let i = 0; i < 60; i++)
        await t.call('journal.create', {
          kind: 'reflection',
          title: `Kept ${i}`,
          body: body(prose(i, 300)),
        });
      t.store.db.pragma('wal_checkpoint(TRUNCATE)');
      const older = await t.call('backup.now', {});
      const dir = backupDir(t.store.dbPath);
      const olderBytes = readFileSync(join(dir, older.name));
      const journal = fingerprint(t.store.dbPath);
      const dataBytes = statSync(t.store.dbPath).size;
      // No room at all, then more and more: the online copy, its check, then the archive run out of
      // room in turn (here about +150 KB, +200 KB and +250 KB past the data file's size).
      const rooms = [0, 150_000, 200_000, 250_000, 320_000].map((extra) =>
        extra === 0 ? 0 : dataBytes + extra,
      );
      let failures = 0;
      for (const room of rooms) {
        t.clock.advance(DAY);
        const s = statfsSync(disk.dir);
        const filler = join(disk.dir, `filler-${room}`);
        writeFileSync(filler, Buffer.alloc(Math.max(0, s.bavail * s.bsize - room), 0x20));
        const outcome = await t.store.handle('backup.now', {});
        if (outcome.ok) break;
        failures++;
        expect(listBackups(t.store.dbPath).map((b) => b.name)).toEqual([older.name]);
        expect(readdirSync(dir).filter((n) => n.includes('.partial'))).toEqual([]);
        expect(readFileSync(join(dir, older.name)).equals(olderBytes)).toBe(true);
        expect(fingerprint(t.store.dbPath)).toBe(journal);
        writeFileSync(filler, '');
      }
      expect(failures).toBeGreaterThanOrEqual(4);
      expect(titles(join(dir, older.name))).toHaveLength(60);
      const after = await t.call('backup.now', {});
      expect(existsSync(join(dir, after.name))).toBe(true);
      closeStore(t);
    } finally {
      disk.unmount();
    }
  });
});
