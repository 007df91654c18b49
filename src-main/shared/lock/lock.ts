// The start gate as the renderer sees it: whether the journal is open, waiting for its passphrase,
// found damaged (or missing beside its backups) at start, or out of reach for now (a full disk, a
// permission, a folder in its place), plus the app-lock settings. Nothing here is secret.
import type { BackupInfo } from '../backup/backups';
import { lockChannels } from './lockChannels';

export type StoreState = 'open' | 'locked' | 'damaged' | 'unavailable';

export interface DamagedInfo {
  /**
   * File name (beside the journal) the damaged database was moved to; it is never overwritten. Null
   * when nothing was moved: the journal file is missing or empty (see `found`).
   */
  keptAs: string | null;
  /**
   * Why the recovery screen shows: the file failed its check (absent: the older form, also damage),
   * or it is missing or empty while backups or a moved-aside file say a journal existed.
   */
  found?: 'damaged' | 'missing' | 'empty';
  /** The newest backup that passed its check, offered for restore; null when there is none. */
  newestBackup: BackupInfo | null;
  /** Why each newer backup was passed over (another passphrase, or damage), and how to restore it. */
  passedOver: string[];
}

/** A cause outside the file (disk, permission, another object at its path) that may go away. */
export interface UnavailableInfo {
  /** The system's or SQLite's code, e.g. ENOSPC, EACCES, EISDIR, SQLITE_IOERR_SHMSIZE, SQLITE_BUSY. */
  code: string;
  /** One plain sentence on what that means and what the person can do. */
  reason: string;
  /** The path Ladder tried to open. */
  path: string;
}

export interface AppState {
  state: StoreState;
  /** Whether the journal is encrypted with a passphrase. */
  protected: boolean;
  /** When protection was turned on (ms since the epoch), for protected journals. */
  protectedAt?: number;
  damaged?: DamagedInfo;
  /** Why the journal cannot be opened right now (state 'unavailable'); nothing was moved or written. */
  unavailable?: UnavailableInfo;
  /** A restore waiting for this start that was not carried out: its backup needs another passphrase. */
  restoreSkipped?: { name: string; takenAt: number };
}

export interface LockSettings {
  protected: boolean;
  /** Minutes without keyboard or mouse activity before the app locks; null for never. */
  autoLockMinutes: number | null;
}

export const AUTO_LOCK_CHOICES = [5, 15, 30, 60] as const;

/** Answered in every state by the store host; every other channel needs an open journal. */
export const GATE_CHANNELS = Object.freeze(Object.keys(lockChannels) as GateChannel[]);

export type GateChannel = keyof typeof lockChannels;

const gate: ReadonlySet<string> = new Set(GATE_CHANNELS);

export function isGateChannel(name: string): name is GateChannel {
  return gate.has(name);
}

/** Passphrases shorter than this are refused when protecting or changing. */
export const MIN_PASSPHRASE = 8;
export const MAX_PASSPHRASE = 1024;
