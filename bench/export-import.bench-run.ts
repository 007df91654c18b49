// Whole-journal work off the request path (issue 15, goal 7) and lean backups (goal 6):
// - export and import wall time at ENTRIES (10,000 by default; 100,000 with LADDER_BENCH_100K=1);
// - autosave latency while an export runs in the data worker against idle, measured side by side:
//   rounds alternate an idle phase and an export phase, the same saves in each;
// - the longest the app's thread was held (gap between 2 ms timer ticks) during the import;
// - backup bytes / data file bytes once daily rotation holds its copies (BACKUP_ENTRIES entries),
//   compressed (now) against as many full copies (before), and a protected journal's one backup;
//   each backup's wall time and the longest it held the app's thread; a restore's asking and the
//   next start's part, against a restore of a backup of the previous format (its index inside).
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { openStore, type Store } from '../src-main/core/host/store';
import { listBackups, placeBackupCopy } from '../src-main/core/backup/backupService';
import { readInPieces, writeArchive } from '../src-main/core/backup/backupArchive';
import { readyCopyOf } from '../src-main/core/backup/restorePrepare';
import { backupDir } from '../src-main/core/backup/backupFiles';
import { backupTo } from '../src-main/core/backup/liveCopy';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  type ExportEntry,
} from '../src-main/shared/data/exportFormat';
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { generateEntry, paragraphs, rng } from './corpus';
import { percentile, row, writeResults, type BenchRow } from './stats';

const ENTRIES = process.env.LADDER_BENCH_100K ? 100_000 : 10_000;
const BACKUP_ENTRIES = 2_000;
const ROUNDS = 3;
const SAVES_IDLE = 40;
const DAY = 86_400_000;

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-bench-data-'));
  dirs.push(dir);
  return dir;
}

/** A Ladder export of `count` generated entries (about 300 words each), as one file's text. */
function exportText(from: number, to: number): string {
  const r = rng(15 + from);
  const entries: string[] = [];
  for (let i = from; i < to; i++) {
    const g = generateEntry(r, i);
    const e: ExportEntry = {
      id: `bench-${i}`,
      kind: g.kind,
      title: g.title,
      date: g.date,
      fields: {},
      body: g.body,
      tags: g.tags,
      createdAt: 1_700_000_000_000 + i,
      updatedAt: 1_700_000_000_000 + i,
      deletedAt: null,
      version: 1,
      revisions: [],
    };
    entries.push(JSON.stringify(e));
  }
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
    questions: { userQuestions: [], overlays: [], tags: [] },
    rehearsals: [],
    practice: { cards: [], log: [] },
  };
  return `${JSON.stringify(head).slice(0, -1)},"entries":[${entries.join(',')}],${JSON.stringify(tail).slice(1)}`;
}

/** `count` entries as export files of at most 20,000 (one file holds at most 64 million characters). */
function exportFiles(count: number): { name: string; text: string }[] {
  const files = [];
  for (let from = 0; from < count; from += 20_000)
    files.push({
      name: `f${from}/ladder-export.json`,
      text: exportText(from, Math.min(count, from + 20_000)),
    });
  return files;
}

async function fill(store: Store, files: { name: string; text: string }[]): Promise<number> {
  const t0 = performance.now();
  const answer = await store.handle('data.import', { files });
  expect(answer.ok).toBe(true);
  return performance.now() - t0;
}

/** The longest the event loop was held while `work` ran: the largest gap between 2 ms ticks. */
async function longestGap<T>(
  work: () => Promise<T>,
): Promise<{ gap: number; value: T; ms: number }> {
  const t0 = performance.now();
  let gap = 0;
  let last = performance.now();
  const ticker = setInterval(() => {
    const now = performance.now();
    gap = Math.max(gap, now - last);
    last = now;
  }, 2);
  const value = await work();
  clearInterval(ticker);
  return { gap: Math.max(gap, performance.now() - last), value, ms: performance.now() - t0 };
}

