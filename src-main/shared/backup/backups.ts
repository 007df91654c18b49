// Backups as the renderer sees them: a file in the `backups` folder beside the database.

export interface BackupInfo {
  /** File name inside the backups folder, e.g. `ladder-2026-11-21T10-00-00-000Z.db.gz`. */
  name: string;
  /** When the backup was taken, milliseconds since the epoch (read from the name). */
  takenAt: number;
  /** Size in bytes. */
  size: number;
}

export interface RestorePlan {
  /** The backup that replaces the journal the next time Ladder starts. */
  name: string;
  /** Ladder must be restarted for the restore to happen (the current file is kept aside then). */
  restartRequired: true;
}

/**
 * Backup file names: only these are listed or restored, so a name can never point elsewhere. `.db.gz`
 * is a compressed backup; `.db` a full copy, as earlier versions made them (still listed and restored).
 */
export const BACKUP_NAME =
  /^ladder-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.db(?:\.gz)?$/;
