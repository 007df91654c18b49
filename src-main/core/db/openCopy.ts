// A whole copy of the journal from the app's own connection, for when no other connection can open
// it by its name (the file is gone from its folder: host/journalInPlace.ts). VACUUM INTO reads one
// snapshot, the write-ahead log included, and encrypts the copy with the connection's key if it has one.
import type { Db } from './connection';

/** `destination` must be missing or empty (SQLite refuses to overwrite). */
export function copyFromOpenConnection(db: Db, destination: string): void {
  db.prepare('VACUUM INTO ?').run(destination);
}