// Two cases, each with its own time limit on a loaded machine; one results file once both ran.
const rows: BenchRow[] = [];
const load = loadavg()[0] ?? 0;
afterAll(() => {
  rows.push(row(`load average (1 min) at start`, load, ''));
  console.log(`export-import benchmark → ${writeResults('export-import', rows)}`);
  for (const x of rows) console.log(`  ${x.metric}: ${x.value} ${x.unit}`);
});

it('export and import of a large journal, autosaves during an export', async () => {
  const store = openStore({
    dataDir: tempDir(),
    mode: 'browser',
    version: 'bench',
    autoBackup: false,
  });
  const files = exportFiles(ENTRIES);
  const imported = await longestGap(() => fill(store, files));
  rows.push(row(`import ${ENTRIES} entries, wall time`, imported.value / 1000, 's'));
  rows.push(row(`import ${ENTRIES}: longest hold of the app's thread`, imported.gap, 'ms'));

  const created = await store.handle('journal.create', { kind: 'reflection', title: 'Typing' });
  if (!created.ok) throw new Error('create failed');
  const entry = created.result as { id: string; date: string };
  const r = rng(99);
  const save = async (): Promise<number> => {
    const t0 = performance.now();
    const out = await store.handle('journal.save', {
      id: entry.id,
      title: 'Typing',
      date: entry.date,
      fields: {},
      body: lexicalFromParagraphs(paragraphs(r, 300)),
      tags: [],
    });
    expect(out.ok).toBe(true);
    return performance.now() - t0;
  };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 20));

  const idle: number[] = [];
  const during: number[] = [];
  const exportMs: number[] = [];
  let exportBytes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (let i = 0; i < SAVES_IDLE; i++) {
      idle.push(await save());
      await pause();
    }
    const t0 = performance.now();
    let done = false;
    const exporting = store.handle('data.export', {}).then((out) => {
      done = true;
      exportMs.push(performance.now() - t0);
      if (out.ok) exportBytes = (out.result as { bytes: number }).bytes;
      return out;
    });
    while (!done) {
      during.push(await save());
      await pause();
    }
    expect((await exporting).ok).toBe(true);
  }
  rows.push(row(`autosave p50, idle (${idle.length} saves)`, percentile(idle, 50), 'ms'));
  rows.push(row(`autosave p95, idle`, percentile(idle, 95), 'ms'));
  rows.push(
    row(
      `autosave p50, during an export of ${ENTRIES} (${during.length} saves)`,
      percentile(during, 50),
      'ms',
    ),
  );
  rows.push(row(`autosave p95, during an export of ${ENTRIES}`, percentile(during, 95), 'ms', 50));
  rows.push(row(`autosave p95 during / idle`, percentile(during, 95) / percentile(idle, 95), 'x'));
  rows.push(
    row(`export ${ENTRIES} entries, wall time (median)`, percentile(exportMs, 50) / 1000, 's'),
  );
  rows.push(row(`export ${ENTRIES} entries, zip size`, exportBytes / 1024 / 1024, 'MB'));
  store.close();
});

/**
 * A restore of the newest backup: the asking (the index left out of the backup is rebuilt then, in a
 * worker) and what the next start does (synchronous, before the journal opens), from the copy made
 * ready, from a backup of the previous format (its index inside: a restore as it was before), and
 * from the lean backup alone (the index rebuilt at the start), interleaved, medians of 3.
 */
