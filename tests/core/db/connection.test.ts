// Opening the data file (db/connection.ts) on real files: the check at open up to its size limit, a
// wrong passphrase told from damage, a damaged file refused and left closed, the read-only and
// key-probing connections that never write, the folder lock, and driver errors as the renderer sees them.
import {
  closeSync,
  copyFileSync,
  readFileSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readlinkSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  DamagedDatabaseError,
  enableWal,
  holdExclusiveLock,
  integrityCheckDeferred,
  keyOpens,
  mapDriverError,
  openDatabase,
  openReadConnection,
  type Db,
} from '../../../src-main/core/db/connection';
import { leanCopyInto } from '../../../src-main/core/db/driverWorkers';
import { fileSize } from '../../../src-main/core/db/fileHeader';
import { UnavailableDatabaseError } from '../../../src-main/core/db/openFailure';
import { keyOf } from '../../../src-main/core/lock/passphraseChanges';
import { LadderError } from '../../../src-main/shared/errors';
import { tempDir } from '../helpers';

const opened: Db[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});
const keep = (db: Db | null): Db => {
  if (!db) throw new Error('expected a connection');
  opened.push(db);
  return db;
};

/** A closed data file holding a table of 200 rows, encrypted with `key` when given. */
function journalFile(key?: Buffer): string {
  const file = join(tempDir(), 'ladder.db');
  const db = openDatabase(file, key ? { key } : {});
  db.exec('CREATE TABLE notes (text TEXT)');
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)');
  for (let i = 0; i < 200; i++) insert.run(`note ${i} `.repeat(20));
  db.close();
  return file;
}

/** Whether this process still holds `file` open (Linux: /proc/self/fd). */
function heldOpen(file: string): boolean {
  return readdirSync('/proc/self/fd').some((fd) => {
    try {
      return readlinkSync(`/proc/self/fd/${fd}`) === file;
    } catch {
      return false;
    }
  });
}

const thrown = (f: () => unknown): unknown => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
};

describe('opening the data file', () => {
  it('runs the full check at open up to the size limit, and defers it for larger files', () => {
    const file = journalFile();
    const size = fileSize(file);
    expect(integrityCheckDeferred(keep(openDatabase(file, { quickCheckMaxBytes: size })))).toBe(
      false,
    );
    expect(integrityCheckDeferred(keep(openDatabase(file, { quickCheckMaxBytes: size - 1 })))).toBe(
      true,
    );
  });

  it('refuses a damaged file as damaged, and lets go of it so it can be moved aside', () => {
    const file = journalFile();
    // A page in the middle overwritten: the header still reads right, only the check finds it.
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 4096 * 3);
    closeSync(fd);
    expect(thrown(() => openDatabase(file))).toBeInstanceOf(DamagedDatabaseError);
    expect(heldOpen(file)).toBe(false);
  });

  it('a folder at its path is in the way, not damage', () => {
    const file = join(tempDir(), 'ladder.db');
    mkdirSync(file);
    // Files of the person's in it (the folder's size then passes the header's 100 bytes on any disk).
    for (let i = 0; i < 8; i++)
      writeFileSync(join(file, `a file of the person's, number ${i}.txt`), '');
    const error = thrown(() => openDatabase(file));
    expect(error).toBeInstanceOf(UnavailableDatabaseError);
    expect((error as UnavailableDatabaseError).info.code).toBe('EISDIR');
  });

  it('a data folder that is gone: unavailable (ENOENT, "folder is missing") naming the file, for the journal and its lock', () => {
    // The driver refuses a missing folder without a code: it is said as the system would (ENOENT).
    const gone = join(tempDir(), 'unplugged');
    const journal = thrown(() => openDatabase(join(gone, 'ladder.db')));
    expect(journal).toBeInstanceOf(UnavailableDatabaseError);
    expect((journal as UnavailableDatabaseError).info).toMatchObject({
      code: 'ENOENT',
      path: join(gone, 'ladder.db'),
    });
    expect((journal as UnavailableDatabaseError).message).toMatch(/folder is missing/);
    const lock = thrown(() => holdExclusiveLock(join(gone, 'ladder.lock')));
    expect(lock).toBeInstanceOf(UnavailableDatabaseError);
    expect((lock as UnavailableDatabaseError).info).toMatchObject({
      code: 'ENOENT',
      path: join(gone, 'ladder.lock'),
    });
    expect(existsSync(gone)).toBe(false);
  });

  it('a wrong passphrase is told apart from damage, unless the key is known to be right', () => {
    const file = journalFile(keyOf('right one'));
    const wrong = thrown(() => openDatabase(file, { key: keyOf('wrong one') }));
    expect(wrong).toBeInstanceOf(LadderError);
    expect((wrong as LadderError).code).toBe('wrong-passphrase');
    expect((wrong as LadderError).message).toBe('That passphrase does not open this journal.');
    const known = thrown(() =>
      openDatabase(file, { key: keyOf('wrong one'), keyKnownRight: true }),
    );
    expect(known).toBeInstanceOf(DamagedDatabaseError);
    expect(heldOpen(file)).toBe(false);
    const db = keep(openDatabase(file, { key: keyOf('right one') }));
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(200);
  });
});

