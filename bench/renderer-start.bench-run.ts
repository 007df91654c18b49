// Renderer start-up: the real app (browser mode, one entry open in a restored tab) against the React +
// Lexical page built the same way (the budget's base: plain Lexical's rich-text editor, nothing else)
// and a blank React + Vite page (the retired base, still shown), loaded in turn in headless Chromium,
// each measured from navigation start to the first visible editable element; cold (nothing cached)
// and warm (scripts and their compiled code cached, all served with the app's cache policy). The
// same app with a 10,000-entry journal (and, with LADDER_BENCH_100K=1, 100,000) is loaded in the same
// turns: the start must not grow with the journal.
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  PROJECT_ROOT,
  chromiumAvailable,
  ensureBuilt,
  launchBrowser,
  removeDir,
  startApp,
  tempDir,
  type RunningApp,
} from '../tests/e2e/harness';
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { openStore } from '../src-main/core/host/store';
import { insertEntry } from '../src-main/core/journal/entriesRepository.write';
import { deriveState } from '../src-main/core/journal/entryRules';
import { generateEntry, rng } from './corpus';
import { serveStatic } from './staticServer';
import { percentile, row, writeResults, type BenchRow } from './stats';

const LOADS = 15;
const BIG = 10_000;
const HUGE = 100_000;
const WITH_HUGE = process.env.LADDER_BENCH_100K === '1';

// Runs in the page before its own scripts: records performance.now() (milliseconds since navigation
// start) when a visible [contenteditable="true"] first exists.
const READY_PROBE = `
(() => {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const look = () => {
    if (window.__editableAt !== undefined) return;
    for (const el of document.querySelectorAll('[contenteditable="true"]')) {
      if (visible(el)) {
        window.__editableAt = performance.now();
        observer.disconnect();
        return;
      }
    }
  };
  const observer = new MutationObserver(look);
  observer.observe(document, { childList: true, subtree: true, attributes: true });
})();
`;

