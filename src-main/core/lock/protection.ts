// The protection record: a small, non-secret file beside the database saying that it is encrypted
// and how. An encrypted file has no plain "SQLite format 3" header, so without this record a protected
// journal and a damaged one would look alike at start. The header still has the last word: a plain
// header means a plain journal whatever the record says (an unfinished protect, or a finished removal,
// can leave the record behind; it is then removed).
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AUTO_LOCK_CHOICES } from '../../shared/lock';

export const PROTECTION_FILE = 'ladder.protection.json';

export interface ProtectionRecord {
  version: 1;
  /** SQLite3 Multiple Ciphers' AEGIS-256, key from Argon2id (see CIPHER in db/connection.ts); kdfIterations is its time cost. */
  cipher: 'aegis';
  kdf: 'argon2id';
  kdfIterations: number;
  protectedAt: number;
  autoLockMinutes: number | null;
}

export function protectionPath(dbPath: string): string {
  return join(dirname(dbPath), PROTECTION_FILE);
}

export function newRecord(now: number): ProtectionRecord {
  return { version: 1, cipher: 'aegis', kdf: 'argon2id', kdfIterations: 2, protectedAt: now, autoLockMinutes: null };
}

/** The record, or null when there is none; a record that cannot be read still says "protected". */
export function readProtection(dbPath: string): ProtectionRecord | null {
  const file = protectionPath(dbPath);
  if (!existsSync(file)) return null;
  let raw: Partial<ProtectionRecord>;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8')) as Partial<ProtectionRecord>;
  } catch {
    raw = {};
  }
  const minutes = (AUTO_LOCK_CHOICES as readonly unknown[]).includes(raw.autoLockMinutes) ? (raw.autoLockMinutes as number) : null;
  return { ...newRecord(typeof raw.protectedAt === 'number' ? raw.protectedAt : 0), autoLockMinutes: minutes };
}

/** Written under a temporary name and renamed, so a crash never leaves half a record. */
export function writeProtection(dbPath: string, record: ProtectionRecord): void {
  const file = protectionPath(dbPath);
  writeFileSync(`${file}.partial`, JSON.stringify(record, null, 2), { flush: true });
  renameSync(`${file}.partial`, file);
}

export function removeProtection(dbPath: string): void {
  rmSync(protectionPath(dbPath), { force: true });
}
