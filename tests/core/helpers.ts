// Test helpers: a real store in a fresh temp dir, a movable clock, and a fingerprint of the whole file.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach } from 'vitest';
import type { Args, Channel, Result } from '../../src-main/shared/contract';
import { LadderError } from '../../src-main/shared/errors';
import { lexicalFromParagraphs } from '../../src-main/shared/journal/plainText';
import { openStore, type Store } from '../../src-main/core/host/store';
import { registerCleanup } from './afterEachFile';

const dirs: string[] = [];
const stores: Store[] = [];

function closeStoresAndDirs(): void {
  for (const s of stores.splice(0)) s.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}
afterEach(closeStoresAndDirs);
registerCleanup(closeStoresAndDirs);

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-core-'));
  dirs.push(dir);
  return dir;
}

export interface Clock {
  now: () => number;
  advance: (ms: number) => void;
}

export function fakeClock(start = Date.UTC(2026, 10, 21, 10, 0, 0)): Clock {
  let t = start;
  return { now: () => t, advance: (ms) => (t += ms) };
}

export interface TestStore {
  store: Store;
  clock: Clock;
  dataDir: string;
  call: <C extends Channel>(channel: C, args: Args<C>) => Promise<Result<C>>;
}

export function testStore(dataDir = tempDir(), clock = fakeClock()): TestStore {
  const store = openStore({
    dataDir,
    mode: 'browser',
    version: '0.0.0-test',
    now: clock.now,
    log: () => {},
  });
  stores.push(store);
  const call = async <C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> => {
    const r = await store.handle(channel, args);
    if (!r.ok) throw new LadderError(r.error.code, r.error.message);
    return r.result as Result<C>;
  };
  return { store, clock, dataDir, call };
}

/** Closes a store opened by testStore early (e.g. to reopen the same file). */
export function closeStore(t: TestStore): void {
  const i = stores.indexOf(t.store);
  if (i >= 0) stores.splice(i, 1);
  t.store.close();
}

/** Row counts and a hash of every row of every table, read through a separate connection. */
export function fingerprint(dbPath: string): string {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    const hash = createHash('sha256');
    for (const { name } of tables) {
      const rows = db
        .prepare(`SELECT * FROM "${name}"`)
        .all()
        .map((r) => JSON.stringify(r))
        .sort();
      hash.update(`${name}:${rows.length}:${rows.join('\n')}\n`);
    }
    return hash.digest('hex');
  } finally {
    db.close();
  }
}

/** A Lexical body holding the given paragraphs. */
export function body(...paragraphs: string[]): string {
  return lexicalFromParagraphs(paragraphs);
}

export async function expectCode(promise: Promise<unknown>, code: string): Promise<LadderError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof LadderError && error.code === code) return error;
    throw new Error(
      `expected ${code}, got ${error instanceof LadderError ? error.code : String(error)}`,
      { cause: error },
    );
  }
  throw new Error(`expected ${code}, but the call succeeded`);
}
