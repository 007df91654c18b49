// A full disk (or a full quota) during a change of the journal's encryption is told as such: the
// person frees space and tries again. Everything is left as it was (reencrypt.ts, protection.ts).
import { LadderError } from '../../shared/errors';
import { isDiskFull } from '../common/diskFull';

/** A full disk during protect becomes a storage-full error with a clear message; other errors pass. */
export function notProtectedWhenFull(error: unknown): unknown {
  if (!isDiskFull(error)) return error;
  return new LadderError(
    'storage-full',
    'The disk is full, so the journal was not protected: it is as it was, without a passphrase. ' +
      'Free some space, then set the passphrase again.',
  );
}

/** A full disk while the auto-lock time is written: told as such, the earlier time kept. */
export function autoLockNotSavedWhenFull(error: unknown): unknown {
  if (!isDiskFull(error)) return error;
  return new LadderError(
    'storage-full',
    'The disk is full, so the auto-lock time was not changed. Free some space, then choose it again.',
  );
}
