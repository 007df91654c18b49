// The journal list at scale (issue 15, goals 1 and 2): a journal of 10,000 generated entries (and
// 100,000 with LADDER_BENCH_100K=1) of ~300 words. Main side: counts, tags, a page of the list and
// its months, each interleaved with the reads they replaced (the recount over entries and the whole
// list) for a ratio measured side by side. Renderer (the built app in browser mode, headless
// Chromium): the side bar's first row after a page load, click a row (scrolled far down first) to
// its editor, and after an autosave the longest renderer task and the list reads it caused. Quick
// open (journal.find): each keystroke of a typed query on the main side, against the whole list and
// ranking it replaced, and in the page, a key to its matches on screen.
import { randomUUID } from 'node:crypto';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openStore } from '../src-main/core/host/store';
import { insertEntry } from '../src-main/core/journal/entriesRepository.write';
import {
  countByKind,
  listEntries,
  listMonths,
  listPage,
} from '../src-main/core/journal/entriesRepository.read';
import { tagCounts } from '../src-main/core/journal/tagsRepository';
import { deriveState } from '../src-main/core/journal/entryRules';
import { findTitles } from '../src-main/core/journal/titleIndex';
import { buildCopy } from '../src-main/core/journal/titleCopy';
import { allTitles } from '../src-main/core/journal/titlesRepository';
import { findText } from '../src-main/shared/journal/findEntries';
import { matchScore } from '../src-main/shared/journal/titleMatch';
import type { Db } from '../src-main/core/db/connection';
import {
  chromiumAvailable,
  ensureBuilt,
  launchBrowser,
  removeDir,
  replaceSettingsAway,
  startApp,
  tempDir,
  type RunningApp,
} from '../tests/e2e/harness';
import { generateEntry, rng } from './corpus';
import { percentile, row, time, writeResults, type BenchRow } from './stats';

const SIZES = process.env.LADDER_BENCH_100K === '1' ? [10_000, 100_000] : [10_000];
const QUERY_RUNS = 41;
const LOADS = 9;
const CLICKS = 20;

/** A data dir holding `count` generated entries, written in one transaction. */
function generate(count: number): string {
  const dataDir = tempDir(`ladder-bench-list-${count}-`);
  const store = openStore({ dataDir, mode: 'browser', version: 'bench', autoBackup: false });
  const r = rng(15);
  store.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const g = generateEntry(r, i);
      insertEntry(
        store.db,
        randomUUID(),
        g.kind,
        deriveState(g.kind, { ...g, fields: {} }),
        Date.now(),
      );
    }
  })();
  store.close();
  return dataDir;
}

// The reads the counters and the paged list replaced (before migration 0010), for the ratios.
const OLD_COUNTS = 'SELECT kind, count(*) AS n FROM entries WHERE deleted_at IS NULL GROUP BY kind';
const OLD_TAGS =
  'SELECT min(t.tag) AS tag, count(DISTINCT t.entry_seq) AS count FROM entry_tags t ' +
  'JOIN entries e ON e.seq = t.entry_seq WHERE e.deleted_at IS NULL ' +
  'GROUP BY t.tag COLLATE NOCASE ORDER BY count DESC, tag COLLATE NOCASE';

/** Medians of `a` and `b`, run in turn so both see the same machine load. */
function interleaved(a: () => unknown, b: () => unknown, runs: number): [number, number] {
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(time(a));
    tb.push(time(b));
  }
  return [percentile(ta, 50), percentile(tb, 50)];
}

