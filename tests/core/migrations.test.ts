import { randomBytes } from 'node:crypto';
import { readFileSync, truncateSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src-main/core/db/connection';
import { LATEST_VERSION, MIGRATIONS, migrate, schemaVersion } from '../../src-main/core/db/migrate';
import { openAndMigrate } from '../../src-main/core/host/store';
import { LadderError } from '../../src-main/shared/errors';
import { body, closeStore, tempDir, testStore } from './helpers';

function refusal(file: string): LadderError {
  try {
    openAndMigrate(file).close();
  } catch (error) {
    if (error instanceof LadderError) return error;
    throw error;
  }
  throw new Error('the file was opened');
}

describe('opening and migrating', () => {
  it('brings a fresh file to the latest version with WAL, foreign keys and full sync', () => {
    const file = join(tempDir(), 'fresh.db');
    const db = openAndMigrate(file);
    try {
      expect(LATEST_VERSION).toBe(MIGRATIONS.length);
      expect(schemaVersion(db)).toBe(LATEST_VERSION);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      const strict = db
        .prepare(
          "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entries_fts%'",
        )
        .all() as { name: string; strict: number }[];
      expect(strict.length).toBeGreaterThan(5);
      for (const t of strict) expect(t, t.name).toMatchObject({ strict: 1 });
    } finally {
      db.close();
    }
  });

  it('upgrades step by step from an older version and keeps the data', () => {
    const file = join(tempDir(), 'old.db');
    const db = openDatabase(file);
    const first = MIGRATIONS.filter((m) => m.version === 1);
    expect(migrate(db, first)).toEqual([1]);
    db.prepare(
      "INSERT INTO entries (id, kind, title, date, created_at, updated_at) VALUES ('e1', 'reflection', 'Kept through upgrades', '2026-01-01', 1, 1)",
    ).run();
    db.prepare(
      "INSERT INTO entries_fts (rowid, title, text, fields, tags) VALUES (1, 'Kept through upgrades', '', '', '')",
    ).run();
    db.close();
    const upgraded = openAndMigrate(file);
    try {
      expect(schemaVersion(upgraded)).toBe(LATEST_VERSION);
      expect(upgraded.prepare('SELECT title FROM entries').get()).toEqual({
        title: 'Kept through upgrades',
      });
    } finally {
      upgraded.close();
    }
  });

  it('rolls a failing migration back entirely', () => {
    const file = join(tempDir(), 'broken.db');
    const db = openDatabase(file);
    try {
      const bad = [
        {
          version: 1,
          name: '0001-bad.sql',
          sql: 'CREATE TABLE a (x INTEGER) STRICT; CREATE TABLE a (y INTEGER) STRICT;',
        },
      ];
      expect(() => migrate(db, bad)).toThrow();
      expect(schemaVersion(db)).toBe(0);
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'a'").get()).toEqual({
        n: 0,
      });
    } finally {
      db.close();
    }
  });

  it('refuses a file from a newer Ladder and leaves it byte-identical', () => {
    const file = join(tempDir(), 'future.db');
    const raw = new Database(file);
    raw.exec(
      "CREATE TABLE future_things (x TEXT) STRICT; INSERT INTO future_things VALUES ('from the future');",
    );
    raw.pragma(`user_version = ${LATEST_VERSION + 1}`);
    raw.close();
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('storage-error');
    expect(error.message).toMatch(/newer version of Ladder/);
    expect(error.message).toMatch(/file was not changed/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('never writes to a file that is not a database', () => {
    const file = join(tempDir(), 'noise.db');
    writeFileSync(file, randomBytes(64 * 1024));
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('storage-error');
    expect(error.message).toContain(file);
    expect(error.message).toMatch(/left untouched/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('never writes to a truncated database', async () => {
    const t = testStore();
    for (let i = 0; i < 60; i++) {
      await t.call('journal.create', {
        kind: 'reflection',
        title: `Entry ${i}`,
        body: body('word '.repeat(400)),
      });
    }
    closeStore(t);
    const file = t.store.dbPath;
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = readFileSync(file);
    const error = refusal(file);
    expect(error.code).toBe('storage-error');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reopens its own file without changing the data', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'lesson', title: 'Reopen me' });
    closeStore(t);
    const again = testStore(t.dataDir);
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Reopen me');
    expect(await again.call('app.info', {})).toEqual({
      version: '0.0.0-test',
      mode: 'browser',
      dataDir: t.dataDir,
      dbPath: join(t.dataDir, 'ladder.db'),
    });
  });
});
