// Store benchmark: 10,000 generated entries of ~300 words; open, save, list and search timings,
// search measured through the service and against a bare FTS5 MATCH on the same index.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { insertEntry } from '../src-main/core/db/entries.write';
import { deriveState } from '../src-main/core/services/entryRules';
import { parseQuery } from '../src-main/core/services/search';
import { openStore, type Store } from '../src-main/core/store';
import { lexicalFromParagraphs } from '../src-main/shared/plainText';
import { SEARCH_TERMS, generateEntry, paragraphs, rng } from './corpus';
import { percentile, row, time, writeResults, type BenchRow } from './stats';

const ENTRIES = 10_000;
const SAVES = 300;
const SEARCH_ROUNDS = 10;
const LIMIT = 50;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function freshDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-'));
  dirs.push(dir);
  return dir;
}

const open = (dataDir: string): Store => openStore({ dataDir, mode: 'browser', version: 'bench' });

it('store benchmark', () => {
  const rows: BenchRow[] = [];

  const fresh = Array.from({ length: 5 }, () => {
    const dir = freshDir();
    let s: Store | undefined;
    const ms = time(() => (s = open(dir)));
    s?.close();
    return ms;
  });
  rows.push(row('store open + migrate, fresh (median)', percentile(fresh, 50), 'ms'));

  const dataDir = freshDir();
  let store = open(dataDir);
  const r = rng(42);
  const ids: string[] = [];
  const generate = time(() => {
    store.db.transaction(() => {
      for (let i = 0; i < ENTRIES; i++) {
        const g = generateEntry(r, i);
        const id = `bench-${i}`;
        insertEntry(store.db, id, g.kind, deriveState(g.kind, { ...g, fields: {} }), Date.now());
        ids.push(id);
      }
    })();
  });
  rows.push(row(`generate ${ENTRIES} entries (one transaction)`, generate, 'ms'));
  store.close();

  const reopen = Array.from({ length: 5 }, () => {
    let s: Store | undefined;
    const ms = time(() => (s = open(dataDir)));
    s?.close();
    return ms;
  });
  rows.push(row(`store open, ${ENTRIES} entries (median)`, percentile(reopen, 50), 'ms'));

  store = open(dataDir);
  const { journal, search } = store.services;

  const saves: number[] = [];
  for (let i = 0; i < SAVES; i++) {
    const entry = journal.get({ id: ids[Math.floor(r() * ids.length)] ?? '' });
    const body = lexicalFromParagraphs(paragraphs(r));
    const args = { id: entry.id, title: entry.title, date: entry.date, fields: entry.fields, body, tags: entry.tags };
    saves.push(time(() => journal.save(args)));
  }
  rows.push(row('save entry p50', percentile(saves, 50), 'ms'));
  rows.push(row('save entry p95', percentile(saves, 95), 'ms', 10));

  const months = Array.from({ length: 50 }, (_, i) => `${2018 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const lists: number[] = [];
  let listed = 0;
  for (const m of months) lists.push(time(() => (listed += journal.list({ from: `${m}-01`, to: `${m}-31` }).length)));
  expect(listed).toBeGreaterThan(0);
  rows.push(row('list a month p50', percentile(lists, 50), 'ms'));

  const bare = store.db.prepare('SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT ?');
  const service: number[] = [];
  const direct: number[] = [];
  let found = 0;
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const text of SEARCH_TERMS) {
      const match = parseQuery(text).match;
      direct.push(time(() => bare.all(match, LIMIT)));
      service.push(time(() => (found += search.query({ text, limit: LIMIT }).length)));
    }
  }
  expect(found).toBeGreaterThan(0);
  const s95 = percentile(service, 95);
  const d95 = percentile(direct, 95);
  rows.push(row('search p50 (service)', percentile(service, 50), 'ms'));
  rows.push(row('search p95 (service)', s95, 'ms', 20));
  rows.push(row('search p50 (bare FTS5 MATCH)', percentile(direct, 50), 'ms'));
  rows.push(row('search p95 (bare FTS5 MATCH)', d95, 'ms'));
  rows.push(row('search p50 ratio service / bare', percentile(service, 50) / percentile(direct, 50), 'x'));
  rows.push(row('search p95 ratio service / bare', s95 / d95, 'x', 2));
  store.close();

  const file = writeResults('store', rows);
  console.log(`store benchmark → ${file}`);
  console.table(rows);
});
