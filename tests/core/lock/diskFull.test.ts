// Protecting on a full disk (really filled in protectFullDisk.test.ts, in a child process): which
// failures count as "no room left", so the person is told to free space, and which pass unchanged.
import { describe, expect, it } from 'vitest';
import { notProtectedWhenFull } from '../../../src-main/core/lock/diskFull';
import { LadderError } from '../../../src-main/shared/errors';

const failure = (code: unknown) => Object.assign(new Error('the system said no'), { code });

describe('a full disk while protecting', () => {
  it("a full disk, a full quota, SQLite's full database or the app's storage-full say so plainly", () => {
    for (const error of [
      failure('ENOSPC'),
      failure('EDQUOT'),
      failure('SQLITE_FULL'),
      new LadderError('storage-full', 'No room to write the journal.'),
    ]) {
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
    for (const error of [
      failure('EACCES'),
      failure('SQLITE_CORRUPT'),
      failure(28),
      new Error('no code at all'),
      new LadderError('conflict', 'The journal is already protected with a passphrase.'),
      null,
      'a thrown string',
    ])
      expect(notProtectedWhenFull(error)).toBe(error);
  });
});
