// What a backup or a restore holds in memory is bounded (512 MB in the app); the limit is lowered here
// so small journals take the large ones' paths, on real files. A protected journal over it gets a
// full encrypted copy instead of an archive: encrypted, checked, listed, restoring to the same
// entries; its write-ahead log counts; a journal damaged on disk, or a copy damaged as it is written,
// gives no backup and leaves backups/ as it was. A backup that would expand past the limit gets no
// ready copy at the asking (the next start rebuilds its index itself).
import { existsSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveName, backupDir, backupName } from '../../../src-main/core/backup/backupFiles';
import { FAILED_CHECK, writeBackup } from '../../../src-main/core/backup/backupWrite';
import { listBackups } from '../../../src-main/core/backup/backupService';
import { prepareRestore, readyCopyOf } from '../../../src-main/core/backup/restorePrepare';
import { CIPHER } from '../../../src-main/core/db/connection';
import { openStore, type Store } from '../../../src-main/core/host/store';
import { LadderError } from '../../../src-main/shared/errors';
import { body, fakeClock, tempDir, testStore, type Clock } from '../helpers';

const PASS = 'full copy passphrase';
const opened: Store[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

function protectedStore(dataDir: string, clock: Clock): Store {
  const store = openStore({
    dataDir,
    mode: 'browser',
    version: 't',
    now: clock.now,
    log: () => {},
    key: Buffer.from(PASS),
  });
  opened.push(store);
  return store;
}

/** A store call's result; its refusal thrown. */
function ok<T>(
  out: { ok: true; result: T } | { ok: false; error: { code: string; message: string } },
): T {
  if (!out.ok) throw new Error(`${out.error.code}: ${out.error.message}`);
  return out.result;
}

async function journal(entries = 30): Promise<{ store: Store; clock: Clock; dataDir: string }> {
  const clock = fakeClock();
  const dataDir = tempDir();
  const store = protectedStore(dataDir, clock);
  await store.autoBackup;
  for (let i = 0; i < entries; i++)
    ok(
      await store.handle('journal.create', {
        kind: 'lesson',
        title: `Lesson ${i}`,
        body: body(i === 7 ? 'the zanzibar roadmap' : `plain words ${i}`),
      }),
    );
  return { store, clock, dataDir };
}

const titlesOf = (db: Database.Database) =>
  (db.prepare('SELECT title FROM entries ORDER BY title').pluck().all() as string[]).join('|');

const journalBytes = (store: Store) =>
  statSync(store.dbPath).size +
  (existsSync(`${store.dbPath}-wal`) ? statSync(`${store.dbPath}-wal`).size : 0);

async function refusal(made: Promise<unknown>): Promise<string> {
  try {
    await made;
  } catch (error) {
    return error instanceof LadderError ? `${error.code}: ${error.message}` : String(error);
  }
  return 'written';
}

describe('a protected journal over the in-memory limit', () => {
  it('gets a full encrypted copy that passes its check, is listed and restores to the same entries', async () => {
    const { store, clock, dataDir } = await journal();
    const dir = backupDir(store.dbPath);
    const before = readdirSync(dir).sort();
    const titles = titlesOf(store.db);
    const time = clock.now() + 1000;
    const name = await writeBackup(store.db, dir, time, 1024);
    expect(name).toBe(backupName(time));
    // Nothing else left beside it: no half copy, no archive.
    expect(readdirSync(dir).sort()).toEqual([...before, name].sort());
    expect(listBackups(store.dbPath)[0]).toMatchObject({ name, takenAt: time });
    const file = join(dir, name);
    // Encrypted: neither SQLite's header nor the entries' words are readable without the key.
    const bytes = readFileSync(file);
    expect(bytes.subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
    expect(bytes.includes(Buffer.from('zanzibar'))).toBe(false);
    const copy = new Database(file, { readonly: true });
    try {
      copy.pragma(`cipher = '${CIPHER}'`);
      copy.key(Buffer.from(PASS));
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
      expect(titlesOf(copy)).toBe(titles);
    } finally {
      copy.close();
    }

    clock.advance(5000);
    ok(await store.handle('journal.create', { kind: 'praise', title: 'After', body: body('x') }));
    ok(await store.handle('backup.restore', { name }));
    store.close();
    opened.splice(opened.indexOf(store), 1);
    clock.advance(5000);
    const back = protectedStore(dataDir, clock);
    expect(back.restored).toBe(name);
    expect(titlesOf(back.db)).toBe(titles);
  });

  it('counts the write-ahead log: the file alone at the limit, with its log over it, gets a full copy; at the limit exactly, an archive', async () => {
    const { store, clock } = await journal(5);
    const dir = backupDir(store.dbPath);
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    for (let i = 0; i < 20; i++)
      ok(
        await store.handle('journal.create', {
          kind: 'lesson',
          title: `More ${i}`,
          body: body('x'),
        }),
      );
    // Each size is read in the same step as the call (the store tidies its index between requests).
    expect(journalBytes(store)).toBeGreaterThan(statSync(store.dbPath).size);
    let time = clock.now() + 1000;
    const fileAlone = statSync(store.dbPath).size;
    expect(await writeBackup(store.db, dir, time, fileAlone)).toBe(backupName(time));
    time += 1000;
    expect(await writeBackup(store.db, dir, time, journalBytes(store))).toBe(archiveName(time));
    time += 1000;
    expect(await writeBackup(store.db, dir, time, journalBytes(store) - 1)).toBe(backupName(time));
  });
});

describe('a protected journal over the limit, damaged', () => {
  it('on disk: no backup, refused as a failed check, backups/ as it was', async () => {
    const { store, clock } = await journal();
    store.db.pragma('wal_checkpoint(TRUNCATE)');
    const dir = backupDir(store.dbPath);
    const before = readdirSync(dir).sort();
    // Every page but the first written over: they no longer decrypt.
    const bytes = readFileSync(store.dbPath);
    bytes.fill(7, 4096);
    writeFileSync(store.dbPath, bytes);
    const made = writeBackup(store.db, dir, clock.now() + 1000, 1024);
    expect(await refusal(made)).toBe(`storage-error: ${FAILED_CHECK}`);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('in the copy, as it lands (a faulty disk): refused as a failed check, the copy removed', async () => {
    const { store, clock } = await journal();
    const dir = backupDir(store.dbPath);
    const before = readdirSync(dir).sort();
    const time = clock.now() + 1000;
    const name = backupName(time);
    let damaged = false;
    // The copy's pages written over the moment it gets its name, before its check reads it.
    const watcher = watch(dir, (_, file) => {
      if (file !== name || damaged || !existsSync(join(dir, name))) return;
      const bytes = readFileSync(join(dir, name));
      bytes.fill(7, 4096);
      writeFileSync(join(dir, name), bytes);
      damaged = true;
    });
    try {
      const made = writeBackup(store.db, dir, time, 1024);
      expect(await refusal(made)).toBe(`storage-error: ${FAILED_CHECK}`);
    } finally {
      watcher.close();
    }
    expect(damaged).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});

describe('asking to restore a backup that would expand past the limit', () => {
  it('writes no ready copy; at the limit exactly, it does', async () => {
    const t = testStore();
    for (let i = 0; i < 10; i++)
      await t.call('journal.create', { kind: 'lesson', title: `Lesson ${i}`, body: body('words') });
    const { name } = await t.call('backup.now', {});
    const dir = backupDir(t.store.dbPath);
    const file = join(dir, name);
    // A lean archive expands about 8x once its index is rebuilt.
    const expanded = statSync(file).size * 8;
    expect(await prepareRestore(file, null, expanded - 1)).toBe(false);
    expect(existsSync(readyCopyOf(dir, name))).toBe(false);
    expect(await prepareRestore(file, null, expanded)).toBe(true);
    expect(existsSync(readyCopyOf(dir, name))).toBe(true);
  });
});
