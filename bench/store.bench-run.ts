// Store benchmark: 10,000 generated entries of ~300 words (100,000 with LADDER_BENCH_100K=1); open,
// save, list and search timings, search measured through the service and against a bare FTS5 MATCH
// on the same index; saves of 10,000-word entries; the data file's bytes per entry by part.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { insertEntry } from '../src-main/core/journal/entriesRepository.write';
import { deriveState } from '../src-main/core/journal/entryRules';
import { parseQuery } from '../src-main/core/search/searchService';
import { reclaimFreePages } from '../src-main/core/db/checkpoints';
import { openDatabase } from '../src-main/core/db/connection';
import { rechunkLongEntries } from '../src-main/core/db/ftsIndex';
import { MIGRATIONS, migrate } from '../src-main/core/db/migrate';
import { DB_FILE_NAME, openStore, type Store } from '../src-main/core/host/store';
import { packRevision } from '../src-main/core/journal/revisionsRepository';
import { lexicalFromParagraphs, plainTextFromLexical } from '../src-main/shared/journal/plainText';
import { COMMON_TERMS, SEARCH_TERMS, generateEntry, paragraphs, rng } from './corpus';
import { saveBreakdownRows } from './saveBreakdown';
import { percentile, row, time, writeResults, type BenchRow } from './stats';

const ENTRIES = process.env.LADDER_BENCH_100K === '1' ? 100_000 : 10_000;
const LONG_ENTRIES = 5;
const LONG_WORDS = 10_000;
const LONG_SAVES = 200;
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

interface SearchTimes {
  service: number[];
  bare: number[];
}

/** Service and bare FTS5 query for the same terms, alternated so both see the same machine state. */
function measureSearch(store: Store, terms: readonly string[]): SearchTimes {
  const bare = store.db.prepare(
    'SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank LIMIT ?',
  );
  const out: SearchTimes = { service: [], bare: [] };
  let found = 0;
  for (let round = 0; round < SEARCH_ROUNDS; round++) {
    for (const text of terms) {
      const match = parseQuery(text).match;
      out.bare.push(time(() => bare.all(match, LIMIT)));
      out.service.push(
        time(() => (found += store.services.search.query({ text, limit: LIMIT }).length)),
      );
    }
  }
  expect(found).toBeGreaterThan(0);
  return out;
}

function searchRows(label: string, t: SearchTimes, budgets: boolean): BenchRow[] {
  const s95 = percentile(t.service, 95);
  const b95 = percentile(t.bare, 95);
  return [
    row(`search p50 (service), ${label}`, percentile(t.service, 50), 'ms'),
    row(
      `search p95 (service), ${label}`,
      s95,
      'ms',
      budgets ? (ENTRIES > 10_000 ? 50 : 20) : undefined,
    ),
    row(`search p50 (bare FTS5 MATCH), ${label}`, percentile(t.bare, 50), 'ms'),
    row(`search p95 (bare FTS5 MATCH), ${label}`, b95, 'ms'),
    row(`search p95 ratio service / bare, ${label}`, s95 / b95, 'x', budgets ? 2 : undefined),
  ];
}

/**
 * Bytes per entry of the data file, by part (SQLite's dbstat), against the plain text's own bytes:
 * the ratio is the disk goal's figure (<= 5x at 10k).
 */