function serverRows(db: Db, n: number): BenchRow[] {
  const label = `${n / 1000}k`;
  // The recounts they replaced take seconds each at 100k.
  const runs = n >= 100_000 ? 11 : QUERY_RUNS;
  const [counts, oldCounts] = interleaved(
    () => countByKind(db),
    () => db.prepare(OLD_COUNTS).all(),
    runs,
  );
  const [tags, oldTags] = interleaved(
    () => tagCounts(db),
    () => db.prepare(OLD_TAGS).all(),
    runs,
  );
  const deep = Math.floor(n * 0.9);
  const [page, whole] = interleaved(
    () => listPage(db, {}, deep, 100),
    () => listEntries(db, {}),
    11,
  );
  const [months] = interleaved(
    () => listMonths(db, {}),
    () => listMonths(db, { kinds: ['lesson'], tag: 'team' }),
    runs,
  );
  const [firstPage] = interleaved(
    () => listPage(db, {}, 0, 100),
    () => listPage(db, { kinds: ['lesson'], tag: 'team' }, 0, 100),
    runs,
  );
  return [
    row(`${label}: counts by kind, from counters (median)`, counts, 'ms', 5),
    row(`${label}: counts by kind, the recount they replaced (median)`, oldCounts, 'ms'),
    row(`${label}: tags with counts, from counters (median)`, tags, 'ms', 5),
    row(`${label}: tags with counts, the recount they replaced (median)`, oldTags, 'ms'),
    row(`${label}: list page of 100, first (median)`, firstPage, 'ms', 5),
    row(`${label}: list page of 100 at 90% depth (median)`, page, 'ms', 20),
    row(`${label}: whole list, as the side bar read it before (median)`, whole, 'ms'),
    row(`${label}: list months with counts (median)`, months, 'ms', 50),
  ];
}

/** A query as a person types it: two words of a title from the middle of the journal. */
function typedQuery(db: Db, n: number): string {
  const [mid] = listPage(db, {}, Math.floor(n / 2), 1);
  return mid!.title.split(' ').slice(0, 2).join(' ').toLowerCase();
}

/** Each prefix of `query`, one per keystroke. */
const prefixes = (query: string) => Array.from(query, (_, i) => query.slice(0, i + 1));

function quickOpenServerRows(db: Db, n: number): BenchRow[] {
  const label = `${n / 1000}k`;
  const typed = prefixes(typedQuery(db, n));
  findTitles(db, { text: 'warm', limit: 50 });
  const find: number[] = [];
  for (let run = 0; run < 5; run++)
    for (const text of typed) find.push(time(() => findTitles(db, { text, limit: 50 })));
  // What quick open did before: the whole list read, then every row ranked in the page.
  const before: number[] = [];
  for (const text of typed.slice(0, n >= 100_000 ? 2 : 6))
    before.push(
      time(() => {
        for (const e of listEntries(db, {})) matchScore(findText(e.kind, e.title), text);
      }),
    );
  const [patched, rebuilt, unchanged] = findAfterRename(db, typed.at(-1)!, 5);
  return [
    row(`${label}: quick open, journal.find per keystroke (median)`, percentile(find, 50), 'ms'),
    row(`${label}: quick open, journal.find per keystroke (p95)`, percentile(find, 95), 'ms', 5),
    row(
      `${label}: quick open before, whole list + ranking per keystroke (median)`,
      percentile(before, 50),
      'ms',
    ),
    row(
      `${label}: journal.find's first query after a title change (patched, median)`,
      patched,
      'ms',
    ),
    row(
      `${label}: the same, the copy of every title built again as before (median)`,
      rebuilt,
      'ms',
    ),
    row(`${label}: the same query with nothing changed (median)`, unchanged, 'ms'),
  ];
}

/**
 * The first find after a title changed, which patches the held copy of the titles from the change
 * log (migration 0016), interleaved with what it did before (read and fold every title again) and
 * with the same find when nothing changed (the patch's own cost is the difference).
 */
function findAfterRename(db: Db, text: string, runs: number): [number, number, number] {
  findTitles(db, { text, limit: 50 });
  const patched: number[] = [];
  const rebuilt: number[] = [];
  const unchanged: number[] = [];
  const [first] = listPage(db, {}, 0, 1);
  const rename = db.prepare('UPDATE entries SET title = ? WHERE id = ?');
  for (let run = 0; run < runs; run++) {
    rename.run(`${first!.title} ${run}`, first!.id);
    patched.push(time(() => findTitles(db, { text, limit: 50 })));
    rebuilt.push(time(() => buildCopy(allTitles(db))));
    unchanged.push(time(() => findTitles(db, { text, limit: 50 })));
  }
  rename.run(first!.title, first!.id);
  return [percentile(patched, 50), percentile(rebuilt, 50), percentile(unchanged, 50)];
}

/**
 * Opens quick open and types `query` a key at a time (each answer awaited): per key, from its
 * keydown to the matches on screen, and of that the page's own part (the answer's arrival to the
 * rows updated); and the longest renderer task meanwhile.
 */
