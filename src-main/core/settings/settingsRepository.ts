// Settings as key → JSON value.
import type { Db } from '../db/connection';

export function readSettings(db: Db): Record<string, unknown> {
  const rows = db.prepare('SELECT key, value FROM settings').all() as {
    key: string;
    value: string;
  }[];
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value) as unknown]));
}

export function writeSettings(db: Db, values: Record<string, unknown>): void {
  db.transaction(() => {
    const upsert = db.prepare(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
    );
    for (const [key, value] of Object.entries(values)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value));
    }
  })();
}