function diskRows(dataDir: string, fileBytes: number): BenchRow[] {
  const store = open(dataDir);
  try {
    const plain = store.db
      .prepare('SELECT sum(length(CAST(text AS BLOB))) FROM entries')
      .pluck()
      .get() as number;
    const parts = store.db
      .prepare(
        "SELECT CASE WHEN name LIKE 'entries_fts%' THEN 'search index' WHEN name LIKE 'entry_chunks%' THEN 'index pieces' " +
          "WHEN name LIKE 'revisions%' THEN 'revisions' WHEN name LIKE 'entries%' OR name LIKE 'sqlite_autoindex_entries%' THEN 'entries rows' " +
          "ELSE 'other' END AS part, sum(pgsize) AS bytes FROM dbstat GROUP BY part ORDER BY bytes DESC",
      )
      .all() as { part: string; bytes: number }[];
    const perEntry = (b: number) => b / ENTRIES / 1024;
    return [
      row(`plain text per entry, ${ENTRIES} entries`, perEntry(plain), 'KB'),
      row(`data file per entry, ${ENTRIES} entries`, perEntry(fileBytes), 'KB'),
      row(
        `data file per entry / plain text per entry, ${ENTRIES} entries`,
        fileBytes / plain,
        'x',
        ENTRIES === 10_000 ? 5 : undefined,
      ),
      ...parts.map((p) => row(`  of which ${p.part}, per entry`, perEntry(p.bytes), 'KB')),
    ];
  } finally {
    store.close();
  }
}

/** A kept revision's bytes, packed (body and text deflated together) against the two columns. */
function revisionRows(r: () => number): BenchRow[] {
  let plain = 0;
  let packed = 0;
  for (let i = 0; i < 200; i++) {
    const body = generateEntry(r, i).body;
    const text = plainTextFromLexical(body);
    plain += Buffer.byteLength(body) + Buffer.byteLength(text);
    packed += packRevision(body, text).length;
  }
  const longBody = lexicalFromParagraphs(paragraphs(r, LONG_WORDS));
  const longText = plainTextFromLexical(longBody);
  const packs = Array.from({ length: 9 }, () => time(() => packRevision(longBody, longText)));
  return [
    row('kept revision of 300 words, body + text as columns', plain / 200 / 1024, 'KB'),
    row('kept revision of 300 words, packed (deflated)', packed / 200 / 1024, 'KB'),
    row(`pack a ${LONG_WORDS}-word revision (median)`, percentile(packs, 50), 'ms'),
  ];
}

/** Long paragraphs of a 10,000-word entry; a save changes one of them, as typing does. */
async function longSaveRows(store: Store, r: () => number): Promise<BenchRow[]> {
  const { journal } = store.services;
  const long = Array.from({ length: LONG_ENTRIES }, () => {
    const paras = paragraphs(r, LONG_WORDS);
    const e = journal.create({
      kind: 'reflection',
      title: 'A long entry',
      body: lexicalFromParagraphs(paras),
    });
    return { e, paras, version: e.version };
  });
  const short = Array.from({ length: LONG_ENTRIES }, () => {
    const paras = paragraphs(r);
    const e = journal.create({
      kind: 'reflection',
      title: 'A short entry',
      body: lexicalFromParagraphs(paras),
    });
    return { e, paras, version: e.version };
  });
  const saves: number[] = [];
  const shortSaves: number[] = [];
  for (let i = 0; i < LONG_SAVES * 2; i++) {
    // Alternated: a 300-word save, then a 10,000-word one, so both see the same machine state.
    const isLong = i % 2 === 1;
    const target = (isLong ? long : short)[Math.floor(i / 2) % LONG_ENTRIES];
    if (!target) continue;
    const p = Math.floor(r() * target.paras.length);
    target.paras[p] = `${target.paras[p] ?? ''} word${i}`;
    const args = {
      id: target.e.id,
      title: target.e.title,
      date: target.e.date,
      fields: target.e.fields,
      body: lexicalFromParagraphs(target.paras),
      tags: target.e.tags,
      session: 'bench',
      seq: i,
      baseVersion: target.version,
    };
    const started = performance.now();
    const out = await store.handle('journal.save', args);
    (isLong ? saves : shortSaves).push(performance.now() - started);
    expect(out.ok).toBe(true);
    if (out.ok) target.version = (out.result as { version: number }).version;
    await store.indexMerged();
  }
  return [
    row(
      'save a 300-word entry, alternated with the row below, p50',
      percentile(shortSaves, 50),
      'ms',
    ),
    row(
      'save a 300-word entry, alternated with the row below, p95',
      percentile(shortSaves, 95),
      'ms',
    ),
    row(`save a ${LONG_WORDS}-word entry (one paragraph changed) p50`, percentile(saves, 50), 'ms'),
    row(
      `save a ${LONG_WORDS}-word entry (one paragraph changed) p95`,
      percentile(saves, 95),
      'ms',
      5,
    ),
    row(
      `save p95 ratio ${LONG_WORDS} words / 300 words (same run)`,
      percentile(saves, 95) / percentile(shortSaves, 95),
      'x',
    ),
  ];
}

