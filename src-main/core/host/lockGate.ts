// The start gate's lock channels: unlock, lock and the auto-lock setting. The host owns the state
// (the store, the key, the status); these rules only read and change it through the host's hooks.
import { LadderError } from '../../shared/errors';
import type { AppState, LockSettings, UnavailableInfo } from '../../shared/lock/lock';
import { keyOpens } from '../db/connection';
import { pathProblem } from '../db/openFailure';
import { opensPendingBackup, pendingRestore } from '../backup/backupKeys';
import { autoLockNotSavedWhenFull } from '../lock/diskFull';
import { keyOf, wrongPassphrase } from '../lock/passphraseChanges';
import { readProtection, setVerifier, writeProtection } from '../lock/protection';
import { makeVerifier, verifierMatches } from '../lock/verifier';
import type { Gate } from './gateRunner';

export interface LockGateHost {
  dbPath: string;
  status: () => AppState['state'];
  appState: () => AppState;
  becomeUnavailable: (info: UnavailableInfo) => void;
  /** Takes a key known right (its verifier matched, or it opened the file). */
  setKey: (key: Buffer) => void;
  forget: () => void;
  openNow: () => void;
  closeStore: () => void;
  /** Throws when `close` came while scrypt ran, zeroing the candidate. */
  notClosedMeanwhile: (candidate: Buffer) => void;
  skipRestoreUnlessItOpens: (candidate: Buffer | null) => void;
  /** The store is closed and the key dropped: the host shows the locked screen. */
  becomeLocked: () => void;
}

export type LockGate = Pick<
  Gate,
  'lock.unlock' | 'lock.lock' | 'lock.settings' | 'lock.setAutoLock'
>;

export function createLockGate(host: LockGateHost): LockGate {
  const { dbPath } = host;

  const lockSettings = (): LockSettings => {
    const record = readProtection(dbPath);
    return { protected: record !== null, autoLockMinutes: record?.autoLockMinutes ?? null };
  };

  return {
    'lock.unlock': async ({ passphrase }) => {
      if (host.status() !== 'locked') return host.appState();
      // A folder gone while locked (moved, a drive unplugged) is said as at start; Try again looks again.
      const blocked = pathProblem(dbPath);
      if (blocked) {
        host.becomeUnavailable(blocked.info);
        return host.appState();
      }
      const candidate = keyOf(passphrase);
      const verifier = readProtection(dbPath)?.verifier;
      // A match proves the passphrase without reading the file, so a file it cannot read is damaged.
      const verified = verifier !== undefined && (await verifierMatches(verifier, candidate));
      host.notClosedMeanwhile(candidate);
      // Restoring brings the journal back as it was, so the backup's own (perhaps earlier) passphrase opens it.
      const pending = pendingRestore(dbPath);
      if (opensPendingBackup(pending, candidate)) {
        // That passphrase becomes the journal's: a verifier of another one must not outlive the restore.
        if (!verified) setVerifier(dbPath, null);
      } else {
        // No verifier (a record from before them) or no match: the file decides, as it always did; a
        // mismatch alone is not trusted, since a journal copied back by hand may hold an earlier passphrase.
        if (!verified && !keyOpens(dbPath, candidate)) {
          candidate.fill(0);
          throw wrongPassphrase(pending);
        }
        host.skipRestoreUnlessItOpens(candidate);
      }
      host.setKey(candidate);
      try {
        host.openNow();
      } catch (error) {
        host.forget();
        throw error;
      }
      // The passphrase is now known right: a record without a verifier (or with a stale one) gains one.
      if (!verified) setVerifier(dbPath, await makeVerifier(candidate));
      return host.appState();
    },
    'lock.lock': () => {
      if (!readProtection(dbPath))
        throw new LadderError(
          'conflict',
          'Set a passphrase first: an unprotected journal cannot be locked.',
        );
      host.closeStore();
      host.forget();
      host.becomeLocked();
      return host.appState();
    },
    'lock.settings': () => lockSettings(),
    'lock.setAutoLock': ({ minutes }) => {
      const record = readProtection(dbPath);
      if (!record)
        throw new LadderError(
          'conflict',
          'Auto-lock needs a passphrase: protect the journal first.',
        );
      try {
        writeProtection(dbPath, { ...record, autoLockMinutes: minutes });
      } catch (error) {
        throw autoLockNotSavedWhenFull(error);
      }
      return lockSettings();
    },
  };
}
