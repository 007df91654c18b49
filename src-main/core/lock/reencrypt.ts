// Changing a file's encryption without ever leaving it half done: the file is copied, the copy is
// re-encrypted, flushed to disk and renamed over the original in one atomic step. A crash at any
// moment leaves either the old file (old key) or the new one (new key), never a mix.
import { copyFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { syncPath } from '../common/privateFiles';
import { rekeyClosedFile } from '../db/connection';

export const REKEY_SUFFIX = '.rekeying';

/** Steps a test may interrupt to play a crash (the hook throws). */
export type ReencryptStep = 'copied' | 'rekeyed' | 'swapped';

/** Call only while no connection has the file open and its WAL was checkpointed away. */
export function reencryptFile(
  file: string,
  from: Buffer | null,
  to: Buffer | null,
  afterStep: (step: ReencryptStep) => void = () => undefined,
): void {
  if (statSizeOf(file + '-wal') > 0)
    throw new Error('the file still has a write-ahead log; close it first');
  const work = file + REKEY_SUFFIX;
  removeLeftovers(file);
  try {
    copyFileSync(file, work);
    afterStep('copied');
    rekeyClosedFile(work, from, to);
    syncPath(work);
    afterStep('rekeyed');
  } catch (error) {
    removeLeftovers(file);
    throw error;
  }
  // A WAL or shared-memory file of the old file must not be replayed onto the new one.
  for (const suffix of ['-wal', '-shm']) rmSync(file + suffix, { force: true });
  renameSync(work, file);
  syncPath(dirname(file));
  afterStep('swapped');
}

/**
 * Removes a copy left by a re-encryption that was cut short (the original is still whole), and the
 * rollback journal its rekey writes (rekeyClosedFile turns the copy to journal_mode DELETE): left by a
 * crash, SQLite would play that journal back onto the next copy as a hot journal, from another
 * version of the file.
 */
export function removeLeftovers(file: string): void {
  for (const leftover of [`${file}${REKEY_SUFFIX}-journal`, file + REKEY_SUFFIX])
    rmSync(leftover, { force: true });
}

function statSizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