/**
 * A journal of format 13 (as the previous version left it: index rows with the text second, bodies
 * as text), 10,000 entries and a few of 10,000 words, opened by this version: migration 14 rebuilds
 * the index and the store packs every body.
 */
function migrationRows(r: () => number): BenchRow[] {
  const dir = freshDir();
  const old = openDatabase(join(dir, DB_FILE_NAME));
  migrate(
    old,
    MIGRATIONS.filter((m) => m.version <= 9),
  );
  const entry = old.prepare(
    'INSERT INTO entries (id, kind, title, date, fields, body, text, word_count, created_at, updated_at) ' +
      "VALUES (?, ?, ?, ?, '{}', ?, ?, 0, 1, 1)",
  );
  const tag = old.prepare('INSERT INTO entry_tags (entry_seq, position, tag) VALUES (?, ?, ?)');
  const fts = old.prepare(
    "INSERT INTO entries_fts (rowid, title, text, fields, tags) VALUES (?, ?, ?, '', ?)",
  );
  old.transaction(() => {
    for (let i = 0; i < 10_000 + LONG_ENTRIES; i++) {
      const g = generateEntry(r, i);
      const body = i < 10_000 ? g.body : lexicalFromParagraphs(paragraphs(r, LONG_WORDS));
      const text = plainTextFromLexical(body);
      const seq = Number(entry.run(`m-${i}`, g.kind, g.title, g.date, body, text).lastInsertRowid);
      g.tags.forEach((t, k) => tag.run(seq, k, t));
      fts.run(seq, g.title, text, g.tags.join(' '));
    }
  })();
  migrate(
    old,
    MIGRATIONS.filter((m) => m.version <= 13),
  );
  rechunkLongEntries(old);
  old.close();
  let store: Store | undefined;
  const ms = time(() => (store = open(dir)));
  store?.close();
  return [
    row(
      'open a 10,000-entry journal of format 13 (migration 14: index rebuilt, bodies packed)',
      ms,
      'ms',
    ),
  ];
}

