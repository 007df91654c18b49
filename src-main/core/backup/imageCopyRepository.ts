// The SQL of a restore from a compressed backup (archiveRestore.ts): copies a database image opened
// in memory into the schema attached as RESTORED, table by table. Tables and virtual tables first (in
// the order they were made; a virtual table makes its own shadow tables), then every row, the search
// index's shadow tables as they are, then indexes, triggers and views (so no trigger fires on a copied
// row), then the schema version and application id.
import type { Db } from '../db/connection';

export const RESTORED = 'restored';
const TARGET = RESTORED;

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

/** Copies `main` into the empty attached RESTORED, in one transaction. */
export function copyImageInto(db: Db): void {
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
  // auto_vacuum is not carried over: on the encrypted attached file, incremental mode made the index
  // builds below fail as "malformed" (SQLite3 Multiple Ciphers); the restored journal reuses its
  // free pages instead of giving them back, as a journal made before migration 0014 does.
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
    // Some errors (a full disk, a damaged page) have rolled the transaction back already.
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/** Closes the attached copy, so its file is complete and free once this returns. */
export function detachRestored(db: Db): void {
  db.exec(`DETACH ${TARGET}`);
}
