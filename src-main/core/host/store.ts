// Composition root of the main side, shared by the desktop shell and browser mode.
import { join, resolve } from 'node:path';
import type { AppInfo } from '../../shared/domain';
import type { BackupInfo } from '../../shared/backup/backups';
import {
  DamagedDatabaseError,
  enableWal,
  integrityCheckDeferred,
  openDatabase,
  quickCheckNow,
  refuseWrites,
  type Db,
  type OpenOptions,
} from '../db/connection';
import { checkIntegrityInBackground, type IntegrityOutcome } from '../db/driverWorkers';
import { createCheckpointer } from '../db/checkpoints';
import { asUnavailable, pathProblem } from '../db/openFailure';
import { createIndexMerger } from '../db/indexMerge';
import { LATEST_VERSION, migrate, refuseNewer, schemaVersion } from '../db/migrate';
import { rechunkLongEntries } from '../db/ftsIndex';
import { indexLeftOut, rebuildLeftOutIndex } from '../db/indexLeftOut';
import { packStoredBodies } from '../journal/entriesRepository.write';
import { createHandlers, type Handle, type HandlerOptions } from './handlers';
import type { Services } from './handlerTable';
import { createPrivateFile, makePrivateDir } from '../common/privateFiles';
import { removeInterruptedCopies } from '../backup/backupLeftovers';
import type { ServiceContext } from '../common/context';
import { createActionsService } from '../followups/actionsService';
import { createAgendaService } from '../conversations/agendaService';
import { createAnswerAudioService } from '../voice/answerAudioService';
import { createAnticipatedService } from '../conversations/anticipatedService';
import { applyPendingRestore, createBackupService } from '../backup/backupService';
import { startDailyBackups } from '../backup/dailyBackups';
import { createConversationExportService } from '../conversations/conversationExport';
import { createConversationsService } from '../conversations/conversationsService';
import { createExportService } from '../data/exportData';
import { createImportService } from '../data/importData';
import { createDataJobs, type DataJobs } from '../data/dataJobs';
import { CHECK_DELAY_MS, checkDue, rememberCheck } from './integritySchedule';
import { createGoalsService } from '../profile/goalsService';
import { createHistoryService } from '../journal/historyService';
import { createJournalService } from '../journal/journalService';
import { createProfileService } from '../profile/profileService';
import { createSearchService } from '../search/searchService';
import { createPracticeService } from '../practice/practiceService';
import { createPreparationService } from '../conversations/preparation';
import { createQuestionsService } from '../questions/questionsService';
import { createRehearsalService } from '../rehearsal/rehearsalService';
import { createSettingsService } from '../settings/settingsService';
import { createSkillsService } from '../profile/skillsService';
import { createTemplatesService } from '../conversations/templates';
import { createTrashService } from '../journal/trashService';

export const DB_FILE_NAME = 'ladder.db';

export interface StoreOptions extends HandlerOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  /** Files larger than this are fully checked in the background (tests set it low). */
  quickCheckMaxBytes?: number;
  /** How long after open the background check of a large file waits (default a minute; tests 0). */
  integrityCheckDelayMs?: number;
  version: string;
  now?: () => number;
  /** Take a backup soon after open, and again while open, when the newest is a day old (default true). */
  autoBackup?: boolean;
  /** How often an open store looks whether a backup is due (default hourly; tests set it short). */
  backupCheckMs?: number;
  /** The passphrase's bytes for a protected journal (owned by the store host, which zeroes it on lock). */
  key?: Buffer;
  /** The key is known right, so a file it cannot read is damaged, not a wrong passphrase (see OpenOptions). */
  keyKnownRight?: boolean;
}

export interface Store {
  handle: Handle;
  close: () => void;
  dbPath: string;
  services: Services;
  /** The open connection, for tests and benchmarks; the shells talk through `handle` only. */
  db: Db;
  /** Outcome of the full integrity check: at once for small files, from a worker for large ones. */
  integrity: Promise<IntegrityOutcome>;
  /** The automatic backup taken after open: its details, or null when none was due or it failed. */
  autoBackup: Promise<BackupInfo | null>;
  /** The backup restored at this start (prepared by `backup.restore`), if any. */
  restored: string | null;
  /** Resolves once the index merging that follows a request is done (tests and benchmarks). */
  indexMerged: () => Promise<void>;
}

