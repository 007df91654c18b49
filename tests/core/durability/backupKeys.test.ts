// What a restore says when the journal's passphrase does not fit the backup, on real archives: the
// text names the backup's day (as the list shows it) and the way out; a cancel with nothing waiting
// is no error. A protected journal's key opens only an encrypted archive, as SQLite's opens only an
// encrypted file: a plain backup is never read as if the passphrase had opened it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveImageHash,
  imageInPieces,
  readArchiveBody,
  readArchiveImage,
  writeArchive,
} from '../../../src-main/core/backup/backupArchive';
import { backupKeyProblem, cancelPendingRestore } from '../../../src-main/core/backup/backupKeys';
import { tempDir } from '../helpers';

const NAME = 'ladder-2026-11-21T09-00-00-000Z.db.gz';
const KEY = Buffer.from('the passphrase of today');

async function archive(key: Buffer | null): Promise<string> {
  const file = join(tempDir(), NAME);
  await writeArchive(imageInPieces(Buffer.from('the journal image')), file, key);
  return file;
}

describe('a backup the passphrase does not fit', () => {
  it('a plain one on a protected journal: says its day and to remove the passphrase first', async () => {
    expect(backupKeyProblem(await archive(null), NAME, KEY)).toBe(
      'The backup from 2026-11-21 was taken before the journal was protected, so it is not encrypted. ' +
        'To restore it, remove the passphrase (Settings: Remove Passphrase Protection...), restore it, ' +
        'then protect the journal again.',
    );
  });

  it('an encrypted one on a plain journal, or under another passphrase: says its day', async () => {
    const file = await archive(KEY);
    expect(backupKeyProblem(file, NAME, KEY)).toBeNull();
    expect(backupKeyProblem(file, NAME, null)).toMatch(
      /^The backup from 2026-11-21 cannot be read without a passphrase: it is encrypted with the passphrase the journal had on 2026-11-21,/,
    );
    expect(backupKeyProblem(file, NAME, Buffer.from('another one'))).toMatch(
      /^The backup from 2026-11-21 does not open with the current passphrase: it was taken under the passphrase the journal had on 2026-11-21\./,
    );
  });
});

describe('cancelling a restore', () => {
  it('with nothing waiting, and no backups folder at all, is no error', () => {
    expect(() => cancelPendingRestore(join(tempDir(), 'ladder.db'))).not.toThrow();
  });
});

describe("a protected journal's key", () => {
  it('never reads a plain archive, and no key reads an encrypted one', async () => {
    const plain = await archive(null);
    expect(() => readArchiveImage(plain, KEY)).toThrow();
    await expect(readArchiveBody(plain, KEY)).rejects.toThrow();
    await expect(archiveImageHash(plain, KEY)).rejects.toThrow();
    expect(readArchiveImage(plain, null)).toEqual(Buffer.from('the journal image'));

    const sealed = await archive(KEY);
    expect(() => readArchiveImage(sealed, null)).toThrow();
    await expect(readArchiveBody(sealed, null)).rejects.toThrow();
    expect(readArchiveImage(sealed, KEY)).toEqual(Buffer.from('the journal image'));
  });
});
