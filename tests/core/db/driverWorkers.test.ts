// The driver's work in worker threads (db/driverWorkers.ts), each on a real file: the integrity check
// and its cancel, a protected journal's VACUUM INTO copy and plain image, a plain copy made lean, and a
// lean backup's index rebuilt; each failure rejects with the driver's own code.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, openImage, type Db } from '../../../src-main/core/db/connection';
import {
  checkIntegrityInBackground,
  leanCopyInto,
  rebuildIndexInWorker,
  snapshotImage,
  vacuumInto,
} from '../../../src-main/core/db/driverWorkers';
import {
  INDEX_LEFT_OUT_QUERIES,
  LEAVE_INDEX_OUT,
  REBUILD_INDEX,
  indexLeftOut,
} from '../../../src-main/core/db/indexLeftOut';
import { openStore, type Store } from '../../../src-main/core/host/store';
import { keyOf } from '../../../src-main/core/lock/passphraseChanges';
import { LadderError } from '../../../src-main/shared/errors';
import { body, tempDir, testStore } from '../helpers';

const PASS = 'correct horse battery staple';
const opened: (Store | Db)[] = [];
afterEach(() => {
  for (const s of opened.splice(0)) s.close();
});

/** A protected journal (every page encrypted with the passphrase) holding one entry about Zanzibar. */
async function protectedStore(): Promise<Store> {
  const store = openStore({
    dataDir: tempDir(),
    mode: 'browser',
    version: '0.0.0-test',
    log: () => {},
    autoBackup: false,
    key: keyOf(PASS),
  });
  opened.push(store);
  const r = await store.handle('journal.create', {
    kind: 'reflection',
    title: 'Trip',
    body: body('The offsite in zanzibar went well.'),
  });
  if (!r.ok) throw new LadderError(r.error.code, r.error.message);
  return store;
}

/** How many entries' indexed text holds `word`, read through the search index. */
function found(db: Db, word: string): number {
  return db
    .prepare('SELECT count(*) FROM entries_fts WHERE entries_fts MATCH ?')
    .pluck()
    .get(word) as number;
}

function keep<T extends Db>(db: T): T {
  opened.push(db);
  return db;
}

const rejection = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error('resolved');
    },
    (error: Error & { code?: string }) => ({ message: error.message, code: error.code }),
  );

describe('the integrity check in a worker', () => {
  it('passes a sound file, and a cancelled check answers unchecked', async () => {
    const t = testStore();
    expect(await checkIntegrityInBackground(t.store.dbPath).result).toBe('ok');
    const check = checkIntegrityInBackground(t.store.dbPath);
    check.cancel();
    expect(await check.result).toBe('unchecked');
  });
});

describe("a protected journal's copy and image", () => {
  it('VACUUM INTO writes a copy that opens with the same passphrase, and refuses a plain journal', async () => {
    const store = await protectedStore();
    const destination = join(tempDir(), 'copy.db');
    await vacuumInto(store.db, destination);
    const copy = keep(openDatabase(destination, { key: keyOf(PASS) }));
    expect(found(copy, 'zanzibar')).toBe(1);
    // A copy is never written over a file already there.
    expect(await rejection(vacuumInto(store.db, destination))).toEqual({
      message: 'VACUUM INTO failed',
      code: 'SQLITE_ERROR',
    });
    await expect(vacuumInto(testStore().store.db, join(tempDir(), 'p.db'))).rejects.toThrow(
      /encrypted journals/,
    );
  });

  it('the plain image holds the journal, and leaves out what it is told to', async () => {
    const store = await protectedStore();
    const whole = keep(openImage(await snapshotImage(store.db)));
    expect(found(whole, 'zanzibar')).toBe(1);
    expect(indexLeftOut(whole)).toBe(false);
    const lean = keep(openImage(await snapshotImage(store.db, [LEAVE_INDEX_OUT])));
    expect(indexLeftOut(lean)).toBe(true);
    expect(lean.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(1);
    expect(await rejection(snapshotImage(store.db, ['DELETE FROM no_such_table']))).toEqual({
      message: 'snapshot failed',
      code: 'SQLITE_ERROR',
    });
    await expect(snapshotImage(testStore().store.db)).rejects.toThrow(/encrypted journals/);
  });
});

describe("a plain journal's lean copy and a lean backup's rebuilt index", () => {
  /** A plain journal's file copied (VACUUM INTO): a backup's copy, which a lean copy changes in place. */
  async function plainCopy(): Promise<string> {
    const t = testStore();
    await t.call('journal.create', {
      kind: 'reflection',
      title: 'Trip',
      body: body('The offsite in zanzibar went well.'),
    });
    const file = join(tempDir(), 'copy.db');
    t.store.db.prepare('VACUUM INTO ?').run(file);
    return file;
  }

  it('the lean copy has its index left out and its entries kept; a destination in the way is refused', async () => {
    const file = await plainCopy();
    const destination = join(tempDir(), 'lean.db');
    await leanCopyInto(file, destination, [LEAVE_INDEX_OUT]);
    const lean = keep(openDatabase(destination));
    expect(indexLeftOut(lean)).toBe(true);
    expect(lean.prepare('SELECT count(*) FROM entries').pluck().get()).toBe(1);
    expect(await rejection(leanCopyInto(file, destination, [LEAVE_INDEX_OUT]))).toEqual({
      message: 'the lean copy failed',
      code: 'SQLITE_ERROR',
    });
  });

  it('rebuilds a left-out index, gives null when the index was kept, and refuses a damaged stream', async () => {
    const file = await plainCopy();
    const withIndex = gzipSync(readFileSync(file));
    const destination = join(tempDir(), 'lean.db');
    await leanCopyInto(file, destination, [LEAVE_INDEX_OUT]);
    const queries = { leftOut: INDEX_LEFT_OUT_QUERIES, rebuild: REBUILD_INDEX };
    const rebuilt = await rebuildIndexInWorker(gzipSync(readFileSync(destination)), queries);
    expect(rebuilt).not.toBeNull();
    const db = keep(openImage(rebuilt as Buffer));
    expect(indexLeftOut(db)).toBe(false);
    expect(found(db, 'zanzibar')).toBe(1);
    // A backup written with its index is restored as it is.
    expect(await rebuildIndexInWorker(withIndex, queries)).toBeNull();
    expect(await rejection(rebuildIndexInWorker(Buffer.from('not gzip at all'), queries))).toEqual({
      message: 'the rebuild failed',
      code: 'Z_DATA_ERROR',
    });
  });
});
