// The compressed backup's own format, the judge of backups and the restore waiting for the next start,
// on real files: an archive of another format version is never read as this one, a backup changed
// after it was judged is judged again, and a waiting restore is only what its marker names.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveImageHash,
  archiveKeyFits,
  imageInPieces,
  isPlainArchive,
  readArchiveImage,
  rewrapArchive,
  writeArchive,
} from '../../../src-main/core/backup/backupArchive';
import { createBackupJudge } from '../../../src-main/core/backup/backupChecks';
import { backupDir, RESTORE_MARKER } from '../../../src-main/core/backup/backupFiles';
import {
  cancelPendingRestore,
  opensPendingBackup,
  pendingRestore,
} from '../../../src-main/core/backup/backupKeys';
import { body, tempDir, testStore } from '../helpers';
import { PASS, testHost } from '../lock/hostHelpers';
import { openBackupCopy } from './backupCopies';

const KEY = Buffer.from('format passphrase');
/** Where the format version sits: after the 8-byte magic. */
const VERSION_AT = 8;

describe('an encrypted archive', () => {
  it('of another format version is refused, not read as this one', async () => {
    const file = join(tempDir(), 'ladder-2026-11-21T09-00-00-000Z.db.gz');
    const image = Buffer.from('the journal image');
    await writeArchive(imageInPieces(image), file, KEY);
    expect(archiveKeyFits(file, KEY)).toBe(true);
    expect(readArchiveImage(file, KEY)).toEqual(image);

    const bytes = readFileSync(file);
    bytes[VERSION_AT] = 2;
    writeFileSync(file, bytes);
    expect(archiveKeyFits(file, KEY)).toBe(false);
    expect(() => readArchiveImage(file, KEY)).toThrow();
    await expect(archiveImageHash(file, KEY)).rejects.toThrow();
  });
});

describe('an archive following a passphrase change', () => {
  const image = Buffer.from('the journal image, word for word');
  const NEXT = Buffer.from('the next passphrase');

  it('opens with the new passphrase only, then plain once protection is removed, the same image each time', async () => {
    const dir = tempDir();
    const file = join(dir, 'ladder-2026-11-21T09-00-00-000Z.db.gz');
    await writeArchive(imageInPieces(image), file, KEY);
    rewrapArchive(file, KEY, NEXT);
    expect(archiveKeyFits(file, NEXT)).toBe(true);
    expect(archiveKeyFits(file, KEY)).toBe(false);
    expect(readArchiveImage(file, NEXT)).toEqual(image);
    expect(() => readArchiveImage(file, KEY)).toThrow();

    rewrapArchive(file, NEXT, null);
    expect(isPlainArchive(file)).toBe(true);
    expect(readArchiveImage(file, null)).toEqual(image);
    expect(() => readArchiveImage(file, NEXT)).toThrow();

    rewrapArchive(file, null, KEY);
    expect(readArchiveImage(file, KEY)).toEqual(image);
    expect(readdirSync(dir)).toEqual(['ladder-2026-11-21T09-00-00-000Z.db.gz']);
  });

  it('refuses the wrong old passphrase, or one for a plain archive, and leaves the file as it was', async () => {
    const dir = tempDir();
    const file = join(dir, 'ladder-2026-11-21T09-00-00-000Z.db.gz');
    await writeArchive(imageInPieces(image), file, KEY);
    const before = readFileSync(file);
    expect(() => rewrapArchive(file, NEXT, KEY)).toThrow();
    expect(() => rewrapArchive(file, null, KEY)).toThrow();
    expect(readFileSync(file).equals(before)).toBe(true);

    const plain = join(dir, 'ladder-2026-11-22T09-00-00-000Z.db.gz');
    await writeArchive(imageInPieces(image), plain, null);
    const plainBefore = readFileSync(plain);
    expect(() => rewrapArchive(plain, KEY, NEXT)).toThrow();
    expect(readFileSync(plain).equals(plainBefore)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual([
      'ladder-2026-11-21T09-00-00-000Z.db.gz',
      'ladder-2026-11-22T09-00-00-000Z.db.gz',
    ]);
  });
});

describe('the judge of backups', () => {
  it('judges again a backup changed since (same size, new time), and a removed one is not good', async () => {
    const t = testStore();
    await t.store.autoBackup;
    await t.call('journal.create', { kind: 'lesson', title: 'Judged', body: body('words') });
    const file = join(backupDir(t.store.dbPath), (await t.call('backup.now', {})).name);
    const judge = createBackupJudge(() => null);
    expect(await judge.isGood(file)).toBe(true);

    const bytes = readFileSync(file);
    const at = bytes.length >> 1;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
    writeFileSync(file, bytes);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(await judge.isGood(file)).toBe(false);

    rmSync(file);
    expect(await judge.isGood(file)).toBe(false);
  });

  it('a copy its writer vouched for is taken at its word until it changes', async () => {
    const t = testStore();
    await t.store.autoBackup;
    const file = join(backupDir(t.store.dbPath), (await t.call('backup.now', {})).name);
    const judge = createBackupJudge(() => null);
    judge.remember(file, false);
    expect(await judge.isGood(file), 'not checked again: the writer said so').toBe(false);
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);
    expect(await judge.isGood(file), 'touched since: checked, and sound').toBe(true);
  });
});

