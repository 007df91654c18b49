// The start gate in front of the store, used by both shells. It owns the store's lifetime: the journal
// is `open`, `locked` (protected, waiting for its passphrase), `damaged` (its check failed at start and
// the file was moved aside, or it is missing or empty beside backups: a journal existed) or
// `unavailable` (something around the file is in the way: a full disk, a permission, a folder at its
// path; the file is left exactly as it is and `app.retryOpen` tries again). The gate channels answer
// in every state; every other channel needs an open journal. The passphrase's bytes live in memory only while unlocked and are zeroed on lock.
// A wrong passphrase and a damaged first page both read as SQLITE_NOTADB: the protection record's
// verifier (lock/verifier.ts) tells them apart, so a damaged protected journal takes the damaged path.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LadderError } from '../../shared/errors';
import {
  isGateChannel,
  type AppState,
  type DamagedInfo,
  type UnavailableInfo,
} from '../../shared/lock/lock';
import { DamagedDatabaseError } from '../db/connection';
import { lockDataFolder, type FolderLock } from './singleWriterLock';
import { hasPlainHeader } from '../db/fileHeader';
import { asUnavailable, pathProblem } from '../db/openFailure';
import { createGateRunner, type Gate } from './gateRunner';
import { createLockGate } from './lockGate';
import { identityOf, movedFrom, notPutBack, writeBack, type FileIdentity } from './journalInPlace';
import type { Handle } from './handlers';
import { backupKeyProblem, cancelPendingRestore, pendingRestore } from '../backup/backupKeys';
import {
  backupOffer,
  copyBackupIn,
  formerJournal,
  moveAside,
  setAsideLeftovers,
} from '../backup/damagedJournal';
import { createPassphraseChanges } from '../lock/passphraseChanges';
import { readProtection, removeProtection, type ProtectionRecord } from '../lock/protection';
import { removeLeftovers, type ReencryptStep } from '../lock/reencrypt';
import { folderMaker, prepareDataFolder } from './dataFolder';
import { DB_FILE_NAME, openStore, type Store, type StoreOptions } from './store';

export interface StoreHostOptions extends Omit<StoreOptions, 'key' | 'keyKnownRight'> {
  /** Tests play a crash by throwing from here in the middle of a re-encryption. */
  afterReencryptStep?: (step: ReencryptStep) => void;
}

export interface StoreHost {
  handle: Handle;
  close: () => void;
  state: () => AppState['state'];
  /** The open store, or null while locked, damaged or unavailable (tests and benchmarks). */
  store: () => Store | null;
  dbPath: string;
}

