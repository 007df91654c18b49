// Backups on a disk that refuses writes, on a real tmpfs (needs root with CAP_SYS_ADMIN, as on the CI
// machine; skipped elsewhere): a full disk or a folder mounted read-only. Whatever fails, every backup
// already there stays whole and readable as it was, no half file is left beside them, and a restore
// that runs out of room never leaves a part of a backup where the journal goes.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
import { expandArchive } from '../../../src-main/core/backup/archiveRestore';
import { backupDir } from '../../../src-main/core/backup/backupFiles';
import type { BackupInfo } from '../../../src-main/shared/backup/backups';
import { openStore } from '../../../src-main/core/host/store';
import { body, fakeClock, tempDir } from '../helpers';
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

describe.skipIf(!canMount)('a protected backup expanded onto a full disk (a restore)', () => {
  it('fails, and leaves nothing where the journal goes: never a part of the backup', async () => {
    const clock = fakeClock();
    const store = openStore({
      dataDir: tempDir(),
      mode: 'browser',
      version: 't',
      now: clock.now,
      log: () => {},
      key: KEY,
    });
    let archive: string;
    try {
      await store.autoBackup;
      for (let i = 0; i < 60; i++)
        await store.handle('journal.create', {
          kind: 'lesson',
          title: `Lesson ${i}`,
          body: body(`words ${i} `.repeat(200)),
        });
      clock.advance(1000);
      const made = await store.handle('backup.now', {});
      if (!made.ok) throw new Error(made.error.message);
      archive = join(backupDir(store.dbPath), (made.result as BackupInfo).name);
    } finally {
      store.close();
    }
    await onDisk(async (disk) => {
      // Room for the file to be made and keyed, not for the journal's pages.
      const room = join(disk.dir, 'room');
      writeFileSync(room, Buffer.alloc(64 << 10));
      disk.fill();
      rmSync(room);
      const destination = join(disk.dir, 'ladder.db.partial');
      expect(() => expandArchive(archive, destination, KEY)).toThrow();
      expect(readdirSync(disk.dir).filter((n) => n.startsWith('ladder.'))).toEqual([]);
      disk.free();
    });
  });
});