/** Opens an existing database file safely: checked, refused if newer, then migrated. */
export function openAndMigrate(dbPath: string, options: OpenOptions = {}): Db {
  // A file SQLite could only open read-only (or a folder at its path) is refused before it is opened.
  const blocked = pathProblem(dbPath);
  if (blocked) throw blocked;
  const db = openDatabase(dbPath, options);
  try {
    refuseNewer(db, dbPath);
    // Upgrading or switching to WAL writes at once: never on a file not fully checked yet.
    // A lean backup put back by hand (gunzip) has its search index to rebuild (db/indexLeftOut.ts).
    const leftOut = indexLeftOut(db);
    const needsWrite =
      leftOut ||
      schemaVersion(db) < LATEST_VERSION ||
      db.pragma('journal_mode', { simple: true }) !== 'wal';
    if (integrityCheckDeferred(db) && needsWrite) {
      try {
        quickCheckNow(db);
      } catch (error) {
        throw asUnavailable(error, dbPath) ?? new DamagedDatabaseError(damagedMessage(dbPath));
      }
    }
    // A new file gives the pages it frees back to the disk (db/checkpoints.ts, in idle time): FTS5's
    // segment merges free megabytes at a time. An older file keeps SQLite's default (switching it
    // takes a full VACUUM).
    if (schemaVersion(db) === 0) db.pragma('auto_vacuum = INCREMENTAL');
    enableWal(db);
    // Before any migration, which may expect the index whole.
    if (leftOut) rebuildLeftOutIndex(db);
    const applied = migrate(db);
    // Migration 11 leaves every entry one search-index piece; long ones are cut here, once.
    if (applied.includes(11)) rechunkLongEntries(db);
    // Migration 14 stores bodies deflated (zlib is not in SQL): those written before, here, once.
    if (applied.includes(14)) packStoredBodies(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function createServices(
  ctx: ServiceContext,
  appInfo: () => AppInfo,
  dataJobs: DataJobs,
): Services {
  const practice = createPracticeService(ctx);
  return {
    appInfo,
    journal: createJournalService(ctx),
    history: createHistoryService(ctx),
    trash: createTrashService(ctx),
    profile: createProfileService(ctx),
    skills: createSkillsService(ctx),
    goals: createGoalsService(ctx),
    search: createSearchService(ctx),
    settings: createSettingsService(ctx),
    conversations: createConversationsService(ctx),
    agenda: createAgendaService(ctx),
    anticipated: createAnticipatedService(ctx),
    actions: createActionsService(ctx),
    preparation: createPreparationService(ctx),
    templates: createTemplatesService(ctx),
    conversationExport: createConversationExportService(ctx),
    questions: createQuestionsService(ctx),
    rehearsal: createRehearsalService(ctx, practice.dueQuestions),
    answerAudio: createAnswerAudioService(ctx),
    practice,
    backup: createBackupService(ctx),
    dataExport: createExportService(dataJobs, appInfo),
    dataImport: createImportService(ctx, dataJobs.readImport),
  };
}

/** The background check, started once `delayMs` have passed; cancelled before, it is 'unchecked'. */
function checkLater(
  dbPath: string,
  key: Buffer | null,
  delayMs = CHECK_DELAY_MS,
): { result: Promise<IntegrityOutcome>; cancel: () => void } {
  let stop = (): void => undefined;
  let settle: (outcome: IntegrityOutcome) => void = () => undefined;
  const result = new Promise<IntegrityOutcome>((resolve) => (settle = resolve));
  const timer = setTimeout(() => {
    const check = checkIntegrityInBackground(dbPath, key);
    stop = check.cancel;
    void check.result.then(settle);
  }, delayMs);
  // The wait must never keep the process alive on its own.
  timer.unref();
  return {
    result,
    cancel: () => {
      clearTimeout(timer);
      stop();
      settle('unchecked');
    },
  };
}

function damagedMessage(dbPath: string): string {
  return (
    `A check of the data file ${dbPath} found damage. Ladder stopped writing to it so it can be rescued: ` +
    'your file was kept as it is. Keep a copy of it and move it aside to start a new journal.'
  );
}

export function openStore(options: StoreOptions): Store {
  const dataDir = resolve(options.dataDir);
  makePrivateDir(dataDir);
  const dbPath = join(dataDir, DB_FILE_NAME);
  const now = options.now ?? Date.now;
  removeInterruptedCopies(dbPath);
  const restored = applyPendingRestore(dbPath, now(), options.key ?? null);
  // A new journal is created 0600 before SQLite opens it: its WAL and shared memory take its mode.
  // When that fails, SQLite's own open below says what is wrong (a full disk, a read-only folder).
  try {
    createPrivateFile(dbPath);
  } catch {
    // Reported by the open.
  }
  const db = openAndMigrate(dbPath, {
    quickCheckMaxBytes: options.quickCheckMaxBytes,
    key: options.key,
    keyKnownRight: options.keyKnownRight,
  });
  const info: AppInfo = { version: options.version, mode: options.mode, dataDir, dbPath };
  const ctx: ServiceContext = { db, now };
  const dataJobs = createDataJobs(ctx);
  const services = createServices(ctx, () => ({ ...info }), dataJobs);
  const inner = createHandlers(services, options);
  const log = options.log ?? ((line: string) => console.error(line));

  let damaged = false;
  let integrity: Promise<IntegrityOutcome> = Promise.resolve('ok');
  let cancel = (): void => undefined;
  if (integrityCheckDeferred(db)) {
    // At most daily, and after the first minute of use (integritySchedule.ts).
    if (!checkDue(dbPath, now())) integrity = Promise.resolve('recent');
    else {
      const check = checkLater(dbPath, options.key ?? null, options.integrityCheckDelayMs);
      cancel = check.cancel;
      integrity = check.result.then((outcome) => {
        if (outcome === 'damaged' && db.open) {
          refuseWrites(db);
          damaged = true;
          log('storage-error: background integrity check failed; writes refused');
        } else if (outcome === 'unchecked' && db.open) {
          log('storage-warning: background integrity check could not run');
        } else if (outcome === 'ok') rememberCheck(dbPath, now());
        return outcome;
      });
    }
  }

  const checkpoints = createCheckpointer(db, { log });
  const merger = createIndexMerger(db, { log });
  const dailyBackups = startDailyBackups({
    ifDue: () => services.backup.ifDue(),
    enabled: options.autoBackup !== false,
    everyMs: options.backupCheckMs,
    refused: () => damaged,
    log,
  });
  const handle: Handle = async (channel, args) => {
    const out = await inner(channel, args);
    checkpoints.noteActivity();
    merger.noteActivity();
    if (damaged && !out.ok && out.error.code === 'storage-error') {
      return { ok: false, error: { code: 'storage-error', message: damagedMessage(dbPath) } };
    }
    return out;
  };

  return {
    handle,
    close: () => {
      dailyBackups.stop();
      dataJobs.close();
      cancel();
      checkpoints.close();
      merger.close();
      db.close();
    },
    dbPath,
    services,
    db,
    integrity,
    autoBackup: dailyBackups.first,
    restored,
    indexMerged: () => merger.settled(),
  };
}
