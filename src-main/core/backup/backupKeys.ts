// A backup is encrypted with the passphrase the journal had when it was taken. Backups follow the
// journal through every passphrase change, but one copied back in from elsewhere (or one whose
// re-encryption failed) can still hold an earlier passphrase: such a backup is never called
// "damaged", and a restore waiting for the next start never blocks the unlock.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { keyOpens } from '../db/connection';
import { hasPlainHeader } from '../db/fileHeader';
import { backupDir, RESTORE_MARKER, timeOfBackup } from './backupFiles';
import { archiveKeyFits, isArchiveName, isPlainArchive } from './backupArchive';
import { removeReadyCopies } from './restorePrepare';

export interface PendingRestore {
  name: string;
  file: string;
  takenAt: number;
}

function dateOf(takenAt: number): string {
  return new Date(takenAt).toISOString().slice(0, 10);
}

/**
 * Why the journal's key (null: not protected) cannot open this backup, said so the user knows which
 * passphrase it needs; null when the key fits (the backup may still fail its own check).
 */
export function backupKeyProblem(file: string, name: string, key: Buffer | null): string | null {
  const date = dateOf(timeOfBackup(name) ?? 0);
  const plain = isPlainBackup(file);
  if (key === null) {
    if (plain) return null;
    return (
      `The backup from ${date} cannot be read without a passphrase: it is encrypted with the passphrase the journal had on ` +
      `${date}, or it is damaged. To restore it, protect the journal with that same passphrase ` +
      '(Settings: Protect with Passphrase...), then restore it again.'
    );
  }
  if (plain) {
    return (
      `The backup from ${date} was taken before the journal was protected, so it is not encrypted. To restore it, remove ` +
      'the passphrase (Settings: Remove Passphrase Protection...), restore it, then protect the journal again.'
    );
  }
  if (opens(file, key)) return null;
  return (
    `The backup from ${date} does not open with the current passphrase: it was taken under the passphrase the journal had ` +
    `on ${date}. To restore it, change the passphrase back to that one (Settings: Change Passphrase...), then restore it again.`
  );
}

/** Whether the backup is not encrypted: a compressed one reads its own header, a full copy SQLite's. */
function isPlainBackup(file: string): boolean {
  return isArchiveName(file) ? isPlainArchive(file) : hasPlainHeader(file);
}

function opens(file: string, key: Buffer): boolean {
  try {
    return isArchiveName(file) ? archiveKeyFits(file, key) : keyOpens(file, key);
  } catch {
    return false;
  }
}

/** The restore that `backup.restore` left for the next start, or null. */
export function pendingRestore(dbPath: string): PendingRestore | null {
  const marker = join(backupDir(dbPath), RESTORE_MARKER);
  if (!existsSync(marker)) return null;
  let name: unknown;
  try {
    name = (JSON.parse(readFileSync(marker, 'utf8')) as { name?: unknown }).name;
  } catch {
    return null;
  }
  const takenAt = typeof name === 'string' ? timeOfBackup(name) : null;
  if (typeof name !== 'string' || takenAt === null) return null;
  const file = join(backupDir(dbPath), name);
  return existsSync(file) ? { name, file, takenAt } : null;
}

/** Whether this passphrase opens the waiting backup (which then becomes the journal). */
export function opensPendingBackup(pending: PendingRestore | null, key: Buffer): boolean {
  return pending !== null && !isPlainBackup(pending.file) && opens(pending.file, key);
}

/** Drops the waiting restore; the backup itself stays in the folder. */
export function cancelPendingRestore(dbPath: string): void {
  rmSync(join(backupDir(dbPath), RESTORE_MARKER), { force: true });
  removeReadyCopies(backupDir(dbPath));
}