async function quickOpenRendererRows(page: Page, n: number, query: string): Promise<BenchRow[]> {
  const label = `${n / 1000}k`;
  await page.keyboard.press('Control+p');
  await page.getByRole('dialog', { name: 'Go to entry' }).waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __muts: number[]; __long: number[] };
    w.__keys = [];
    w.__muts = [];
    w.__long = [];
    document.addEventListener('keydown', (e) => w.__keys.push(e.timeStamp), true);
    new MutationObserver(() => w.__muts.push(performance.now())).observe(
      document.querySelector('.quick-list')!,
      { childList: true, subtree: true, characterData: true },
    );
    new PerformanceObserver((list) =>
      w.__long.push(...list.getEntries().map((e) => e.duration)),
    ).observe({ type: 'longtask' });
    performance.clearResourceTimings();
  });
  // One step per change of the text sent (a space alone sends nothing new).
  let sent = '';
  for (const text of prefixes(query).filter((p) => !p.endsWith(' '))) {
    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/journal.find') &&
        (JSON.parse(r.request().postData() ?? '{}') as { text?: string }).text === text,
    );
    await page.keyboard.type(text.slice(sent.length));
    sent = text;
    await answered;
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30))));
  }
  const { keyToShown, arrivalToShown, longest } = await page.evaluate(() => {
    const w = window as unknown as { __keys: number[]; __muts: number[]; __long: number[] };
    const keyToShown: number[] = [];
    const arrivalToShown: number[] = [];
    for (const entry of performance.getEntriesByType('resource')) {
      if (!entry.name.endsWith('/api/journal.find')) continue;
      const { startTime, responseEnd } = entry as PerformanceResourceTiming;
      const key = w.__keys.filter((k) => k <= startTime).at(-1);
      const shown = w.__muts.find((m) => m >= responseEnd);
      if (key === undefined || shown === undefined) continue;
      keyToShown.push(shown - key);
      arrivalToShown.push(shown - responseEnd);
    }
    return { keyToShown, arrivalToShown, longest: Math.max(0, ...w.__long) };
  });
  await page.keyboard.press('Escape');
  return [
    row(
      `${label}: quick open, key -> its matches on screen (median)`,
      percentile(keyToShown, 50),
      'ms',
    ),
    row(
      `${label}: quick open, key -> its matches on screen (p95)`,
      percentile(keyToShown, 95),
      'ms',
    ),
    row(
      `${label}: quick open, of which the answer's arrival -> rows updated (p95)`,
      percentile(arrivalToShown, 95),
      'ms',
      16.7,
    ),
    row(`${label}: quick open, longest renderer task while typing`, longest, 'ms', 50),
  ];
}

const LAYOUT = {
  sideBarVisible: true,
  sideBarWidth: 22,
  activeView: 'journal',
  openTabs: [],
  activeTab: null,
};

// Records performance.now() (ms from navigation start) when the side bar shows its first entry row
// with its title (not the placeholder of a page on its way), and when the workbench said it was
// ready (its shell restored) and when the journal view mounted (the side bar fills in after the
// first paint, deferred): the parts of the start that are not the list's.
const LIST_PROBE = `
(() => {
  const look = () => {
    if (window.__shellAt === undefined && document.querySelector('.workbench[aria-busy="false"]'))
      window.__shellAt = performance.now();
    if (window.__viewAt === undefined && document.querySelector('.ladder-journal-view'))
      window.__viewAt = performance.now();
    if (window.__listAt !== undefined) return;
    const row = document.querySelector('[role="listbox"][aria-label="Journal"] [data-entry-index="0"]');
    if (row && !row.hasAttribute('aria-busy') && row.getClientRects().length > 0) {
      window.__listAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();
`;

/** One fresh page load: [first list row shown, workbench ready, journal view mounted], ms from navigation start. */
async function loadOnce(app: RunningApp, page: Page): Promise<[number, number, number]> {
  await replaceSettingsAway(page, app, { welcomeSeen: true, layout: LAYOUT });
  await page.goto(app.url);
  await page.waitForFunction(() => (window as { __listAt?: number }).__listAt !== undefined, null, {
    timeout: 60_000,
  });
  return page.evaluate(() => {
    const w = window as unknown as { __listAt: number; __shellAt?: number; __viewAt?: number };
    return [w.__listAt, w.__shellAt ?? Number.NaN, w.__viewAt ?? Number.NaN] as [
      number,
      number,
      number,
    ];
  });
}

