// Backups leave the search index's data out (db/indexLeftOut.ts) and a restore rebuilds it before the
// journal is used: plain and protected, a search after the restore finds what the backup held and
// nothing written after it, counts and tags as they were, the index whole against the entries. A
// backup written before this change (today's .db.gz with its index) restores as it is, and a lean
// backup put back by hand (gunzip) gets its index at the next open.
import Database from 'better-sqlite3-multiple-ciphers';
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statfsSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  imageInPieces,
  readArchiveImage,
  readInPieces,
  writeArchive,
} from '../../../src-main/core/backup/backupArchive';
import { archiveName, backupDir } from '../../../src-main/core/backup/backupFiles';
import { backupTo } from '../../../src-main/core/backup/liveCopy';
import { snapshotImage } from '../../../src-main/core/db/driverWorkers';
import { indexLeftOut } from '../../../src-main/core/db/indexLeftOut';
import type { Store } from '../../../src-main/core/host/store';
import { listBackups } from '../../../src-main/core/backup/backupService';
import { body, closeStore, fingerprint, tempDir, testStore, type TestStore } from '../helpers';
import { mountSmallDisk } from '../lock/smallDisk';
import { closeHost, fileHolds, PASS, testHost, type TestHost } from '../lock/hostHelpers';
import { readyCopyOf } from '../../../src-main/core/backup/restorePrepare';
import { openBackupCopy } from './backupCopies';

const DAY = 86_400_000;

/** Prose that compresses as a journal's does (not one repeated word). */
function prose(seed: number, words: number): string {
  const list = (
    'team review growth feedback project deadline manager promotion skills learned shipped meeting ' +
    'customer design mentor goal quarter impact problem solved release tested plan career asked'
  ).split(' ');
  let x = seed * 7919 + 17;
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(list[x % list.length] ?? 'word');
  }
  return out.join(' ');
}

type Call = TestStore['call'];

/** 24 entries with tags; entry 7 holds 'zanzibar'; a long one (several index pieces) ends in 'quokka'. */
async function fill(call: Call): Promise<void> {
  for (let i = 0; i < 24; i++)
    await call('journal.create', {
      kind: i % 2 ? 'praise' : 'reflection',
      title: `Entry ${i}`,
      body: body(prose(i, 120), i === 7 ? 'zanzibar roadmap' : prose(i + 50, 40)),
      tags: [`tag-${i % 5}`],
    });
  const paragraphs = Array.from({ length: 40 }, (_, i) => prose(100 + i, 60));
  await call('journal.create', {
    kind: 'reflection',
    title: 'Long entry',
    body: body(...paragraphs, 'the quokka at the end'),
  });
}

/** Written after the backup: a restore must not find it; entry 3 trashed, so it must come back. */
async function changeAfterBackup(call: Call): Promise<void> {
  await call('journal.create', { kind: 'praise', title: 'After', body: body('pangolin notes') });
  const third = (await call('journal.list', {})).find((e) => e.title === 'Entry 3');
  if (!third) throw new Error('Entry 3 not found');
  await call('journal.trash', { id: third.id });
}

interface Seen {
  counts: unknown;
  tags: unknown;
  zanzibar: string[];
  quokka: string[];
  pangolin: string[];
  listed: string[];
}

async function seen(call: Call): Promise<Seen> {
  const titles = async (text: string) =>
    (await call('search.query', { text })).map((h) => h.title).sort();
  return {
    counts: await call('journal.counts', {}),
    tags: await call('journal.tags', {}),
    zanzibar: await titles('zanzibar'),
    quokka: await titles('quokka'),
    pangolin: await titles('pangolin'),
    listed: (await call('journal.list', {})).map((e) => e.title).sort(),
  };
}

/** The journal's pages and its index against the entries (FTS5 reads the content with rank 1). */
function expectWhole(db: Database.Database): void {
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  db.exec("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)");
  expect(indexLeftOut(db)).toBe(false);
}

const indexBytes = (db: Database.Database): number =>
  Number(db.prepare('SELECT coalesce(sum(length(block)), 0) FROM entries_fts_data').pluck().get());

const indexHash = (db: Database.Database): string => {
  const hash = createHash('sha256');
  for (const row of db
    .prepare('SELECT id, block FROM entries_fts_data ORDER BY id')
    .raw()
    .iterate())
    hash.update(
      JSON.stringify(row, (_, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v)),
    );
  return hash.digest('hex');
};

/** The database inside an archive, opened in memory. */
function inside(file: string, key: Buffer | null): Database.Database {
  const image = readArchiveImage(file, key);
  image[18] = 1;
  image[19] = 1;
  return new Database(image);
}

function openStoreOf(t: TestHost): Store {
  const store = t.host.store();
  if (!store) throw new Error('the journal is not open');
  return store;
}

