// The protection record when the disk will not take it: a write that fails says so, keeps the record
// as it was and leaves no half-written file (a real full tmpfs, and a folder that refuses writes).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  newRecord,
  protectionPath,
  readProtection,
  writeProtection,
} from '../../../src-main/core/lock/protection';
import { expectCode, tempDir } from '../helpers';
import { denyWrites } from './denyWrites';
import { closeHost, PASS, testHost } from './hostHelpers';
import { mountSmallDisk } from './smallDisk';

// Needs root with CAP_SYS_ADMIN to mount a tmpfs (the CI machine has it); skipped elsewhere.
const canMount = (() => {
  const probe = mountSmallDisk(64 << 10);
  probe?.unmount();
  return probe !== null;
})();

const halfFiles = (dir: string) => readdirSync(dir).filter((n) => n.endsWith('.partial'));

describe.skipIf(!canMount)('the auto-lock choice on a full disk (a real, full tmpfs)', () => {
  it('is refused, the record keeps the earlier choice, no half record is left, and it saves once there is room', async () => {
    const disk = mountSmallDisk(8 << 20);
    if (!disk) throw new Error('the disk could not be mounted');
    const dataDir = join(disk.dir, 'data');
    const t = testHost(dataDir);
    try {
      await t.call('journal.create', { kind: 'praise', title: 'On a small disk' });
      await t.call('lock.protect', { passphrase: PASS });
      await t.call('lock.setAutoLock', { minutes: 5 });
      disk.fill();

      const refused = await expectCode(t.call('lock.setAutoLock', { minutes: 15 }), 'storage-full');
      expect(refused.message).toMatch(/disk is full.*auto-lock time was not changed/);
      expect(await t.call('lock.settings', {})).toEqual({ protected: true, autoLockMinutes: 5 });
      expect(halfFiles(dataDir)).toEqual([]);

      disk.free();
      expect(await t.call('lock.setAutoLock', { minutes: 15 })).toEqual({
        protected: true,
        autoLockMinutes: 15,
      });
      expect(readProtection(t.host.dbPath)?.autoLockMinutes).toBe(15);
    } finally {
      closeHost(t);
      disk.unmount();
    }
  });
});

describe('a record the folder will not take', () => {
  it('throws the real cause (not a complaint about the half file that never came to be) and keeps the record as it was', () => {
    const dir = tempDir();
    const dbPath = join(dir, 'ladder.db');
    writeProtection(dbPath, newRecord(1));
    const before = readFileSync(protectionPath(dbPath));
    const undo = denyWrites(dir);
    let thrown: unknown;
    try {
      writeProtection(dbPath, { ...newRecord(1), autoLockMinutes: 15 });
    } catch (error) {
      thrown = error;
    } finally {
      undo();
    }
    expect((thrown as NodeJS.ErrnoException | undefined)?.code).toMatch(/^(EPERM|EACCES)$/);
    expect(readFileSync(protectionPath(dbPath)).equals(before)).toBe(true);
    expect(halfFiles(dir)).toEqual([]);
  });
});