/** Scrolls the side bar to `fraction` of the list, then times a click on a row there to its editor. */
async function clickOnce(page: Page, fraction: number): Promise<number> {
  await page.evaluate((f) => {
    const scroller = document.querySelector('.side-bar-content')!;
    scroller.scrollTop = f * (scroller.scrollHeight - scroller.clientHeight);
  }, fraction);
  // The rows there read and drawn, as a person would see them before clicking (the scroll event
  // comes a frame later: the rows from before it are all loaded too, but not in view).
  await page.waitForFunction(() => {
    const box = document.querySelector('.side-bar-content')!.getBoundingClientRect();
    const rows = [...document.querySelectorAll('[aria-label="Journal"] [data-entry-index]')];
    const inView = rows.filter((r) => {
      const b = r.getBoundingClientRect();
      return b.top >= box.top && b.bottom <= box.bottom;
    });
    return inView.length > 10 && rows.every((r) => !r.hasAttribute('aria-busy'));
  });
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const scroller = document.querySelector('.side-bar-content')!.getBoundingClientRect();
        const rows = [
          ...document.querySelectorAll<HTMLElement>('[aria-label="Journal"] [data-entry-index]'),
        ].filter((r) => {
          const box = r.getBoundingClientRect();
          return box.top >= scroller.top && box.bottom <= scroller.bottom;
        });
        const target = rows[Math.floor(rows.length / 2)]!;
        const title = target.getAttribute('title');
        const shown = () =>
          [...document.querySelectorAll<HTMLInputElement>('input[aria-label="Title"]')].some(
            (input) =>
              input.value === title &&
              input.getClientRects().length > 0 &&
              input.closest('.ladder-entry')?.querySelector('[contenteditable="true"]') != null,
          );
        const start = performance.now();
        // A click that never shows its editor fails the run instead of hanging it.
        setTimeout(() => resolve(Number.NaN), 20_000);
        const observer = new MutationObserver(() => {
          if (!shown()) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        target.click();
      }),
  );
}

/** Types into the open entry's title, waits for its autosave, and reports what the 3 s after it cost. */
async function autosaveOnce(page: Page): Promise<{ longest: number; reads: number }> {
  await page.evaluate(() => {
    const w = window as unknown as { __long: PerformanceEntry[] };
    w.__long = [];
    new PerformanceObserver((list) => w.__long.push(...list.getEntries())).observe({
      type: 'longtask',
    });
  });
  const title = page.locator('input[aria-label="Title"]:visible');
  await title.click();
  await page.keyboard.press('End');
  const saved = page.waitForResponse((r) => r.url().endsWith('/api/journal.save'));
  await page.keyboard.type(' edited');
  await saved;
  await page.waitForTimeout(3000);
  return page.evaluate(() => {
    const save = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/journal.save'))
      .at(-1) as PerformanceResourceTiming;
    const after = save.responseEnd;
    const long = (window as unknown as { __long: PerformanceEntry[] }).__long.filter(
      (e) => e.startTime + e.duration >= after,
    );
    const reads = performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= after)
      .filter((e) => /\/api\/journal\.(page|months|list|counts|tags)$/.test(e.name)).length;
    return { longest: Math.max(0, ...long.map((e) => e.duration)), reads };
  });
}

