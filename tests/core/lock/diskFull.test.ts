// Protecting on a full disk (really filled in protectFullDisk.test.ts, in a child process): which
// failures count as "no room left", so the person is told to free space, and which pass unchanged.
import { describe, expect, it } from 'vitest';
import {
  autoLockNotSavedWhenFull,
  notProtectedWhenFull,
} from '../../../src-main/core/lock/diskFull';
import { LadderError } from '../../../src-main/shared/errors';

const failure = (code: unknown) => Object.assign(new Error('the system said no'), { code });

const fullDisk = () => [
  failure('ENOSPC'),
  failure('EDQUOT'),
  failure('SQLITE_FULL'),
  new LadderError('storage-full', 'No room to write the journal.'),
];
const otherFailures = () => [
  failure('EACCES'),
  failure('SQLITE_CORRUPT'),
  failure(28),
  new Error('no code at all'),
  new LadderError('conflict', 'The journal is already protected with a passphrase.'),
  null,
  'a thrown string',
];

describe('a full disk while protecting', () => {
  it("a full disk, a full quota, SQLite's full database or the app's storage-full say so plainly", () => {
    for (const error of fullDisk()) {
      const told = notProtectedWhenFull(error);
      expect(told).toBeInstanceOf(LadderError);
      expect(told).toMatchObject({
        code: 'storage-full',
        message:
          'The disk is full, so the journal was not protected: it is as it was, without a passphrase. ' +
          'Free some space, then set the passphrase again.',
      });
    }
  });

  it('any other failure passes as it is, also one without a code', () => {
    for (const error of otherFailures()) expect(notProtectedWhenFull(error)).toBe(error);
  });
});

describe('a full disk while the auto-lock time is written', () => {
  it('says the time was not changed and how to try again', () => {
    for (const error of fullDisk())
      expect(autoLockNotSavedWhenFull(error)).toMatchObject({
        code: 'storage-full',
        message:
          'The disk is full, so the auto-lock time was not changed. Free some space, then choose it again.',
      });
  });

  // Told as "disk full", a permission or corruption problem would send the person to free space
  // that is not the cause.
  it('any other failure passes as it is', () => {
    for (const error of otherFailures()) expect(autoLockNotSavedWhenFull(error)).toBe(error);
  });
});
