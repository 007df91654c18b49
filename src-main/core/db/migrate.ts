// Numbered SQL migrations, each applied in one transaction; the schema version lives in user_version.
import { LadderError } from '../../shared/errors';
import type { Db } from './connection';

const files = import.meta.glob('./migrations/*.sql', {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** Migrations sorted by number; `0003-foo.sql` is version 3. */
export const MIGRATIONS: readonly Migration[] = Object.entries(files)
  .map(([path, sql]) => {
    const name = path.split('/').pop() ?? path;
    const version = Number.parseInt(name, 10);
    if (!Number.isInteger(version) || version < 1)
      throw new Error(`Bad migration file name: ${name}`);
    return { version, name, sql };
  })
  .sort((a, b) => a.version - b.version);

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** Throws, without writing anything, when the file comes from a newer Ladder. */
export function refuseNewer(db: Db, file: string): void {
  const version = schemaVersion(db);
  if (version > LATEST_VERSION) {
    throw new LadderError(
      'storage-error',
      `The data file ${file} was written by a newer version of Ladder (format ${version}, this version reads up to ` +
        `${LATEST_VERSION}). Please update Ladder; the file was not changed.`,
    );
  }
}

/** Applies every pending migration; returns the versions applied. */
export function migrate(db: Db, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const applied: number[] = [];
  for (const m of migrations) {
    if (m.version <= schemaVersion(db)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    })();
    applied.push(m.version);
  }
  return applied;
}
