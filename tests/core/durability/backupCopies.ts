// Opens what a backup holds, as a restore would: a compressed backup is expanded into a temp file
// first (encrypted with the passphrase when it has one), a full copy (older backups) is opened as is.
import Database from 'better-sqlite3-multiple-ciphers';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { expandArchive } from '../../../src-main/core/backup/archiveRestore';
import { isArchiveName } from '../../../src-main/core/backup/backupArchive';
import { tempDir } from '../helpers';

const expanded = new Map<string, string>();

/** Opens the journal a backup holds, read-only, with the passphrase when it is encrypted. */
export function openBackupCopy(file: string, key?: string): Database.Database {
  let path = file;
  if (isArchiveName(file)) {
    // A backup never changes once written: one expansion serves every look at it in a test.
    const id = `${file}:${statSync(file).mtimeMs}:${key ?? ''}`;
    path = expanded.get(id) ?? join(tempDir(), 'expanded.db');
    if (!expanded.has(id)) expandArchive(file, path, key ? Buffer.from(key) : null);
    expanded.set(id, path);
  }
  const db = new Database(path, { readonly: true, fileMustExist: true });
  if (key) {
    db.pragma("cipher = 'aegis'");
    db.key(Buffer.from(key));
  }
  return db;
}

/** A backup's file name, compressed or a full copy. */
export const isBackupFile = (name: string): boolean => /^ladder-.*\.db(\.gz)?$/.test(name);
