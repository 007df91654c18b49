// The compressed backup's own format and the judge of backups, on real files: an archive of another
// format version is never read as this one, and a backup changed after it was judged is judged again.
import { readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveImageHash,
  archiveKeyFits,
  imageInPieces,
  readArchiveImage,
  writeArchive,
} from '../../../src-main/core/backup/backupArchive';
import { createBackupJudge } from '../../../src-main/core/backup/backupChecks';
import { backupDir } from '../../../src-main/core/backup/backupFiles';
import { body, tempDir, testStore } from '../helpers';

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
