// Encryption benchmark: the store benchmark's save and search workload (10,000 generated entries)
// on a plain journal and on the same journal encrypted, in one run, alternating between the two so
// both see the same machine state. Budget: the encrypted p95 at most 15% above the plain p95.
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { insertEntry } from '../src-main/core/journal/entriesRepository.write';
import { deriveState } from '../src-main/core/journal/entryRules';
import { createStoreHost, type StoreHost } from '../src-main/core/host/storeHost';
import { DB_FILE_NAME, openStore, type Store } from '../src-main/core/host/store';
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { SEARCH_TERMS, generateEntry, paragraphs, rng } from './corpus';
import { percentile, row, time, writeResults, type BenchRow } from './stats';

const ENTRIES = 10_000;
// Many samples: a save's tail is an fsync's jitter, and fewer samples left the p95 ratio wandering ±10%.
const SAVES = 1000;
const SEARCH_ROUNDS = 10;
const LIMIT = 50;
const BUDGET = 1.15;
const PASS = 'a long benchmark passphrase';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-enc-'));
  dirs.push(dir);
  return dir;
}

const host = (dataDir: string): StoreHost =>
  createStoreHost({ dataDir, mode: 'browser', version: 'bench', autoBackup: false, log: () => {} });

it('encryption benchmark', async () => {
  const plainDir = freshDir();
  const seed = openStore({
    dataDir: plainDir,
    mode: 'browser',
    version: 'bench',
    autoBackup: false,
  });
  const r = rng(42);
  const ids: string[] = [];
  seed.db.transaction(() => {
    for (let i = 0; i < ENTRIES; i++) {
      const g = generateEntry(r, i);
      insertEntry(
        seed.db,
        `bench-${i}`,
        g.kind,
        deriveState(g.kind, { ...g, fields: {} }),
        Date.now(),
      );
      ids.push(`bench-${i}`);
    }
  })();
  seed.db.pragma('wal_checkpoint(TRUNCATE)');
  seed.close();

  // The same journal, then encrypted through the store host as a person would.
  const encDir = freshDir();
  copyFileSync(join(plainDir, DB_FILE_NAME), join(encDir, DB_FILE_NAME));
  const enc = host(encDir);
  const protect = Date.now();
  const answer = await enc.handle('lock.protect', { passphrase: PASS });
  const protectMs = Date.now() - protect;
  expect(answer.ok).toBe(true);
  const plain = host(plainDir);
  const stores: Record<'plain' | 'encrypted', Store> = {
    plain: plain.store() as Store,
    encrypted: enc.store() as Store,
  };

  const saves = { plain: [] as number[], encrypted: [] as number[] };
  for (let i = 0; i < SAVES; i++) {
    const id = ids[Math.floor(r() * ids.length)] ?? '';
    const body = lexicalFromParagraphs(paragraphs(r));
    for (const which of i % 2 === 0
      ? (['plain', 'encrypted'] as const)
      : (['encrypted', 'plain'] as const)) {
      // Through the request handler, as the store benchmark: the index merging that follows each
      // request runs after its answer, untimed here (the store benchmark reports it).
      const store = stores[which];
      const entry = store.services.journal.get({ id });
      const started = performance.now();
      const out = await store.handle('journal.save', {
        id,
        title: entry.title,
        date: entry.date,
        fields: entry.fields,
        body,
        tags: entry.tags,
      });
      saves[which].push(performance.now() - started);
      expect(out.ok).toBe(true);
      await store.indexMerged();
    }
  }

  const searches = { plain: [] as number[], encrypted: [] as number[] };
  let found = 0;
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const text of SEARCH_TERMS) {
      for (const which of round % 2 === 0
        ? (['plain', 'encrypted'] as const)
        : (['encrypted', 'plain'] as const)) {
        searches[which].push(
          time(() => (found += stores[which].services.search.query({ text, limit: LIMIT }).length)),
        );
      }
    }
  }
  expect(found).toBeGreaterThan(0);
  plain.close();
  enc.close();

  const rows: BenchRow[] = [
    row(`protect (encrypt) a journal of ${ENTRIES} entries`, protectMs, 'ms'),
  ];
  for (const [label, t] of [
    ['save', saves],
    ['search', searches],
  ] as const) {
    const p95 = { plain: percentile(t.plain, 95), encrypted: percentile(t.encrypted, 95) };
    rows.push(
      row(`${label} p50, plain`, percentile(t.plain, 50), 'ms'),
      row(`${label} p50, encrypted`, percentile(t.encrypted, 50), 'ms'),
      row(`${label} p95, plain`, p95.plain, 'ms'),
      row(`${label} p95, encrypted`, p95.encrypted, 'ms'),
      row(`${label} p95 ratio encrypted / plain`, p95.encrypted / p95.plain, 'x', BUDGET),
    );
  }
  const file = writeResults('encryption', rows);
  console.log(`encryption benchmark written to ${file}`);
  console.table(rows);
}, 600_000);
