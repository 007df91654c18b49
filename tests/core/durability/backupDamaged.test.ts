// A damaged or lost journal's files on real folders: a damaged file goes aside under a name made of
// its time (no colon or dot, so every system accepts it) with its log and shared memory, and a log or
// shared memory left beside a missing journal is set aside before a new file takes its place.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { moveAside, setAsideLeftovers } from '../../../src-main/core/backup/damagedJournal';
import { tempDir } from '../helpers';

const NINE = Date.UTC(2026, 10, 21, 9, 0, 0, 250);
const ASIDE = 'ladder.damaged-2026-11-21T09-00-00-250Z.db';

function journalFiles(...suffixes: string[]): { dir: string; dbPath: string } {
  const dir = tempDir();
  const dbPath = join(dir, 'ladder.db');
  for (const suffix of suffixes) writeFileSync(dbPath + suffix, `the file${suffix}`);
  return { dir, dbPath };
}

describe('a damaged journal moved aside', () => {
  it('is named by its time, and its log and shared memory go with it', () => {
    const { dir, dbPath } = journalFiles('', '-wal', '-shm');
    expect(moveAside(dbPath, NINE)).toBe(ASIDE);
    expect(readdirSync(dir).sort()).toEqual([ASIDE, `${ASIDE}-shm`, `${ASIDE}-wal`]);
    expect(readFileSync(join(dir, `${ASIDE}-wal`), 'utf8')).toBe('the file-wal');
  });
});

describe('leftovers beside a missing or emptied journal', () => {
  it('none: nothing is moved', () => {
    const { dir, dbPath } = journalFiles('');
    expect(setAsideLeftovers(dbPath, NINE)).toBeNull();
    expect(readdirSync(dir)).toEqual(['ladder.db']);
  });

  it('only shared memory: it is set aside, so it never meets the new file', () => {
    const { dir, dbPath } = journalFiles('', '-shm');
    expect(setAsideLeftovers(dbPath, NINE)).toBe(ASIDE);
    expect(existsSync(`${dbPath}-shm`)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual([ASIDE, `${ASIDE}-shm`]);
  });

  it('only a log: it is set aside', () => {
    const { dbPath } = journalFiles('-wal');
    expect(setAsideLeftovers(dbPath, NINE)).toBe(ASIDE);
    expect(existsSync(`${dbPath}-wal`)).toBe(false);
  });
});
