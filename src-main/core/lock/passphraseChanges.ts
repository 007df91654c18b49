// The gate channels that put a passphrase on, change it or take it off: each re-encrypts the journal
// and every backup with the store closed, then reopens it. Kept apart from the start gate (storeHost.ts),
// which owns the store's lifetime and hands these the few things they need.
import { timingSafeEqual } from 'node:crypto';
import { join } from 'node:path';
import { LadderError } from '../../shared/errors';
import type { AppState } from '../../shared/lock/lock';
import { keyOpens } from '../db/connection';
import { hasPlainHeader } from '../db/fileHeader';
import { backupDir } from '../backup/backupFiles';
import { listBackups } from '../backup/backupService';
import { isArchiveName, rewrapArchive } from '../backup/backupArchive';
import type { PendingRestore } from '../backup/backupKeys';
import { notProtectedWhenFull } from './diskFull';
import {
  newRecord,
  readProtection,
  removeProtection,
  setVerifier,
  writeProtection,
} from './protection';
import { reencryptFile, type ReencryptStep } from './reencrypt';
import { makeVerifier, type PassphraseVerifier } from './verifier';

export function wrongPassphrase(pending: PendingRestore | null = null): LadderError {
  if (!pending)
    return new LadderError('wrong-passphrase', 'That passphrase does not open this journal.');
  const date = new Date(pending.takenAt).toISOString().slice(0, 10);
  return new LadderError(
    'wrong-passphrase',
    `That passphrase opens neither this journal nor the backup from ${date} waiting to be restored. ` +
      `The backup opens with the passphrase the journal had on ${date}.`,
  );
}

export function keyOf(passphrase: string): Buffer {
  return Buffer.from(passphrase, 'utf8');
}

/** What the start gate lends these channels: its store's lifetime and the key it holds. */
export interface PassphraseHost {
  dbPath: string;
  now: () => number;
  log: (line: string) => void;
  afterReencryptStep?: (step: ReencryptStep) => void;
  key: () => Buffer | null;
  /** The host takes `to` as its key (zeroing the old one) before it reopens. */
  setKey: (to: Buffer | null) => void;
  closeStore: () => void;
  openNow: () => void;
  requireOpen: () => void;
  notClosedMeanwhile: () => void;
  skipRestoreUnlessItOpens: (candidate: Buffer | null) => void;
  appState: () => AppState;
}

export function createPassphraseChanges(host: PassphraseHost) {
  const { dbPath, log } = host;

  /** The key the journal is under, once the given passphrase is shown to be it. */
  const requireKey = (passphrase: string): Buffer => {
    const key = host.key();
    if (!key) throw new LadderError('conflict', 'The journal is not protected with a passphrase.');
    const given = keyOf(passphrase);
    const same = given.length === key.length && timingSafeEqual(given, key);
    given.fill(0);
    if (!same) throw wrongPassphrase();
    return key;
  };

  /** Whether the file on disk is already the re-encrypted one (the swap happened before a failure). */
  const inNewForm = (to: Buffer | null): boolean =>
    to === null ? hasPlainHeader(dbPath) : !hasPlainHeader(dbPath) && keyOpens(dbPath, to);

  /**
   * A verifier must never belong to a passphrase the file is not under (it would call a sound file
   * damaged): the old one goes before the swap and `toVerifier` (made from `to`) comes after it.
   */
  const reencryptAll = (
    from: Buffer | null,
    to: Buffer | null,
    toVerifier: PassphraseVerifier | null,
  ) => {
    const before = readProtection(dbPath)?.verifier ?? null;
    setVerifier(dbPath, null);
    try {
      host.closeStore();
      reencryptFile(dbPath, from, to, host.afterReencryptStep);
    } catch (error) {
      if (!inNewForm(to)) {
        // The journal is still whole under its old key (also when closing it failed, e.g. on a full
        // disk that refused the checkpoint): reopen it as it was, also when the disk is too full to
        // put the verifier back (without one, the file itself proves the passphrase at unlock).
        try {
          setVerifier(dbPath, before);
        } catch {
          log('storage-warning: the passphrase check could not be written back');
        }
        host.openNow();
        throw error;
      }
    }
    setVerifier(dbPath, toVerifier);
    // Backups follow the journal, so a backup never holds plain text beside a protected journal.
    for (const backup of listBackups(dbPath)) {
      try {
        const file = join(backupDir(dbPath), backup.name);
        // A compressed backup's gzip stream is encrypted again; a full copy (older) is rekeyed.
        if (isArchiveName(backup.name)) rewrapArchive(file, from, to);
        else reencryptFile(file, from, to);
      } catch {
        log('storage-warning: a backup could not be re-encrypted and was left as it was');
      }
    }
    host.setKey(to);
    host.skipRestoreUnlessItOpens(to);
    host.openNow();
  };

  return {
    'lock.protect': async ({ passphrase }: { passphrase: string }) => {
      host.requireOpen();
      if (readProtection(dbPath))
        throw new LadderError('conflict', 'The journal is already protected with a passphrase.');
      const next = keyOf(passphrase);
      const verifier = await makeVerifier(next);
      host.notClosedMeanwhile();
      try {
        // The record first: until the encrypted file is swapped in, its plain header still wins.
        writeProtection(dbPath, newRecord(host.now()));
        reencryptAll(null, next, verifier);
      } catch (error) {
        removeProtection(dbPath);
        throw notProtectedWhenFull(error);
      }
      return host.appState();
    },
    'lock.changePassphrase': async ({ current, next }: { current: string; next: string }) => {
      host.requireOpen();
      requireKey(current);
      const nextKey = keyOf(next);
      const verifier = await makeVerifier(nextKey);
      host.notClosedMeanwhile();
      // Locked meanwhile: the key is gone, and so is the journal it opened.
      const key = host.key();
      if (!key)
        throw new LadderError('conflict', 'The journal is not protected with a passphrase.');
      reencryptAll(key, nextKey, verifier);
      return host.appState();
    },
    'lock.removeProtection': ({ passphrase }: { passphrase: string }) => {
      host.requireOpen();
      const key = requireKey(passphrase);
      reencryptAll(key, null, null);
      // Only once the plain file is in place; a record left by a crash here is removed at start.
      removeProtection(dbPath);
      return host.appState();
    },
  };
}