async function api(
  origin: string,
  token: string,
  channel: string,
  args: unknown,
): Promise<unknown> {
  const res = await fetch(`${origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ladder-token': token },
    body: JSON.stringify(args),
  });
  const json = (await res.json()) as { result?: unknown; error?: { code: string } };
  if (!res.ok) throw new Error(`${channel} failed: ${json.error?.code ?? res.status}`);
  return json.result;
}

/**
 * One fresh page; milliseconds from navigation start to a visible editor. Cold: the HTTP cache off, so
 * every script is fetched and compiled (a first start). Warm: the cache on, so hashed scripts and V8's
 * code cache are reused, as at every later start.
 */
async function load(context: BrowserContext, url: string, warm = false): Promise<number> {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: !warm });
    await page.goto(url);
    await page.waitForFunction(
      () => (window as { __editableAt?: number }).__editableAt !== undefined,
      undefined,
      {
        timeout: 60_000,
      },
    );
    return await page.evaluate(() => (window as unknown as { __editableAt: number }).__editableAt);
  } finally {
    await page.close();
  }
}

/** A data folder holding `count` generated entries (as the store bench makes them, in one transaction). */
function journalOf(count: number): string {
  const dataDir = tempDir('ladder-bench-start-');
  const store = openStore({ dataDir, mode: 'browser', version: 'bench' });
  const r = rng(42);
  store.db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const g = generateEntry(r, i);
      insertEntry(
        store.db,
        `bench-${i}`,
        g.kind,
        deriveState(g.kind, { ...g, fields: {} }),
        Date.now(),
      );
    }
  })();
  store.close();
  return dataDir;
}

/** The app on `dataDir` (temp and empty when absent), one short entry open in a restored tab. */
async function appWithOpenEntry(dataDir?: string): Promise<RunningApp> {
  const app = await startApp(dataDir ? { dataDir } : {});
  const entry = (await api(app.origin, app.token, 'journal.create', {
    kind: 'reflection',
    title: 'Start-up benchmark entry',
    body: lexicalFromParagraphs(['A short paragraph so the editor has something to show.']),
  })) as { id: string };
  await api(app.origin, app.token, 'settings.set', {
    welcomeSeen: true,
    layout: {
      sideBarVisible: true,
      sideBarWidth: 22,
      activeView: 'journal',
      openTabs: [{ type: 'entry', id: entry.id }],
      activeTab: `entry:${entry.id}`,
    },
  });
  return app;
}

it.skipIf(!chromiumAvailable())(
  'renderer start benchmark',
  async () => {
    await ensureBuilt();
    // vitest sets NODE_ENV=test, which would give the baselines React's development build (twice the size).
    const env = { ...process.env, NODE_ENV: 'production' };
    for (const page of ['blank', 'blank-lexical']) {
      const built = spawnSync(
        'npx',
        ['vite', 'build', '--config', `bench/${page}/vite.config.mts`],
        {
          cwd: PROJECT_ROOT,
          encoding: 'utf8',
          env,
        },
      );
      expect(built.status, built.stderr).toBe(0);
    }

    const server = await serveStatic(join(PROJECT_ROOT, 'out', 'bench-blank'));
    const floorServer = await serveStatic(join(PROJECT_ROOT, 'out', 'bench-blank-lexical'));
    const dirs = [journalOf(BIG), ...(WITH_HUGE ? [journalOf(HUGE)] : [])];
    const app = await appWithOpenEntry();
    const big = await appWithOpenEntry(dirs[0]);
    const huge = WITH_HUGE ? await appWithOpenEntry(dirs[1]) : null;
    // The background integrity check of a large file runs right after the server opens it: let it end.
    await new Promise((resolve) => setTimeout(resolve, WITH_HUGE ? 40_000 : 8_000));
    const browser = await launchBrowser();
    try {
      await browser.context.addInitScript({ content: READY_PROBE });

      const pages: Record<string, string> = {
        ladder: app.url,
        big: big.url,
        ...(huge ? { huge: huge.url } : {}),
        blank: `${server.origin}/`,
        floor: `${floorServer.origin}/`,
      };
      const names = Object.keys(pages);
      const cold = Object.fromEntries(names.map((n) => [n, [] as number[]]));
      const warm = Object.fromEntries(names.map((n) => [n, [] as number[]]));
      // One unmeasured load each, so all start from the same warm browser process.
      for (const url of Object.values(pages)) await load(browser.context, url);
      for (let i = 0; i < LOADS; i++)
        for (const n of names) cold[n]?.push(await load(browser.context, pages[n] as string));
      // Warm: two unmeasured loads each first (V8 keeps a script's code from its second load on).
      for (let i = 0; i < 2; i++)
        for (const url of Object.values(pages)) await load(browser.context, url, true);
      for (let i = 0; i < LOADS; i++)
        for (const n of names) warm[n]?.push(await load(browser.context, pages[n] as string, true));
      const load1 = loadavg()[0] ?? 0;

      const med = (xs: number[] | undefined) => percentile(xs ?? [], 50);
      const c = Object.fromEntries(names.map((n) => [n, med(cold[n])]));
      const w = Object.fromEntries(names.map((n) => [n, med(warm[n])]));
      const [l50, b50, f50] = [c.ladder ?? NaN, c.blank ?? NaN, c.floor ?? NaN];
      const rows: BenchRow[] = [
        row('first visible editor, Ladder with one entry open (median)', l50, 'ms'),
        row(
          'first visible editor, React + Lexical rich-text page, nothing else (median)',
          f50,
          'ms',
        ),
        row('first visible editor, blank React + Vite page (median)', b50, 'ms'),
        row('first visible editor, Ladder p95', percentile(cold.ladder ?? [], 95), 'ms'),
        row(
          'first visible editor, React + Lexical page p95',
          percentile(cold.floor ?? [], 95),
          'ms',
        ),
        row('first visible editor, blank page p95', percentile(cold.blank ?? [], 95), 'ms'),
        row('start ratio Ladder / React + Lexical page (medians)', l50 / f50, 'x', 1.5),
        row('floor: React + Lexical page / blank (medians)', f50 / b50, 'x'),
        row('Ladder / blank page (medians; old budget 1.5 x, retired)', l50 / b50, 'x'),
        row('warm start (scripts cached): Ladder (median)', w.ladder ?? NaN, 'ms'),
        row('warm start: React + Lexical page (median)', w.floor ?? NaN, 'ms'),
        row('warm start: blank page (median)', w.blank ?? NaN, 'ms'),
        row(
          'warm start ratio Ladder / React + Lexical page (medians)',
          (w.ladder ?? NaN) / (w.floor ?? NaN),
          'x',
          1.5,
        ),
        row(
          'warm start Ladder / blank page (medians; old budget, retired)',
          (w.ladder ?? NaN) / (w.blank ?? NaN),
          'x',
        ),
        row(
          `first visible editor, Ladder with a ${BIG}-entry journal (median)`,
          c.big ?? NaN,
          'ms',
        ),
        row(
          `start ratio ${BIG}-entry journal / one-entry journal (medians)`,
          (c.big ?? NaN) / l50,
          'x',
          1.1,
        ),
        row(`warm start, ${BIG}-entry journal (median)`, w.big ?? NaN, 'ms'),
        row(
          `warm start ratio ${BIG}-entry / one-entry journal (medians)`,
          (w.big ?? NaN) / (w.ladder ?? NaN),
          'x',
          1.1,
        ),
        ...(huge
          ? [
              row(
                `first visible editor, Ladder with a ${HUGE}-entry journal (median)`,
                c.huge ?? NaN,
                'ms',
              ),
              row(
                `start ratio ${HUGE}-entry / one-entry journal (medians)`,
                (c.huge ?? NaN) / l50,
                'x',
                1.1,
              ),
              row(`warm start, ${HUGE}-entry journal (median)`, w.huge ?? NaN, 'ms'),
              row(
                `warm start ratio ${HUGE}-entry / one-entry journal (medians)`,
                (w.huge ?? NaN) / (w.ladder ?? NaN),
                'x',
                1.1,
              ),
            ]
          : []),
        row('load average over the last minute at the end, 2 cores', load1, ''),
      ];
      expect(browser.pageErrors).toEqual([]);
      const file = writeResults('renderer-start', rows);
      console.log(`renderer start benchmark → ${file}`);
      console.table(rows);
    } finally {
      await browser.close();
      await Promise.all([app.stop(), big.stop(), huge?.stop()]);
      for (const dir of dirs) removeDir(dir);
      await server.close();
      await floorServer.close();
    }
    // A 100,000-entry journal takes minutes to generate and its loads are slow: more than vitest's bench limit.
  },
  WITH_HUGE ? 3_600_000 : undefined,
);