describe('backups without the search index', () => {
  it.each([
    ['made ready at the asking, in a worker', true],
    ['rebuilt at the start when no ready copy is left (the app closed while it was made)', false],
  ])(
    'a plain journal: the backup leaves the index out; restored with its index %s',
    async (_, kept) => {
      const t = testStore();
      await fill(t.call);
      const before = await seen(t.call);
      expect(before.zanzibar).toEqual(['Entry 7']);
      expect(before.quokka).toEqual(['Long entry']);
      const backup = await t.call('backup.now', {});
      const file = join(backupDir(t.store.dbPath), backup.name);
      const held = inside(file, null);
      try {
        expect(indexLeftOut(held)).toBe(true);
        expect(indexBytes(held)).toBeLessThan(1000);
        expect(indexBytes(t.store.db)).toBeGreaterThan(50_000);
        expect(held.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(25);
      } finally {
        held.close();
      }
      // The file a restore puts in place has its index already: the open does not rebuild it.
      const expanded = openBackupCopy(file);
      try {
        expect(indexLeftOut(expanded)).toBe(false);
        expect(expanded.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        expanded.close();
      }

      await changeAfterBackup(t.call);
      expect((await seen(t.call)).pangolin).toEqual(['After']);
      await t.call('backup.restore', { name: backup.name });
      const dir = backupDir(t.store.dbPath);
      const ready = readyCopyOf(dir, backup.name);
      const readyDb = inside(ready, null);
      try {
        expect(indexLeftOut(readyDb)).toBe(false);
        expect(indexBytes(readyDb)).toBeGreaterThan(50_000);
      } finally {
        readyDb.close();
      }
      expect(listBackups(t.store.dbPath).map((b) => b.name)).toEqual([backup.name]);
      closeStore(t);
      if (!kept) rmSync(ready);
      t.clock.advance(60_000);
      const again = testStore(t.dataDir, t.clock);
      expect(again.store.restored).toBe(backup.name);
      expect(readdirSync(dir).filter((n) => n.startsWith('restore-'))).toEqual([]);
      expectWhole(again.store.db);
      expect(await seen(again.call)).toEqual(before);
    },
  );

  it.each([
    ['from the copy made ready at the asking', false],
    ['from the backup itself, rebuilt at the start, when no ready copy is left', true],
  ])(
    'a protected journal: the same, the index rebuilt before its copy is encrypted, %s',
    async (_, dropped) => {
      let t = testHost();
      await fill(t.call);
      await t.call('lock.protect', { passphrase: PASS });
      const before = await seen(t.call);
      const backup = await t.call('backup.now', {});
      const file = join(backupDir(t.host.dbPath), backup.name);
      const held = inside(file, Buffer.from(PASS));
      try {
        expect(indexLeftOut(held)).toBe(true);
        expect(indexBytes(held)).toBeLessThan(1000);
      } finally {
        held.close();
      }
      const expanded = openBackupCopy(file, PASS);
      try {
        expect(indexLeftOut(expanded)).toBe(false);
        expect(expanded.pragma('integrity_check', { simple: true })).toBe('ok');
      } finally {
        expanded.close();
      }
      await changeAfterBackup(t.call);
      await t.call('backup.restore', { name: backup.name });
      const ready = readyCopyOf(backupDir(t.host.dbPath), backup.name);
      expect(fileHolds(ready, 'zanzibar')).toBe(false);
      const readyDb = inside(ready, Buffer.from(PASS));
      expect(indexLeftOut(readyDb)).toBe(false);
      readyDb.close();
      closeHost(t);
      if (dropped) rmSync(ready);
      t = testHost(t.dataDir, t.clock);
      await t.call('lock.unlock', { passphrase: PASS });
      expect(openStoreOf(t).restored).toBe(backup.name);
      expectWhole(openStoreOf(t).db);
      expect(await seen(t.call)).toEqual(before);
    },
  );

  it("the asking rebuilds the index off the app's thread: requests keep being answered meanwhile", async () => {
    const t = testStore();
    await fill(t.call);
    const backup = await t.call('backup.now', {});
    // Requests sent one after another while the restore is made ready: with the expansion and the
    // rebuild on this thread (as the check of the asking was before), none could be answered meanwhile.
    let done = false;
    let answered = 0;
    const requests = (async () => {
      while (!done) {
        expect((await t.store.handle('journal.counts', {})).ok).toBe(true);
        answered++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    await t.store.services.backup.restore({ name: backup.name }).finally(() => (done = true));
    await requests;
    expect(answered).toBeGreaterThan(1);
    expect(readdirSync(backupDir(t.store.dbPath))).toContain(`restore-ready-${backup.name}`);
  });

  it('asking for another backup leaves only its ready copy, not the first one asked for', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'First' });
    const first = await t.call('backup.now', {});
    t.clock.advance(86_400_000);
    await t.call('journal.create', { kind: 'lesson', title: 'Second' });
    const second = await t.call('backup.now', {});
    await t.call('backup.restore', { name: first.name });
    await t.call('backup.restore', { name: second.name });
    const ready = readdirSync(backupDir(t.store.dbPath)).filter((n) =>
      n.startsWith('restore-ready-'),
    );
    expect(ready).toEqual([`restore-ready-${second.name}`]);
  });

  it('a backup of the previous format (its index inside) restores as it is, plain and protected', async () => {
    for (const key of [null, Buffer.from(PASS)]) {
      let t = testHost();
      await fill(t.call);
      if (key) await t.call('lock.protect', { passphrase: PASS });
      const store = openStoreOf(t);
      store.db.pragma('wal_checkpoint(TRUNCATE)');
      const before = await seen(t.call);
      // Written as every compressed backup was before: the whole database, gzip (then encrypted).
      const name = archiveName(t.clock.now() - DAY);
      const dir = backupDir(t.host.dbPath);
      mkdirSync(dir, { recursive: true });
      if (key)
        await writeArchive(imageInPieces(await snapshotImage(store.db)), join(dir, name), key);
      else {
        const copy = join(tempDir(), 'whole.db');
        await backupTo(store.db, copy);
        await writeArchive(readInPieces(copy), join(dir, name), null);
      }
      const held = inside(join(dir, name), key);
      expect(indexLeftOut(held)).toBe(false);
      const indexed = indexHash(held);
      held.close();

      await changeAfterBackup(t.call);
      await t.call('backup.restore', { name });
      closeHost(t);
      t = testHost(t.dataDir, t.clock);
      if (key) await t.call('lock.unlock', { passphrase: PASS });
      const restored = openStoreOf(t).db;
      expectWhole(restored);
      // Not rebuilt: the index came back as the backup held it.
      expect(indexHash(restored)).toBe(indexed);
      expect(await seen(t.call)).toEqual(before);
      closeHost(t);
    }
  });

  it('a lean backup put back by hand (gunzip over ladder.db) gets its index at the next open', async () => {
    const t = testStore();
    await fill(t.call);
    const before = await seen(t.call);
    const backup = await t.call('backup.now', {});
    const file = join(backupDir(t.store.dbPath), backup.name);
    await changeAfterBackup(t.call);
    closeStore(t);
    for (const suffix of ['-wal', '-shm']) rmSync(t.store.dbPath + suffix, { force: true });
    writeFileSync(t.store.dbPath, gunzipSync(readFileSync(file)));
    const again = testStore(t.dataDir, t.clock);
    expectWhole(again.store.db);
    expect(await seen(again.call)).toEqual(before);
  });
});

// Needs root with CAP_SYS_ADMIN to mount a tmpfs (the CI machine has it); skipped elsewhere.
const canMount = (() => {
  const probe = mountSmallDisk(64 << 10);
  probe?.unmount();
  return probe !== null;
})();

describe.skipIf(!canMount)('a full disk while a backup leaves the index out (a real tmpfs)', () => {
  it('fails at the copy or at the copy without the index, and leaves no half backup and the journal as it was', async () => {
    const disk = mountSmallDisk(16 << 20);
    if (!disk) throw new Error('the disk could not be mounted');
    let t: TestStore | null = null;
    try {
      t = testStore(disk.dir);
      await fill(t.call);
      t.store.db.pragma('wal_checkpoint(TRUNCATE)');
      const older = await t.call('backup.now', {});
      const dir = backupDir(t.store.dbPath);
      const olderBytes = readFileSync(join(dir, older.name));
      const journal = fingerprint(t.store.dbPath);
      const dataBytes = statSync(t.store.dbPath).size;
      const leanBytes = readArchiveImage(join(dir, older.name), null).length;
      // The online copy needs the data file's size; the copy without the index, written beside it
      // by VACUUM INTO, needs its own (the full copy goes once it is written).
      const rooms = [dataBytes / 2, dataBytes + leanBytes / 2, dataBytes + leanBytes - 16_384];
      for (const room of rooms) {
        t.clock.advance(DAY);
        const s = statfsSync(disk.dir);
        const filler = join(disk.dir, `filler-${room}`);
        writeFileSync(
          filler,
          Buffer.alloc(Math.max(0, s.bavail * s.bsize - Math.floor(room)), 0x20),
        );
        const outcome = await t.store.handle('backup.now', {});
        expect(outcome.ok).toBe(false);
        expect(listBackups(t.store.dbPath).map((b) => b.name)).toEqual([older.name]);
        expect(readdirSync(dir).filter((n) => n.includes('.partial'))).toEqual([]);
        expect(readFileSync(join(dir, older.name)).equals(olderBytes)).toBe(true);
        expect(fingerprint(t.store.dbPath)).toBe(journal);
        rmSync(filler);
      }
      const after = await t.call('backup.now', {});
      expect(listBackups(t.store.dbPath).map((b) => b.name)).toEqual([after.name, older.name]);
    } finally {
      // Closed first: an open journal keeps the disk busy.
      if (t) closeStore(t);
      disk.unmount();
    }
  });
});
