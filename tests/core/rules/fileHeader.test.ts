// The cheap check of a journal file before it is opened, on real files: a new or empty file is fine,
// a short one, another kind of file, a bad page size and a cut-off file are named, a cut-off file
// whose pages a non-empty write-ahead log may hold is left to the full check, and an unsure size
// (the change counter does not match) is not trusted.
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { hasPlainHeader, headerProblem } from '../../../src-main/core/db/fileHeader';
import { tempDir } from '../helpers';

/** A real SQLite file of several 4,096-byte pages, closed. */
function realDatabase(): string {
  const file = join(tempDir(), 'ladder.db');
  const db = new Database(file);
  db.pragma('page_size = 4096');
  db.exec('CREATE TABLE t (x TEXT)');
  const insert = db.prepare('INSERT INTO t VALUES (?)');
  for (let i = 0; i < 50; i += 1) insert.run('x'.repeat(500));
  db.close();
  return file;
}

function patch(file: string, offset: number, write: (b: Buffer) => void): void {
  const bytes = readFileSync(file);
  write(bytes.subarray(offset));
  writeFileSync(file, bytes);
}

describe('database file header', () => {
  it('a missing or empty file is a new journal; a sound one passes', () => {
    const dir = tempDir();
    expect(headerProblem(join(dir, 'missing.db'))).toBeNull();
    writeFileSync(join(dir, 'empty.db'), '');
    expect(headerProblem(join(dir, 'empty.db'))).toBeNull();
    expect(headerProblem(realDatabase())).toBeNull();
  });

  it('names a file too short to hold a header, and one that is not a database', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'short.db'), Buffer.alloc(99, 1));
    expect(headerProblem(join(dir, 'short.db'))).toBe('too short');
    writeFileSync(join(dir, 'notes.db'), 'x'.repeat(4096));
    expect(headerProblem(join(dir, 'notes.db'))).toBe('not a database');
    const almost = realDatabase();
    patch(almost, 15, (b) => b.writeUInt8(32, 0));
    expect(headerProblem(almost)).toBe('not a database');
  });

  it('names a page size that is not a power of two of at least 512', () => {
    for (const size of [256, 1000, 4095]) {
      const file = realDatabase();
      patch(file, 16, (b) => b.writeUInt16BE(size, 0));
      expect(headerProblem(file), String(size)).toBe('bad page size');
    }
    // 1 stands for 65,536: a valid size, so this file's pages now run past its end.
    const file = realDatabase();
    patch(file, 16, (b) => b.writeUInt16BE(1, 0));
    expect(headerProblem(file)).toBe('truncated');
    const smaller = realDatabase();
    patch(smaller, 16, (b) => b.writeUInt16BE(512, 0));
    expect(headerProblem(smaller)).toBeNull();
  });

  it('names a file cut short of its page count, unless a write-ahead log may hold the rest', () => {
    const file = realDatabase();
    const size = readFileSync(file).length;
    truncateSync(file, size - 4096);
    expect(headerProblem(file)).toBe('truncated');
    writeFileSync(`${file}-wal`, '');
    expect(headerProblem(file)).toBe('truncated');
    writeFileSync(`${file}-wal`, 'pages');
    expect(headerProblem(file)).toBeNull();
    // One byte short is cut short too.
    const byOne = realDatabase();
    truncateSync(byOne, readFileSync(byOne).length - 1);
    expect(headerProblem(byOne)).toBe('truncated');
  });

  it('does not trust the page count when the change counter says it is stale, nor a count of 0', () => {
    const stale = realDatabase();
    truncateSync(stale, readFileSync(stale).length - 4096);
    patch(stale, 92, (b) => b.writeUInt32BE(b.readUInt32BE(0) + 1, 0));
    expect(headerProblem(stale)).toBeNull();
    const zero = realDatabase();
    truncateSync(zero, readFileSync(zero).length - 4096);
    patch(zero, 28, (b) => b.writeUInt32BE(0, 0));
    expect(headerProblem(zero)).toBeNull();
  });

  it('tells a plain database from a missing, short or encrypted file', () => {
    const dir = tempDir();
    expect(hasPlainHeader(realDatabase())).toBe(true);
    expect(hasPlainHeader(join(dir, 'missing.db'))).toBe(false);
    writeFileSync(join(dir, 'short.db'), 'SQLite format');
    expect(hasPlainHeader(join(dir, 'short.db'))).toBe(false);
    writeFileSync(join(dir, 'sealed.db'), Buffer.alloc(4096, 0xa7));
    expect(hasPlainHeader(join(dir, 'sealed.db'))).toBe(false);
  });
});
