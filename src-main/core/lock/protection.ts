// The protection record: a small, non-secret file beside the database saying that it is encrypted
// and how. An encrypted file has no plain "SQLite format 3" header, so without this record a protected
// journal and a damaged one would look alike at start. The header still has the last word: a plain
// header means a plain journal whatever the record says (an unfinished protect, or a finished removal,
// can leave the record behind; it is then removed). It may also hold a passphrase verifier
// (verifier.ts): when present, it always belongs to the passphrase the file is encrypted with.
import { existsSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AUTO_LOCK_CHOICES } from '../../shared/lock/lock';
import { writePrivateFile } from '../common/privateFiles';
import { parseVerifier, type PassphraseVerifier } from './verifier';

export const PROTECTION_FILE = 'ladder.protection.json';

export interface ProtectionRecord {
  version: 1;
  /** SQLite3 Multiple Ciphers' AEGIS-256, key from Argon2id (see CIPHER in db/connection.ts); kdfIterations is its time cost. */
  cipher: 'aegis';
  kdf: 'argon2id';
  kdfIterations: number;
  protectedAt: number;
  autoLockMinutes: number | null;
  /** Absent in records written before verifiers, or while the file's passphrase is being changed. */
  verifier?: PassphraseVerifier;
}

export function protectionPath(dbPath: string): string {
  return join(dirname(dbPath), PROTECTION_FILE);
}

export function newRecord(now: number): ProtectionRecord {
  return {
    version: 1,
    cipher: 'aegis',
    kdf: 'argon2id',
    kdfIterations: 2,
    protectedAt: now,
    autoLockMinutes: null,
  };
}

/** The record, or null when there is none; a record that cannot be read still says "protected". */
export function readProtection(dbPath: string): ProtectionRecord | null {
  const file = protectionPath(dbPath);
  if (!existsSync(file)) return null;
  let raw: Partial<ProtectionRecord> = {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed === 'object' && parsed !== null) raw = parsed as Partial<ProtectionRecord>;
  } catch {
    // Unreadable: still protected, with the defaults.
  }
  const minutes = (AUTO_LOCK_CHOICES as readonly unknown[]).includes(raw.autoLockMinutes)
    ? (raw.autoLockMinutes as number)
    : null;
  const verifier = parseVerifier(raw.verifier);
  return {
    ...newRecord(typeof raw.protectedAt === 'number' ? raw.protectedAt : 0),
    autoLockMinutes: minutes,
    ...(verifier ? { verifier } : {}),
  };
}

/**
 * Written under a temporary name and renamed, so a crash never leaves half a record; a write that
 * fails (a full disk) leaves nothing behind.
 */
export function writeProtection(dbPath: string, record: ProtectionRecord): void {
  const file = protectionPath(dbPath);
  try {
    writePrivateFile(`${file}.partial`, JSON.stringify(record, null, 2), { flush: true });
    renameSync(`${file}.partial`, file);
  } catch (error) {
    rmSync(`${file}.partial`, { force: true });
    throw error;
  }
}

/** Sets (or, with null, drops) the verifier of an existing record; without a record it does nothing. */
export function setVerifier(dbPath: string, verifier: PassphraseVerifier | null): void {
  const record = readProtection(dbPath);
  if (!record) return;
  delete record.verifier;
  writeProtection(dbPath, verifier ? { ...record, verifier } : record);
}

export function removeProtection(dbPath: string): void {
  rmSync(protectionPath(dbPath), { force: true });
}
