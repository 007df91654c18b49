// Why a journal could not be opened, sorted into the two answers that matter: the file itself is
// damaged (its format or its check says so: it may be moved aside and a backup offered), or something
// around it is in the way for now (a full disk, a permission, a lock, a folder at its path, a failing
// disk): then the file is left exactly as it is and the person can try again once the cause is gone.
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { LadderError } from '../../shared/errors';
import type { UnavailableInfo } from '../../shared/lock/lock';

/** Codes that speak of the file's own content: only these (and a failed check) count as damage. */
const DAMAGE_CODES = new Set(['SQLITE_NOTADB', 'SQLITE_FORMAT', 'SQLITE_IOERR_SHORT_READ']);

export function isDamageCode(code: string): boolean {
  return DAMAGE_CODES.has(code) || code === 'SQLITE_CORRUPT' || code.startsWith('SQLITE_CORRUPT_');
}

/** The error's code (SQLite's or the system's), or null for an error that carries none. */
export function codeOfError(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.length > 0 ? code : null;
}

/** SQLite's codes start with SQLITE_; the system's (ENOSPC, EACCES…) are upper-case words from E. */
function isStorageCode(code: string): boolean {
  return code.startsWith('SQLITE_') || /^E[A-Z0-9]+$/.test(code);
}

/** The journal cannot be opened for now; nothing was moved, renamed or written. */
export class UnavailableDatabaseError extends LadderError {
  readonly info: UnavailableInfo;
  constructor(info: UnavailableInfo) {
    super(
      'storage-error',
      `Ladder can't open your journal right now: ${info.reason} (${info.code})`,
    );
    this.info = info;
  }
}

function reasonFor(code: string): string {
  if (
    code === 'ENOSPC' ||
    code === 'EDQUOT' ||
    code === 'SQLITE_FULL' ||
    code === 'SQLITE_IOERR_SHMSIZE'
  ) {
    return 'The disk is full, so Ladder cannot make the working files it needs beside the journal. Free some space, then try again.';
  }
  if (
    code === 'EACCES' ||
    code === 'EPERM' ||
    code === 'SQLITE_READONLY' ||
    code.startsWith('SQLITE_READONLY_') ||
    code === 'SQLITE_PERM'
  ) {
    return 'Ladder is not allowed to read and write the journal file or its folder. Check their permissions (and that the file is not locked against changes), then try again.';
  }
  if (code === 'EROFS')
    return 'The journal is on a disk that can only be read. Make it writable, then try again.';
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    return "The journal's folder is missing and could not be made, or something that is not a folder is in its place. Check the path below, then try again.";
  }
  if (code === 'EISDIR' || code === 'ENOTFILE') {
    return 'Something that is not a file (for example a folder) is where the journal file should be. Move it away or rename it, then try again.';
  }
  if (
    code === 'SQLITE_BUSY' ||
    code === 'SQLITE_LOCKED' ||
    code.startsWith('SQLITE_BUSY_') ||
    code === 'SQLITE_IOERR_LOCK'
  ) {
    return 'Another program is holding the journal file. Close it, then try again.';
  }
  if (code === 'EMFILE' || code === 'ENFILE' || code === 'ENOMEM' || code === 'SQLITE_NOMEM') {
    return 'The system is short of memory or open files. Close some programs, then try again.';
  }
  if (code === 'SQLITE_CANTOPEN' || code.startsWith('SQLITE_CANTOPEN_')) {
    return 'The system would not let Ladder open the journal file. Check that its folder exists and can be written, then try again.';
  }
  if (code === 'EIO' || code.startsWith('SQLITE_IOERR')) {
    return 'The disk reported an error while Ladder read the journal. Check the disk (and its connection), then try again.';
  }
  return 'The system refused to open the journal file. Try again in a moment.';
}

export function unavailable(code: string, path: string): UnavailableDatabaseError {
  return new UnavailableDatabaseError({ code, reason: reasonFor(code), path });
}

/**
 * The error as an UnavailableDatabaseError when it is a storage failure that is not damage (a driver
 * or system error), or null for anything else (damage, a wrong passphrase, a refused newer format).
 */
export function asUnavailable(error: unknown, path: string): UnavailableDatabaseError | null {
  if (error instanceof UnavailableDatabaseError) return error;
  if (error instanceof LadderError) return null;
  const code = codeOfError(error);
  if (code === null || !isStorageCode(code) || isDamageCode(code)) return null;
  return unavailable(code, path);
}

/**
 * The driver refuses a file whose folder is gone (removed, renamed, a drive unplugged) with an error
 * that carries no code; said as ENOENT, the person is told the folder is missing. Null otherwise.
 */
export function missingFolder(file: string): UnavailableDatabaseError | null {
  return existsSync(dirname(file)) ? null : unavailable('ENOENT', file);
}

/**
 * What stands in the way of opening the journal at `file`, checked before SQLite touches it: another
 * kind of object at its path, or a file or folder Ladder may not read and write (this sees a file
 * made immutable even for root, where permission bits do not). Null when nothing does (or it is new).
 */
export function pathProblem(file: string): UnavailableDatabaseError | null {
  try {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat && !stat.isFile())
      return unavailable(stat.isDirectory() ? 'EISDIR' : 'ENOTFILE', file);
    if (stat) accessSync(file, constants.R_OK | constants.W_OK);
    // SQLite keeps its write-ahead log and shared memory beside the file.
    accessSync(dirname(file), constants.R_OK | constants.W_OK | constants.X_OK);
    return null;
  } catch (error) {
    return unavailable(codeOfError(error) ?? 'EIO', file);
  }
}