async function rendererRows(dataDir: string, n: number, query: string): Promise<BenchRow[]> {
  const label = `${n / 1000}k`;
  const app = await startApp({ dataDir });
  const browser = await launchBrowser();
  try {
    await browser.page.setViewportSize({ width: 1280, height: 800 });
    await browser.page.addInitScript(LIST_PROBE);
    // The start's background integrity check and the first load's chunk compilation are not the list's.
    await new Promise((resolve) => setTimeout(resolve, n >= 100_000 ? 20_000 : 3000));
    await loadOnce(app, browser.page);
    const loads: number[] = [];
    const shells: number[] = [];
    const afterView: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      const [list, shell, view] = await loadOnce(app, browser.page);
      loads.push(list);
      shells.push(shell);
      afterView.push(list - view);
    }
    const r = rng(7);
    const clicks: number[] = [];
    for (let i = 0; i < CLICKS; i++) clicks.push(await clickOnce(browser.page, r()));
    expect(clicks.filter(Number.isNaN), 'clicks whose editor never showed').toEqual([]);
    const saves = [];
    for (let i = 0; i < 3; i++) saves.push(await autosaveOnce(browser.page));
    const quickOpen = await quickOpenRendererRows(browser.page, n, query);
    expect(browser.pageErrors).toEqual([]);
    return [
      ...quickOpen,
      row(`${label}: journal list visible after page load (median)`, percentile(loads, 50), 'ms'),
      row(`${label}: journal list visible after page load (p95)`, percentile(loads, 95), 'ms', 300),
      row(
        `${label}: of which the workbench ready, same loads (median)`,
        percentile(shells, 50),
        'ms',
      ),
      row(
        `${label}: of which from the journal view's mount to its first row (median)`,
        percentile(afterView, 50),
        'ms',
      ),
      row(
        `${label}: click a row (anywhere in the list) -> its editor (median)`,
        percentile(clicks, 50),
        'ms',
      ),
      row(
        `${label}: click a row (anywhere in the list) -> its editor (p95)`,
        percentile(clicks, 95),
        'ms',
        100,
      ),
      row(
        `${label}: longest renderer task in the 3 s after an autosave (max of 3)`,
        Math.max(...saves.map((s) => s.longest)),
        'ms',
        50,
      ),
      row(
        `${label}: list/count/tag reads after an autosave (sum of 3)`,
        saves.reduce((a, s) => a + s.reads, 0),
        'reads',
        0,
      ),
    ];
  } finally {
    await browser.close();
    await app.stop();
  }
}

// The 100k journal alone takes minutes to write.
const TIMEOUT = SIZES.includes(100_000) ? 3_600_000 : 900_000;

it.skipIf(!chromiumAvailable())('journal list benchmark', { timeout: TIMEOUT }, async () => {
  await ensureBuilt();
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    let dataDir = '';
    const made = time(() => (dataDir = generate(n)));
    rows.push(row(`${n / 1000}k: generate the journal (one transaction)`, made, 'ms'));
    const store = openStore({ dataDir, mode: 'browser', version: 'bench', autoBackup: false });
    let query: string;
    try {
      rows.push(...serverRows(store.db, n));
      rows.push(...quickOpenServerRows(store.db, n));
      query = typedQuery(store.db, n);
    } finally {
      store.close();
    }
    try {
      rows.push(...(await rendererRows(dataDir, n, query)));
    } finally {
      removeDir(dataDir);
    }
  }
  const file = writeResults('journal-list', rows);
  console.log(`journal list benchmark → ${file}`);
  console.table(rows);
});

/** A data dir of `count` entries with titles and dates only (no bodies): enough for journal.find. */
function generateTitles(count: number): string {
  const dataDir = tempDir(`ladder-bench-titles-${count}-`);
  const store = openStore({ dataDir, mode: 'browser', version: 'bench', autoBackup: false });
  const r = rng(16);
  const insert = store.db.prepare(
    'INSERT INTO entries (id, kind, title, date, created_at, updated_at) VALUES (?, ?, ?, ?, 1, 1)',
  );
  store.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const g = generateEntry(r, i);
      insert.run(randomUUID(), g.kind, g.title, g.date);
    }
  })();
  store.close();
  return dataDir;
}

// Quick to run alone at 100k (titles only, a few seconds):
//   LADDER_BENCH_100K=1 npm run bench -- bench/journal-list.bench-run.ts -t 'after a rename'
it('journal.find right after a rename, titles only', { timeout: 600_000 }, () => {
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    const dataDir = generateTitles(n);
    const store = openStore({ dataDir, mode: 'browser', version: 'bench', autoBackup: false });
    try {
      const [patched, rebuilt, unchanged] = findAfterRename(store.db, typedQuery(store.db, n), 15);
      const label = `${n / 1000}k titles`;
      rows.push(
        row(`${label}: journal.find's first query after a rename (patched, median)`, patched, 'ms'),
        row(`${label}: the copy of every title built again, as before (median)`, rebuilt, 'ms'),
        row(`${label}: the same query with nothing changed (median)`, unchanged, 'ms'),
      );
    } finally {
      store.close();
      removeDir(dataDir);
    }
  }
  const file = writeResults('journal-find-rename', rows);
  console.log(`journal.find after a rename → ${file}`);
  console.table(rows);
});
