// A restore waits for the next start; when the disk is full then, the journal cannot be replaced.
// That is a full disk, told as such (the start-up screen's "the disk is full", with Try again), never
// "that backup is damaged", which would send the person away from a sound backup. Nothing is changed,
// the restore keeps waiting, and it is carried out once there is room. On a real, full tmpfs.
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, RESTORE_MARKER } from '../../../src-main/core/backup/backupFiles';
import { body } from '../helpers';
import { closeHost, testHost } from '../lock/hostHelpers';
import { mountSmallDisk } from '../lock/smallDisk';

const canMount = (() => {
  const probe = mountSmallDisk(64 << 10);
  probe?.unmount();
  return probe !== null;
})();

const ROOM = 48 << 10;

const hashOf = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe.skipIf(!canMount)('a restore waiting for a start on a full disk', () => {
  it('says the disk is full, changes nothing, keeps the restore waiting, and restores once there is room', async () => {
    const before = testHost();
    const kept = await before.call('journal.create', {
      kind: 'praise',
      title: 'In the backup',
      body: body('words of the backup'),
    });
    const backup = await before.call('backup.now', {});
    before.clock.advance(1000);
    const later = await before.call('journal.create', { kind: 'lesson', title: 'After it' });
    expect((await before.call('backup.restore', { name: backup.name })).restartRequired).toBe(true);
    closeHost(before);

    const disk = mountSmallDisk(8 << 20);
    if (!disk) throw new Error('the disk could not be mounted');
    try {
      const dataDir = join(disk.dir, 'data');
      mkdirSync(dataDir);
      cpSync(before.dataDir, dataDir, { recursive: true });
      const dbPath = join(dataDir, 'ladder.db');
      const marker = join(backupDir(dbPath), RESTORE_MARKER);
      const journal = hashOf(dbPath);
      // Room for the start's own small files (the folder's lock), not for a copy of the journal.
      const room = join(disk.dir, 'room');
      writeFileSync(room, Buffer.alloc(ROOM));
      disk.fill();
      rmSync(room);
      expect(statSync(dbPath).size).toBeGreaterThan(4 * ROOM);

      const host = testHost(dataDir, before.clock);
      const state = await host.call('app.state', {});
      expect(state.state).toBe('unavailable');
      expect(state.unavailable?.reason).toMatch(/disk is full/i);
      expect(state.unavailable?.reason).not.toMatch(/damaged/i);
      expect(state.damaged).toBeUndefined();
      expect(hashOf(dbPath)).toBe(journal);
      expect(existsSync(marker)).toBe(true);
      expect(existsSync(join(backupDir(dbPath), backup.name))).toBe(true);

      disk.free();
      expect((await host.call('app.retryOpen', {})).state).toBe('open');
      expect((await host.call('journal.get', { id: kept.id })).title).toBe('In the backup');
      const titles = (await host.call('journal.list', {})).map((e) => e.id);
      expect(titles).not.toContain(later.id);
      expect(existsSync(marker)).toBe(false);
      closeHost(host);
    } finally {
      rmSync(join(disk.dir, 'data'), { recursive: true, force: true });
      disk.unmount();
    }
  });
});