export function createStoreHost(options: StoreHostOptions): StoreHost {
  const dataDir = resolve(options.dataDir);
  const makeFolderOnFirstStart = folderMaker(dataDir);
  const dbPath = join(dataDir, DB_FILE_NAME);
  const now = options.now ?? Date.now;
  const log = options.log ?? ((line: string) => console.error(line));

  let store: Store | null = null;
  let key: Buffer | null = null;
  let status: AppState['state'] = 'locked';
  let damaged: DamagedInfo | undefined;
  let unavailable: UnavailableInfo | undefined;
  let folderLock: FolderLock | null = null;
  let restoreSkipped: AppState['restoreSkipped'];
  // The open file and its protection record, to put back if the folder goes (journalInPlace.ts).
  let openedAs: FileIdentity | null = null;
  let record: ProtectionRecord | null = null;

  const forget = () => {
    key?.fill(0);
    key = null;
  };

  /** Nothing is moved or written; the key is dropped, so a protected journal asks again after Try again. */
  const becomeUnavailable = (info: UnavailableInfo) => {
    store = null;
    forget();
    status = 'unavailable';
    damaged = undefined;
    unavailable = info;
    log(`storage-error: the journal could not be opened (${info.code}); it was left as it is`);
  };

  /**
   * Opens the journal with the current key; a file that fails its check is moved aside. A cause around
   * the file (a full disk, a permission…) leaves it where and as it is.
   */
  const openNow = () => {
    try {
      // The host holds a key only once it is known right (its verifier matched, or it opened the file).
      const opened = openStore({
        ...options,
        dataDir,
        key: key ?? undefined,
        keyKnownRight: key !== null,
      });
      store = opened;
      openedAs = identityOf(dbPath);
      record = readProtection(dbPath);
      status = 'open';
      damaged = undefined;
      unavailable = undefined;
      void opened.integrity.then((outcome) => {
        if (outcome === 'damaged' && store === opened) damagedWhileOpen(opened);
      });
    } catch (error) {
      const out = asUnavailable(error, dbPath);
      if (out) return becomeUnavailable(out.info);
      if (!(error instanceof DamagedDatabaseError)) throw error;
      const keptAs = moveAside(dbPath, now());
      log('storage-error: the data file failed its check at start and was moved aside');
      status = 'damaged';
      damaged = { keptAs, found: 'damaged', ...backupOffer(dbPath, key) };
    }
  };

  /**
   * A large file's check runs after open (in a worker): damage found then is handled as at start. The
   * files are moved aside before the store closes, so whatever the close writes lands in the kept copy.
   */
  const damagedWhileOpen = (opened: Store) => {
    store = null;
    const keptAs = moveAside(dbPath, now());
    opened.close();
    log('storage-error: the background check found damage; the data file was moved aside');
    status = 'damaged';
    damaged = { keptAs, found: 'damaged', ...backupOffer(dbPath, key) };
  };

  /**
   * A waiting restore whose backup the key cannot open would fail every start: it is dropped, the
   * journal opens as it was, and app.state says so (the backup stays in its folder).
   */
  const skipRestoreUnlessItOpens = (candidate: Buffer | null) => {
    const pending = pendingRestore(dbPath);
    if (!pending || backupKeyProblem(pending.file, pending.name, candidate) === null) return;
    cancelPendingRestore(dbPath);
    restoreSkipped = { name: pending.name, takenAt: pending.takenAt };
    log('storage-warning: a pending restore was skipped: its backup needs another passphrase');
  };

  const closeStore = () => {
    if (!store) return;
    const s = store;
    store = null;
    // The WAL is folded into the file, so the file alone is the whole journal.
    try {
      s.db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      s.close();
    }
  };

  /**
   * Before anything reads or moves a file: a second copy on this folder is refused (FolderInUseError
   * is thrown). A full disk or a folder Ladder may not write makes the host unavailable instead, and
   * Try again takes the lock then.
   */
  const lockFolder = (): boolean => {
    if (folderLock) return true;
    try {
      folderLock = lockDataFolder(dataDir, options.mode, now);
      return true;
    } catch (error) {
      const out = asUnavailable(error, dbPath);
      if (!out) throw error;
      becomeUnavailable(out.info);
      return false;
    }
  };

  const releaseFolder = () => {
    folderLock?.release();
    folderLock = null;
  };

  const start = () => {
    unavailable = undefined;
    makeFolderOnFirstStart();
    // Metadata only (nothing read or removed): a folder at the path, or a file Ladder may not write.
    const blocked = pathProblem(dbPath);
    if (blocked) return becomeUnavailable(blocked.info);
    if (!lockFolder()) return;
    // Only the holder of the lock: another copy's backup under way must keep its half-written file.
    prepareDataFolder(dataDir);
    try {
      removeLeftovers(dbPath);
      const record = readProtection(dbPath);
      const exists = existsSync(dbPath);
      if (record && exists && !hasPlainHeader(dbPath)) {
        status = 'locked';
        return;
      }
      // Missing or empty while backups or a moved-aside file say a journal was here: the person chooses.
      const former = pendingRestore(dbPath) ? null : formerJournal(dbPath);
      if (former) {
        status = 'damaged';
        damaged = { keptAs: null, found: former, ...backupOffer(dbPath, key) };
        log(`storage-warning: the journal file is ${former} beside backups; waiting for a choice`);
        return;
      }
      // A plain (or missing) file wins over a record left by an unfinished protect or a finished removal.
      if (record) removeProtection(dbPath);
      skipRestoreUnlessItOpens(null);
    } catch (error) {
      const out = asUnavailable(error, dbPath);
      if (!out) throw error;
      return becomeUnavailable(out.info);
    }
    openNow();
  };

  const appState = (): AppState => {
    const record = readProtection(dbPath);
    return {
      state: status,
      protected: record !== null,
      ...(record ? { protectedAt: record.protectedAt } : {}),
      ...(damaged ? { damaged } : {}),
      ...(unavailable ? { unavailable } : {}),
      ...(restoreSkipped ? { restoreSkipped } : {}),
    };
  };

  let closed = false;
  /** Scrypt runs off the main thread; the host must not reopen a store after `close` came meanwhile. */
  const notClosedMeanwhile = (candidate?: Buffer) => {
    if (!closed) return;
    candidate?.fill(0);
    throw new LadderError('conflict', 'Ladder is closing.');
  };

  const requireOpen = () => {
    if (status !== 'open' || !store) throw new LadderError('conflict', 'Unlock the journal first.');
  };

  const passphraseChanges = createPassphraseChanges({
    dbPath,
    now,
    log,
    afterReencryptStep: options.afterReencryptStep,
    key: () => key,
    setKey: (to) => {
      key?.fill(0);
      key = to;
    },
    closeStore,
    openNow,
    requireOpen,
    notClosedMeanwhile: () => notClosedMeanwhile(),
    skipRestoreUnlessItOpens,
    appState,
  });

  const lockGate = createLockGate({
    dbPath,
    status: () => status,
    appState,
    becomeUnavailable,
    setKey: (to) => {
      key = to;
    },
    forget,
    openNow,
    closeStore,
    notClosedMeanwhile,
    skipRestoreUnlessItOpens,
    becomeLocked: () => {
      damaged = undefined;
      restoreSkipped = undefined;
      status = 'locked';
    },
  });

  const gate: Gate = {
    'app.state': () => appState(),
    ...lockGate,
    ...passphraseChanges,
    'app.restoreNewestBackup': () => {
      if (status !== 'damaged')
        throw new LadderError(
          'conflict',
          'The journal is not damaged; use Restore from Backup instead.',
        );
      const backup = backupOffer(dbPath, key).newestBackup;
      if (!backup) throw new LadderError('not-found', 'There is no sound backup to restore.');
      if (damaged?.keptAs === null) setAsideLeftovers(dbPath, now());
      copyBackupIn(dbPath, backup, key);
      // Without a key only a plain backup is offered: a record left beside a missing journal goes with it.
      if (!key) removeProtection(dbPath);
      openNow();
      return appState();
    },
    'app.startEmpty': () => {
      if (status !== 'damaged') throw new LadderError('conflict', 'The journal is not damaged.');
      if (damaged?.keptAs === null) setAsideLeftovers(dbPath, now());
      // A protected journal starts again protected, under the same passphrase.
      if (!key) removeProtection(dbPath);
      openNow();
      return appState();
    },
    'app.retryOpen': () => {
      if (status !== 'unavailable') return appState();
      start();
      return appState();
    },
  };

  // Gate operations close and reopen the store: one at a time.
  const runGate = createGateRunner(gate, log);

  /**
   * The open journal written back at its path when the name no longer leads to it (the folder deleted
   * or moved, the file swapped), then reopened there: the request that follows lands in the file the
   * next start opens. The folder lock is taken again in the new folder.
   */
  const keepInPlace = (open: Store): Store | null => {
    if (!openedAs || !movedFrom(openedAs, dbPath)) return open;
    const kept = writeBack(open.db, dbPath, record, now());
    log(
      `storage-warning: the journal file was gone from its folder while open; written back${kept ? ' (the file found there was kept beside it)' : ''}`,
    );
    store = null;
    open.close();
    releaseFolder();
    if (!lockFolder()) return null;
    openNow();
    return store;
  };

  const handle: Handle = async (channel, args) => {
    if (isGateChannel(channel)) {
      const answered = await runGate(channel, args);
      // A passphrase set, changed or removed, or a new auto-lock: the record to put back with the file.
      if (status === 'open') record = readProtection(dbPath);
      return answered;
    }
    let open = store;
    if (status === 'open' && open) {
      try {
        open = keepInPlace(open);
      } catch (error) {
        log(
          'storage-error: the journal file is gone from its folder and could not be written back',
        );
        return { ok: false, error: notPutBack(error).toJSON() };
      }
    }
    if (status === 'open' && open) return open.handle(channel, args);
    const message =
      status === 'damaged'
        ? 'Ladder is waiting for you to restore a backup or start a new journal.'
        : status === 'unavailable'
          ? "Ladder can't open your journal right now."
          : 'The journal is locked. Unlock it with its passphrase.';
    return { ok: false, error: { code: 'locked', message } };
  };

  try {
    start();
  } catch (error) {
    releaseFolder();
    throw error;
  }

  return {
    handle,
    close: () => {
      closed = true;
      try {
        if (store) store.close();
      } finally {
        store = null;
        forget();
        releaseFolder();
      }
    },
    state: () => status,
    store: () => store,
    dbPath,
  };
}
