import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src-main/core/db/connection';
import {
  LATEST_VERSION,
  MIGRATIONS,
  migrate,
  schemaVersion,
} from '../../../src-main/core/db/migrate';
import { openAndMigrate } from '../../../src-main/core/host/store';
import { tempDir } from '../helpers';

const TABLES = [
  'conversations',
  'agenda_items',
  'agenda_evidence',
  'anticipated_questions',
  'question_evidence',
  'action_items',
  'user_templates',
];

function tables(db: ReturnType<typeof openAndMigrate>): string[] {
  return (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]
  ).map((r) => r.name);
}

describe('migration 3: conversations', () => {
  it('creates the conversation tables, STRICT, on a fresh file', () => {
    const db = openAndMigrate(join(tempDir(), 'fresh.db'));
    try {
      expect(LATEST_VERSION).toBeGreaterThanOrEqual(3);
      expect(tables(db)).toEqual(expect.arrayContaining(TABLES));
      for (const name of TABLES) {
        expect(
          db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(name),
          name,
        ).toEqual({ strict: 1 });
      }
    } finally {
      db.close();
    }
  });

  it('upgrades a version-2 file and keeps its journal', () => {
    const file = join(tempDir(), 'v2.db');
    const old = openDatabase(file);
    expect(
      migrate(
        old,
        MIGRATIONS.filter((m) => m.version <= 2),
      ),
    ).toEqual([1, 2]);
    expect(tables(old)).not.toContain('conversations');
    old
      .prepare(
        "INSERT INTO entries (id, kind, title, date, created_at, updated_at) VALUES ('e1', 'accomplishment', 'Shipped the billing fix', '2026-03-01', 1, 1)",
      )
      .run();
    old
      .prepare(
        "INSERT INTO goals (id, horizon, text, created_at, updated_at) VALUES ('g1', 'short', 'Lead a project', 1, 1)",
      )
      .run();
    old.close();

    const db = openAndMigrate(file);
    try {
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(tables(db)).toEqual(expect.arrayContaining(TABLES));
      expect(db.prepare('SELECT id, title FROM entries').all()).toEqual([
        { id: 'e1', title: 'Shipped the billing fix' },
      ]);
      expect(db.prepare('SELECT text FROM goals').all()).toEqual([{ text: 'Lead a project' }]);
    } finally {
      db.close();
    }
  });

  it('refuses bad values at the table level too', () => {
    const db = openAndMigrate(join(tempDir(), 'checks.db'));
    try {
      const insert = (col: string, value: string) =>
        db
          .prepare(
            `INSERT INTO conversations (id, created_at, updated_at, ${col}) VALUES ('c', 1, 1, ?)`,
          )
          .run(value);
      expect(() => insert('status', 'cancelled')).toThrow();
      expect(() => insert('my_role', 'boss')).toThrow();
      expect(() => insert('starts_at', '2026-11-21 09:30')).toThrow();
      expect(() => insert('starts_at', '2026-11-21T09:30')).not.toThrow();
    } finally {
      db.close();
    }
  });
});
