// Composition root of the main side, shared by the desktop shell and browser mode.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { AppInfo } from '../shared/domain';
import { enableWal, openDatabase, type Db } from './db/connection';
import { migrate, refuseNewer } from './db/migrate';
import { createHandlers, type Handle, type HandlerOptions, type Services } from './handlers';
import type { ServiceContext } from './services/context';
import { createGoalsService } from './services/goals';
import { createHistoryService } from './services/history';
import { createJournalService } from './services/journal';
import { createProfileService } from './services/profile';
import { createSearchService } from './services/search';
import { createSettingsService } from './services/settings';
import { createSkillsService } from './services/skills';
import { createTrashService } from './services/trash';

export const DB_FILE_NAME = 'ladder.db';

export interface StoreOptions extends HandlerOptions {
  dataDir: string;
  mode: AppInfo['mode'];
  version: string;
  now?: () => number;
}

export interface Store {
  handle: Handle;
  close: () => void;
  dbPath: string;
  services: Services;
  /** The open connection, for tests and benchmarks; the shells talk through `handle` only. */
  db: Db;
}

/** Opens an existing database file safely: checked, refused if newer, then migrated. */
export function openAndMigrate(dbPath: string): Db {
  const db = openDatabase(dbPath);
  try {
    refuseNewer(db, dbPath);
    enableWal(db);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

export function createServices(ctx: ServiceContext, appInfo: () => AppInfo): Services {
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
  };
}

export function openStore(options: StoreOptions): Store {
  const dataDir = resolve(options.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const dbPath = join(dataDir, DB_FILE_NAME);
  const db = openAndMigrate(dbPath);
  const info: AppInfo = { version: options.version, mode: options.mode, dataDir, dbPath };
  const services = createServices({ db, now: options.now ?? Date.now }, () => ({ ...info }));
  return {
    handle: createHandlers(services, options),
    close: () => db.close(),
    dbPath,
    services,
    db,
  };
}
