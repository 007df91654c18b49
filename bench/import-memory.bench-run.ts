// Import benchmark: a Ladder export of 100,000 entries (~30 words each), as two export files of
// 50,000: one imported file may hold at most 64 million characters (the data.import schema), which
// 100,000 entries in one export pass. restored into a fresh
// journal. Reports the process's peak memory, the longest time other requests would have waited
// (the largest gap between timer ticks while it ran) and the whole import's time.
// Slow (a minute or more): runs only with LADDER_BENCH_IMPORT=1, e.g.
//   LADDER_BENCH_IMPORT=1 npm run bench -- bench/import-memory.bench-run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore } from '../src-main/core/host/store';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportEntry,
} from '../src-main/shared/data/exportFormat';
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { generateEntry, paragraphs, rng } from './corpus';
import { row, writeResults } from './stats';

const ENTRIES = Number(process.env.LADDER_BENCH_IMPORT_ENTRIES ?? 100_000);
const MB = 1024 * 1024;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The export's text, built entry by entry so the generator itself holds little. */
function exportText(from: number, to: number): string {
  const r = rng(12 + from);
  const parts: string[] = [];
  for (let i = from; i < to; i++) {
    const g = generateEntry(r, i);
    const e: ExportEntry = {
      id: `bench-${i}`,
      kind: g.kind,
      title: g.title,
      date: g.date,
      fields: {},
      body: lexicalFromParagraphs(paragraphs(r, 30)),
      tags: g.tags,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      deletedAt: null,
      version: 1,
      revisions: [],
    };
    parts.push(JSON.stringify(e));
  }
  const empty = { userQuestions: [], overlays: [], tags: [] };
  const head = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: '2026-12-06T00:00:00Z',
    appVersion: 'bench',
    notes: [],
  };
  const tail = {
    skills: [],
    goals: [],
    settings: {},
    conversations: [],
    templates: [],
    questions: empty,
    rehearsals: [],
    practice: { cards: [], log: [] },
  };
  // One join: a flat string, as a request body is (a concatenated one is flattened, and copied, on first read).
  return [
    `${JSON.stringify(head).slice(0, -1)},"entries":[`,
    parts.join(','),
    `],${JSON.stringify(tail).slice(1)}`,
  ].join('');
}

it.skipIf(!process.env.LADDER_BENCH_IMPORT)('import memory benchmark', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-bench-import-'));
  dirs.push(dataDir);
  const store = openStore({ dataDir, mode: 'browser', version: 'bench', autoBackup: false });
  const half = Math.ceil(ENTRIES / 2);
  const files = [
    { name: 'a/ladder-export.json', text: exportText(0, half) },
    { name: 'b/ladder-export.json', text: exportText(half, ENTRIES) },
  ];
  const textMb = files.reduce((sum, f) => sum + f.text.length, 0) / MB;
  // Collect the generator's garbage first, so the figures are the import's.
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
  const before = process.memoryUsage();

  let peakRss = before.rss;
  let peakHeap = before.heapUsed;
  let longestGap = 0;
  let last = performance.now();
  const sampler = setInterval(() => {
    const now = performance.now();
    longestGap = Math.max(longestGap, now - last);
    last = now;
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 2);

  const t0 = performance.now();
  const answer = await store.handle('data.import', { files });
  const total = performance.now() - t0;
  clearInterval(sampler);
  const after = process.memoryUsage();
  peakRss = Math.max(peakRss, after.rss);
  peakHeap = Math.max(peakHeap, after.heapUsed);
  longestGap = Math.max(longestGap, performance.now() - last);
  // The kernel's own peak for the whole process (generation included): the figure no sampling can miss.
  const maxRss = (process.resourceUsage().maxRSS * 1024) / MB;

  expect(answer.ok).toBe(true);
  if (answer.ok)
    expect((answer.result as { imported: { entries: number } }).imported.entries).toBe(ENTRIES);
  store.close();

  const rows = [
    row(`entries imported`, ENTRIES, 'entries'),
    row(`export text (two files)`, textMb, 'MB'),
    row(`RSS before the import`, before.rss / MB, 'MB'),
    row(`peak RSS, whole process (kernel maxRSS)`, maxRss, 'MB', 500),
    row(`peak RSS sampled during the import`, peakRss / MB, 'MB', 500),
    row(`peak JS heap during the import`, peakHeap / MB, 'MB'),
    row(`peak RSS growth during the import`, (peakRss - before.rss) / MB, 'MB', 500),
    row(
      `memory per entry (peak RSS growth / entries)`,
      (peakRss - before.rss) / ENTRIES / 1024,
      'KB',
    ),
    row(`whole import`, total / 1000, 's'),
    row(`longest wait for other requests`, longestGap, 'ms'),
  ];
  console.log(`import benchmark → ${writeResults('import-memory', rows)}`);
  for (const r of rows) console.log(`  ${r.metric}: ${r.value} ${r.unit}`);
});
