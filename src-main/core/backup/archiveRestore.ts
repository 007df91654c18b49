// Turns an archive (backupArchive.ts) back into a journal file. A plain one is the database itself
// once decompressed. A protected one is rebuilt encrypted without its plain pages ever touching the
// disk: the image is opened in memory and each table copied into a new file attached with the key,
// the search index's shadow tables as they are, indexes and triggers after the rows (so no trigger
// fires twice), then the schema version. The caller checks the result before it is used.
import { rmSync } from 'node:fs';
import { attachEncrypted, openImage, type Db } from '../db/connection';
import { writePrivateFile, createPrivateFile } from '../common/privateFiles';
import { readArchiveImage } from './backupArchive';

const TARGET = 'restored';

interface SchemaRow {
  type: string;
  name: string;
  sql: string | null;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** SQLite stores each statement from its canonical head on, so the schema name goes right after it. */
function inTarget(sql: string): string {
  const head = /^CREATE (?:VIRTUAL TABLE|TABLE|UNIQUE INDEX|INDEX|TRIGGER|VIEW) /.exec(sql);
  if (!head) throw new Error(`unexpected schema statement: ${sql.slice(0, 40)}`);
  return `${head[0]}${TARGET}.${sql.slice(head[0].length)}`;
}

function hasRowid(db: Db, table: string): boolean {
  try {
    db.prepare(`SELECT rowid FROM main.${quote(table)} LIMIT 0`);
    return true;
  } catch {
    return false;
  }
}

function copyInto(db: Db): void {
  const kinds = new Map(
    (
      db.prepare("SELECT name, type FROM pragma_table_list WHERE schema = 'main'").all() as {
        name: string;
        type: string;
      }[]
    ).map((t) => [t.name, t.type]),
  );
  const schema = db
    .prepare('SELECT type, name, sql FROM main.sqlite_schema ORDER BY rowid')
    .all() as SchemaRow[];
  const own = (r: SchemaRow) => r.sql !== null && !r.name.startsWith('sqlite_');
  db.pragma(`${TARGET}.page_size = ${Number(db.pragma('main.page_size', { simple: true }))}`);
  db.pragma(`${TARGET}.auto_vacuum = ${Number(db.pragma('main.auto_vacuum', { simple: true }))}`);
  db.exec('BEGIN');
  try {
    // Tables and virtual tables (which make their shadow tables), in the order they were made.
    for (const r of schema)
      if (r.type === 'table' && own(r) && kinds.get(r.name) !== 'shadow') db.exec(inTarget(r.sql!));
    for (const r of schema) {
      const kind = kinds.get(r.name);
      if (r.type !== 'table' || kind === 'virtual') continue;
      if (r.name.startsWith('sqlite_') && r.name !== 'sqlite_sequence') continue;
      const columns = (
        db.prepare('SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0').all(r.name) as {
          name: string;
        }[]
      ).map((c) => quote(c.name));
      const list = [...(hasRowid(db, r.name) ? ['rowid'] : []), ...columns].join(', ');
      db.exec(`DELETE FROM ${TARGET}.${quote(r.name)}`);
      db.exec(
        `INSERT INTO ${TARGET}.${quote(r.name)} (${list}) SELECT ${list} FROM main.${quote(r.name)}`,
      );
    }
    for (const r of schema) if (r.type !== 'table' && own(r)) db.exec(inTarget(r.sql!));
    const version = Number(db.pragma('main.user_version', { simple: true }));
    db.pragma(`${TARGET}.user_version = ${version}`);
    const appId = Number(db.pragma('main.application_id', { simple: true }));
    db.pragma(`${TARGET}.application_id = ${appId}`);
    db.exec('COMMIT');
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * Writes the journal inside `archive` to `destination` (replaced), encrypted with `key` when given
 * (the archive then is encrypted under the same passphrase). Throws when the archive does not open
 * with the key or fails its own checks; a failed rebuild leaves no file behind.
 */
export function expandArchive(archive: string, destination: string, key: Buffer | null): void {
  const image = readArchiveImage(archive, key);
  rmSync(destination, { force: true });
  if (!key) {
    writePrivateFile(destination, image, { flush: true });
    return;
  }
  const db = openImage(image);
  try {
    createPrivateFile(destination);
    attachEncrypted(db, destination, TARGET, key);
    try {
      copyInto(db);
    } finally {
      db.exec(`DETACH ${TARGET}`);
    }
  } catch (error) {
    rmSync(destination, { force: true });
    throw error;
  } finally {
    db.close();
  }
}