describe('the restore waiting for the next start', () => {
  const NAME = 'ladder-2026-11-21T09-00-00-000Z.db.gz';

  async function folder(): Promise<{ dbPath: string; dir: string; marker: string }> {
    const dbPath = join(tempDir(), 'ladder.db');
    const dir = backupDir(dbPath);
    mkdirSync(dir);
    await writeArchive(imageInPieces(Buffer.from('image')), join(dir, NAME), KEY);
    return { dbPath, dir, marker: join(dir, RESTORE_MARKER) };
  }

  it('is the backup its marker names, and none when the marker is missing, unreadable or names no backup here', async () => {
    const { dbPath, marker } = await folder();
    expect(pendingRestore(dbPath)).toBeNull();
    writeFileSync(marker, JSON.stringify({ name: NAME }));
    expect(pendingRestore(dbPath)).toEqual({
      name: NAME,
      file: join(backupDir(dbPath), NAME),
      takenAt: Date.UTC(2026, 10, 21, 9),
    });
    for (const odd of [
      '{not json',
      '{}',
      JSON.stringify({ name: 7 }),
      JSON.stringify({ name: 'notes.txt' }),
      JSON.stringify({ name: 'ladder-2026-11-20T09-00-00-000Z.db.gz' }),
    ]) {
      writeFileSync(marker, odd);
      expect(pendingRestore(dbPath), odd).toBeNull();
    }
  });

  it("opens with the backup's own passphrase only, and a cancel drops the marker and ready copy, never the backup", async () => {
    const { dbPath, dir, marker } = await folder();
    writeFileSync(marker, JSON.stringify({ name: NAME }));
    const pending = pendingRestore(dbPath);
    expect(opensPendingBackup(pending, KEY)).toBe(true);
    expect(opensPendingBackup(pending, Buffer.from('another passphrase'))).toBe(false);
    expect(opensPendingBackup(null, KEY)).toBe(false);

    const ready = join(dir, `restore-ready-${NAME}`);
    writeFileSync(ready, 'ready');
    cancelPendingRestore(dbPath);
    expect(existsSync(marker)).toBe(false);
    expect(existsSync(ready)).toBe(false);
    expect(existsSync(join(dir, NAME))).toBe(true);
    expect(pendingRestore(dbPath)).toBeNull();
  });

  it('a plain backup waiting is never opened by a passphrase', async () => {
    const { dbPath, dir, marker } = await folder();
    const plain = 'ladder-2026-11-22T09-00-00-000Z.db.gz';
    await writeArchive(imageInPieces(Buffer.from('image')), join(dir, plain), null);
    writeFileSync(marker, JSON.stringify({ name: plain }));
    expect(opensPendingBackup(pendingRestore(dbPath), KEY)).toBe(false);
  });
});

describe("a protected journal's backup, expanded as a restore does", () => {
  it('keeps its schema (indexes, triggers), its version and the revision counter past a removed revision', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'lesson',
      title: 'Counted',
      body: body('words'),
    });
    await t.call('lock.protect', { passphrase: PASS });
    const db = t.host.store()?.db;
    if (!db) throw new Error('the journal is not open');
    const insert = db.prepare(
      "INSERT INTO revisions (entry_id, title, date, fields, body, text, tags, word_count, created_at) VALUES (?, 'r', '2026-11-21', '{}', '', '', '[]', 0, 0)",
    );
    for (let i = 0; i < 3; i++) insert.run(entry.id);
    // The newest revision removed: its number must never be given out again.
    db.prepare('DELETE FROM revisions WHERE id = (SELECT max(id) FROM revisions)').run();
    const made = await t.call('backup.now', {});
    const copy = openBackupCopy(join(backupDir(t.host.dbPath), made.name), PASS);
    try {
      const schema = (d: typeof db) =>
        d
          .prepare(
            "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger', 'view') ORDER BY name",
          )
          .all();
      expect(schema(copy).length).toBeGreaterThan(0);
      expect(schema(copy)).toEqual(schema(db));
      expect(copy.pragma('user_version', { simple: true })).toBe(
        db.pragma('user_version', { simple: true }),
      );
      const sequence = "SELECT seq FROM sqlite_sequence WHERE name = 'revisions'";
      expect(copy.prepare(sequence).get()).toEqual(db.prepare(sequence).get());
      expect(copy.prepare('SELECT id FROM revisions ORDER BY id').all()).toEqual(
        db.prepare('SELECT id FROM revisions ORDER BY id').all(),
      );
    } finally {
      copy.close();
    }
  });

  it('of a journal a SQLite tool ran ANALYZE on restores whole, its entries and no statistics', async () => {
    const t = testHost();
    for (let i = 0; i < 5; i++)
      await t.call('journal.create', { kind: 'lesson', title: `Lesson ${i}`, body: body('words') });
    await t.call('lock.protect', { passphrase: PASS });
    const db = t.host.store()?.db;
    if (!db) throw new Error('the journal is not open');
    // What "Analyze" in a database browser leaves: SQLite's own statistics tables.
    db.exec('ANALYZE');
    expect(
      db.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'").pluck().get(),
    ).toBe(1);
    const made = await t.call('backup.now', {});
    const copy = openBackupCopy(join(backupDir(t.host.dbPath), made.name), PASS);
    try {
      expect(copy.prepare('SELECT title FROM entries ORDER BY title').pluck().all()).toEqual(
        db.prepare('SELECT title FROM entries ORDER BY title').pluck().all(),
      );
      expect(copy.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      copy.close();
    }
  });
});