async function restoreRows(store: Store, fullCopy: string): Promise<void> {
  const dir = backupDir(store.dbPath);
  const newest = listBackups(store.dbPath)[0]?.name ?? '';
  const asked = await longestGap(() => store.services.backup.restore({ name: newest }));
  rows.push(row(`restore ${BACKUP_ENTRIES}: the asking, wall time`, asked.ms, 'ms'));
  rows.push(
    row(`restore ${BACKUP_ENTRIES}: the asking, longest hold of the app's thread`, asked.gap, 'ms'),
  );
  const previous = join(tempDir(), 'previous-format.db.gz');
  await writeArchive(readInPieces(fullCopy), previous, null);
  const sources = {
    'from the copy made ready (now)': readyCopyOf(dir, newest),
    'a backup of the previous format (before)': previous,
    'the lean backup alone (index rebuilt at the start)': join(dir, newest),
  };
  const times = new Map<string, number[]>();
  for (let round = 0; round < 3; round++)
    for (const [label, file] of Object.entries(sources)) {
      const target = join(tempDir(), 'restored.db');
      const t0 = performance.now();
      rmSync(placeBackupCopy(file, target, null));
      times.set(label, [...(times.get(label) ?? []), performance.now() - t0]);
    }
  for (const [label, samples] of times)
    rows.push(
      row(`restore ${BACKUP_ENTRIES} at the next start, ${label}`, percentile(samples, 50), 'ms'),
    );
}

it('backups of a journal: bytes after five weeks of daily backups, time, hold of the thread', async () => {
  // Backups: one a day for five weeks, rotated as in use; bytes kept against the data file's, and
  // against what the same number of full copies (every backup before they were compressed) weighs.
  let now = Date.UTC(2026, 0, 1, 9);
  const small = openStore({
    dataDir: tempDir(),
    mode: 'browser',
    version: 'bench',
    autoBackup: false,
    now: () => now,
  });
  await fill(small, exportFiles(BACKUP_ENTRIES));
  small.db.pragma('wal_checkpoint(TRUNCATE)');
  const firstBackup = await longestGap(() => small.services.backup.now());
  now += DAY;
  for (let day = 1; day < 35; day++) {
    await small.services.backup.now();
    now += DAY;
  }
  const kept = listBackups(small.dbPath);
  const backupBytes = kept.reduce(
    (sum, b) => sum + statSync(join(backupDir(small.dbPath), b.name)).size,
    0,
  );
  const dataBytes = statSync(small.dbPath).size;
  const fullCopy = join(tempDir(), 'full-copy.db');
  await backupTo(small.db, fullCopy);
  const fullCopiesBytes = kept.length * statSync(fullCopy).size;
  rows.push(row(`backups kept after 35 daily backups`, kept.length, 'copies'));
  rows.push(
    row(
      `backup bytes / data file bytes, as full copies (before; ${BACKUP_ENTRIES} entries)`,
      fullCopiesBytes / dataBytes,
      'x',
    ),
  );
  rows.push(
    row(`backup bytes / data file bytes, compressed (now)`, backupBytes / dataBytes, 'x', 5),
  );
  rows.push(row(`compressed / full copies`, backupBytes / fullCopiesBytes, 'x'));
  rows.push(row(`one backup of ${BACKUP_ENTRIES} entries, wall time`, firstBackup.ms, 'ms'));
  rows.push(row(`one backup: longest hold of the app's thread`, firstBackup.gap, 'ms'));
  await restoreRows(small, fullCopy);
  small.close();

  // A protected journal's backup: compressed from its plain pages in memory, then encrypted.
  const locked = openStore({
    dataDir: tempDir(),
    mode: 'browser',
    version: 'bench',
    autoBackup: false,
    key: Buffer.from('bench passphrase'),
  });
  await fill(locked, exportFiles(BACKUP_ENTRIES));
  locked.db.pragma('wal_checkpoint(TRUNCATE)');
  const lockedBackup = await longestGap(() => locked.services.backup.now());
  const lockedInfo = lockedBackup.value;
  rows.push(
    row(
      `protected journal: one backup / data file bytes`,
      lockedInfo.size / statSync(locked.dbPath).size,
      'x',
    ),
  );
  rows.push(row(`protected journal: one backup, wall time`, lockedBackup.ms, 'ms'));
  rows.push(row(`protected journal: longest hold of the app's thread`, lockedBackup.gap, 'ms'));
  locked.close();
});