it(
  'store benchmark',
  async () => {
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
    // What the idle checkpoint after any request does (db/checkpoints.ts): FTS5's merges during the
    // generation left megabytes of free pages, given back to the disk here.
    while (reclaimFreePages(store.db) >= 1024);
    store.close();

    // Alternated so both see the same machine state: the default (header checks, full check in a
    // worker for files over 20 MB) against the full quick_check at open.
    const reopen: number[] = [];
    const reopenChecked: number[] = [];
    for (let i = 0; i < 5; i++) {
      let s: Store | undefined;
      reopen.push(time(() => (s = open(dataDir))));
      s?.close();
      reopenChecked.push(
        time(
          () =>
            (s = openStore({
              dataDir,
              mode: 'browser',
              version: 'bench',
              quickCheckMaxBytes: Infinity,
            })),
        ),
      );
      s?.close();
    }
    rows.push(
      row(
        `store open, ${ENTRIES} entries (median; quick_check in a worker)`,
        percentile(reopen, 50),
        'ms',
      ),
    );
    rows.push(
      row(
        `store open, ${ENTRIES} entries (median; quick_check at open, as before)`,
        percentile(reopenChecked, 50),
        'ms',
      ),
    );
    const fileBytes = statSync(join(dataDir, DB_FILE_NAME)).size;
    rows.push(row(`data file size, ${ENTRIES} entries`, fileBytes / 1024 / 1024, 'MB'));
    rows.push(...diskRows(dataDir, fileBytes));

    // The check itself, without the minute it waits after open in use (core/host/integritySchedule.ts).
    store = openStore({ dataDir, mode: 'browser', version: 'bench', integrityCheckDelayMs: 0 });
    const checkStart = process.hrtime.bigint();
    expect(await store.integrity).toBe('ok');
    rows.push(
      row(
        `background quick_check, ${ENTRIES} entries, open to result`,
        Number(process.hrtime.bigint() - checkStart) / 1e6,
        'ms',
      ),
    );
    const { journal } = store.services;

    // Through the request handler, as the shells call it (arguments validated, then the service). The
    // index merging that follows each request runs after its answer; it is timed on its own row, since
    // a save waits for it only when typed within a millisecond or two of the previous one.
    const saves: number[] = [];
    const merges: number[] = [];
    for (let i = 0; i < SAVES; i++) {
      const entry = journal.get({ id: ids[Math.floor(r() * ids.length)] ?? '' });
      const body = lexicalFromParagraphs(paragraphs(r));
      const args = {
        id: entry.id,
        title: entry.title,
        date: entry.date,
        fields: entry.fields,
        body,
        tags: entry.tags,
      };
      const started = performance.now();
      const out = await store.handle('journal.save', args);
      saves.push(performance.now() - started);
      expect(out.ok).toBe(true);
      const answered = performance.now();
      await store.indexMerged();
      merges.push(performance.now() - answered);
    }
    rows.push(row('save entry p50', percentile(saves, 50), 'ms'));
    rows.push(row('save entry p95', percentile(saves, 95), 'ms', 10));
    rows.push(
      row('index merging after a save, off the save path (p95)', percentile(merges, 95), 'ms'),
    );

    rows.push(...(await longSaveRows(store, r)));
    rows.push(...saveBreakdownRows(store, freshDir(), r, LONG_WORDS));
    rows.push(...migrationRows(r));
    rows.push(...revisionRows(r));

    const months = Array.from(
      { length: 50 },
      (_, i) => `${2018 + (i % 8)}-${String((i % 12) + 1).padStart(2, '0')}`,
    );
    const lists: number[] = [];
    let listed = 0;
    for (const m of months)
      lists.push(time(() => (listed += journal.list({ from: `${m}-01`, to: `${m}-31` }).length)));
    expect(listed).toBeGreaterThan(0);
    rows.push(row('list a month p50', percentile(lists, 50), 'ms'));

    // Structural check of the corpus, not a timing: typed terms are selective, common terms are not.
    const count = store.db.prepare(
      'SELECT count(*) AS n FROM entries_fts WHERE entries_fts MATCH ?',
    );
    const share = (text: string): number =>
      (count.get(parseQuery(text).match) as { n: number }).n / ENTRIES;
    const typedShares = SEARCH_TERMS.map(share);
    const commonShares = COMMON_TERMS.map(share);
    expect(Math.max(...typedShares)).toBeLessThan(0.5);
    expect(Math.min(...commonShares)).toBeGreaterThan(0.5);
    const pct = (x: number): string => `${Math.round(x * 100)}%`;
    const typedLabel = `typed terms (each in ${pct(Math.min(...typedShares))}–${pct(Math.max(...typedShares))} of entries)`;
    const commonLabel = 'worst case: terms in >50% of entries, all rows ranked';

    const typed = measureSearch(store, SEARCH_TERMS);
    const common = measureSearch(store, COMMON_TERMS);
    rows.push(...searchRows(typedLabel, typed, true), ...searchRows(commonLabel, common, false));

    const checks = Array.from({ length: 3 }, () => time(() => store.db.pragma('quick_check')));
    rows.push(
      row(`PRAGMA quick_check alone, ${ENTRIES} entries (median)`, percentile(checks, 50), 'ms'),
    );
    store.close();

    const file = writeResults('store', rows);
    console.log(`store benchmark → ${file}`);
    console.table(rows);
    // Generating 100,000 entries alone takes minutes on a loaded machine.
  },
  ENTRIES > 10_000 ? 3_600_000 : 600_000,
);
