// The journal is for the person who owns it, also on a computer shared with other accounts: the data
// folder and backups/ are 0700, every file Ladder writes is 0600. Modes are set with chmod after
// creating, so the umask cannot loosen them. SQLite creates a database's -wal and -shm with the
// mode of the database file itself, so the database is created here (0600) before SQLite opens it.
// Windows has no such modes: its files follow the folder's access list, and nothing is done there.
import {
  chmodSync,
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_DIR_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

const posixModes = (): boolean => process.platform !== 'win32';

/** Makes the folder (and any missing parents) and sets it to 0700. */
export function makePrivateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  tighten(dir, PRIVATE_DIR_MODE);
}

/** Creates an empty 0600 file when there is none, so whatever opens it next keeps that mode. */
export function createPrivateFile(file: string): void {
  let fd: number;
  try {
    fd = openSync(file, 'wx', PRIVATE_FILE_MODE);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return;
    throw error;
  }
  try {
    if (posixModes()) fchmodSync(fd, PRIVATE_FILE_MODE);
  } finally {
    closeSync(fd);
  }
}

/** Writes (or replaces) a file readable by its owner only; `flush` forces it to disk before returning. */
export function writePrivateFile(
  file: string,
  data: string | Uint8Array,
  options: { flush?: boolean } = {},
): void {
  const fd = openSync(file, 'w', PRIVATE_FILE_MODE);
  try {
    // An existing file keeps its mode on open: set it in any case.
    if (posixModes()) fchmodSync(fd, PRIVATE_FILE_MODE);
    writeFileSync(fd, data);
    if (options.flush) fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Ladder's own files in the data folder; the desktop shell's files there are Chromium's. */
const OURS = /^(ladder[.-]|window-state\.json)/;

/**
 * At start: creates the data folder 0700, or tightens an existing one, its Ladder files (journal,
 * WAL, shared memory, protection record, copies kept aside) and `ownFolder` (backups/) with every
 * file in it, which earlier versions left 0755/0644.
 */
export function tightenDataFolder(dataDir: string, ownFolder: string): void {
  makePrivateDir(dataDir);
  if (!posixModes()) return;
  let names: string[];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const name of names) {
    if (OURS.test(name)) tightenIfRegular(join(dataDir, name), PRIVATE_FILE_MODE);
  }
  const backups = join(dataDir, ownFolder);
  if (!isKind(backups, 'dir')) return;
  tighten(backups, PRIVATE_DIR_MODE);
  try {
    for (const name of readdirSync(backups))
      tightenIfRegular(join(backups, name), PRIVATE_FILE_MODE);
  } catch {
    // An unreadable backups/ is the backup service's to report.
  }
}

function tightenIfRegular(path: string, mode: number): void {
  // A symbolic link is left alone: chmod would follow it to a file that may not be Ladder's.
  if (isKind(path, 'file')) tighten(path, mode);
}

function isKind(path: string, kind: 'file' | 'dir'): boolean {
  try {
    const stat = lstatSync(path);
    return kind === 'file' ? stat.isFile() : stat.isDirectory();
  } catch {
    return false;
  }
}

/** Best effort: a folder owned by someone else (a --data folder shared on purpose) still opens. */
function tighten(path: string, mode: number): void {
  if (!posixModes()) return;
  try {
    chmodSync(path, mode);
  } catch {
    // Not ours to change; the journal opens all the same.
  }
}

/** Flushes a file or a folder (its renames) to disk; a platform that cannot fsync a folder is let be. */
export function syncPath(path: string): void {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    fsyncSync(fd);
  } catch {
    // Some platforms cannot fsync a folder; the rename is still atomic.
  } finally {
    if (fd !== null) closeSync(fd);
  }
}