describe('connections that never write', () => {
  it('the reading connection reads a protected journal with its key and refuses writes', () => {
    const file = journalFile(keyOf('pass'));
    const key = new Uint8Array(keyOf('pass'));
    const db = keep(openReadConnection(file, key));
    expect(db.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(200);
    expect(() => db.exec("INSERT INTO notes (text) VALUES ('x')")).toThrow(/readonly/);
    db.close();
    expect(() => openReadConnection(file, null)).toThrow();
    expect(heldOpen(file)).toBe(false);
  });

  it('neither connection makes a file that is not there', () => {
    const missing = join(tempDir(), 'gone.db');
    expect(() => openReadConnection(missing, null)).toThrow();
    expect(() => keyOpens(missing, keyOf('pass'))).toThrow();
    expect(existsSync(missing)).toBe(false);
  });

  it('keyOpens leaves a journal as a crash left it: its write-ahead log is not folded in', () => {
    const dir = tempDir();
    const live = keep(openDatabase(join(dir, 'ladder.db'), { key: keyOf('pass') }));
    enableWal(live);
    live.exec('CREATE TABLE notes (text TEXT)');
    live.prepare("INSERT INTO notes (text) VALUES ('kept in the log')").run();
    // The files as a crash leaves them: the last writes only in the log.
    const copy = join(tempDir(), 'ladder.db');
    for (const suffix of ['', '-wal', '-shm'])
      copyFileSync(join(dir, `ladder.db${suffix}`), copy + suffix);
    const before = readFileSync(copy);
    const log = readFileSync(`${copy}-wal`);
    expect(keyOpens(copy, keyOf('pass'))).toBe(true);
    expect(readFileSync(copy).equals(before)).toBe(true);
    expect(readFileSync(`${copy}-wal`).equals(log)).toBe(true);
  });

  it('keyOpens tells the right passphrase from a wrong one and lets go of the file', () => {
    const file = journalFile(keyOf('right one'));
    const before = fileSize(file);
    expect(keyOpens(file, keyOf('right one'))).toBe(true);
    expect(keyOpens(file, keyOf('wrong one'))).toBe(false);
    expect(heldOpen(file)).toBe(false);
    expect(fileSize(file)).toBe(before);
  });
});

describe('the folder lock', () => {
  it('is refused to a second holder while the first holds it, and free once it lets go', () => {
    const file = join(tempDir(), 'ladder.lock');
    const first = keep(holdExclusiveLock(file));
    expect(holdExclusiveLock(file)).toBeNull();
    first.close();
    keep(holdExclusiveLock(file));
  });
});

describe('driver errors as the renderer sees them', () => {
  it('a full disk asks for space; another driver failure names its code; the rest pass through', async () => {
    const file = journalFile();
    const db = keep(openDatabase(file));
    db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
    const full = mapDriverError(
      thrown(() => db.exec(`INSERT INTO notes VALUES (randomblob(100000))`)),
    );
    expect(full).toBeInstanceOf(LadderError);
    expect((full as LadderError).code).toBe('storage-full');
    expect((full as LadderError).message).toBe(
      'The disk is full: your last change was not saved, but your text is kept in the editor and ' +
        'Ladder will retry. Free some space to continue.',
    );
    // A worker's failure carries the driver's code on a plain Error (driverWorkers.ts): here a copy
    // refused since its destination is already there.
    const worker = await leanCopyInto(file, file, []).catch((error: unknown) => error);
    const mapped = mapDriverError(worker);
    expect(mapped).toBeInstanceOf(LadderError);
    expect((mapped as LadderError).code).toBe('storage-error');
    expect((mapped as LadderError).message).toContain('(SQLITE_ERROR)');
    const other = new Error('not the driver');
    expect(mapDriverError(other)).toBe(other);
  });
});
