// Daily backups while a journal is open: one soon after open, and the same check every hour, so
// someone who leaves Ladder open for days still gets a backup a day (the backup service decides
// whether one is due). A failed backup is logged, never thrown into the journal's way.
import type { BackupInfo } from '../../shared/backup/backups';

/** How often an open store checks whether the daily backup is due. */
const BACKUP_CHECK_MS = 3_600_000;

export interface DailyBackupOptions {
  /** Takes a backup when the newest is a day old; resolves to it, or null when none was due. */
  ifDue: () => Promise<BackupInfo | null>;
  /** Off in tests that take their backups by hand. */
  enabled: boolean;
  /** How often to look whether a backup is due (default hourly; tests set it short). */
  everyMs?: number;
  /** True while the journal refuses writes (found damaged): no backup of a damaged file. */
  refused: () => boolean;
  log: (line: string) => void;
}

export interface DailyBackups {
  /** The backup taken after open: its details, or null when none was due, it failed or is off. */
  first: Promise<BackupInfo | null>;
  /** Stops the timer (at close, also on lock); a backup under way is not logged as failed. */
  stop: () => void;
}

export function startDailyBackups(options: DailyBackupOptions): DailyBackups {
  let stopped = false;
  const backupIfDue = async (): Promise<BackupInfo | null> => {
    if (stopped || options.refused()) return null;
    try {
      return await options.ifDue();
    } catch {
      if (!stopped) options.log('storage-warning: automatic backup failed');
      return null;
    }
  };
  // After open, never in its way: the first request is served before the copy starts.
  const first = options.enabled
    ? new Promise<void>((resolve) => setImmediate(resolve)).then(backupIfDue)
    : Promise.resolve(null);
  // Unref'd, so it never keeps the process alive.
  const timer = options.enabled
    ? setInterval(() => void backupIfDue(), options.everyMs ?? BACKUP_CHECK_MS)
    : null;
  timer?.unref();
  return {
    first,
    stop: () => {
      stopped = true;
      if (timer) clearInterval(timer);
    },
  };
}
