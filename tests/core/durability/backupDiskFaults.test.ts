// Backups on a disk that refuses writes, on a real tmpfs (needs root with CAP_SYS_ADMIN, as on the CI
// machine; skipped elsewhere): a full disk or a folder mounted read-only. Whatever fails, every backup
// already there stays whole and readable as it was, and no half file is left beside them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  archiveKeyFits,
  imageInPieces,
  readArchiveImage,
  rewrapArchive,
  writeArchive,
} from '../../../src-main/core/backup/backupArchive';
import { mountSmallDisk, type SmallDisk } from '../lock/smallDisk';

const probe = mountSmallDisk(64 << 10);
probe?.unmount();
const canMount = probe !== null;

const KEY = Buffer.from('the old passphrase');
const NEXT = Buffer.from('the next passphrase');

/** Bytes gzip cannot shrink much, so the archive's body takes room on the disk. */
function journalImage(bytes: number): Buffer {
  const image = Buffer.alloc(bytes);
  let x = 12345;
  for (let i = 0; i < bytes; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    image[i] = x >>> 24;
  }
  return image;
}

async function onDisk(test: (disk: SmallDisk) => Promise<void>): Promise<void> {
  const disk = mountSmallDisk(2 << 20);
  if (!disk) throw new Error('the disk could not be mounted');
  try {
    await test(disk);
  } finally {
    disk.unmount();
  }
}

describe.skipIf(!canMount)(
  'a passphrase change reaching a backup on a disk that refuses writes',
  () => {
    it('full: refused, the backup still whole under the old passphrase, no half copy left', () =>
      onDisk(async (disk) => {
        const image = journalImage(256 << 10);
        const file = join(disk.dir, 'ladder-2026-11-21T09-00-00-000Z.db.gz');
        await writeArchive(imageInPieces(image), file, KEY);
        const before = readFileSync(file);
        disk.fill();
        expect(() => rewrapArchive(file, KEY, NEXT)).toThrow(/ENOSPC/);
        disk.free();
        expect(readFileSync(file).equals(before)).toBe(true);
        expect(archiveKeyFits(file, KEY)).toBe(true);
        expect(readArchiveImage(file, KEY).equals(image)).toBe(true);
        expect(readdirSync(disk.dir)).toEqual(['ladder-2026-11-21T09-00-00-000Z.db.gz']);
      }));

    it('read-only: refused, the backup as it was', () =>
      onDisk(async (disk) => {
        const image = journalImage(64 << 10);
        const file = join(disk.dir, 'ladder-2026-11-21T09-00-00-000Z.db.gz');
        await writeArchive(imageInPieces(image), file, KEY);
        const before = readFileSync(file);
        execFileSync('mount', ['-o', 'remount,ro', disk.dir], { stdio: 'ignore' });
        try {
          expect(() => rewrapArchive(file, KEY, NEXT)).toThrow();
        } finally {
          execFileSync('mount', ['-o', 'remount,rw', disk.dir], { stdio: 'ignore' });
        }
        expect(readFileSync(file).equals(before)).toBe(true);
        expect(existsSync(`${file}.rekeying.partial`)).toBe(false);
      }));
  },
);
