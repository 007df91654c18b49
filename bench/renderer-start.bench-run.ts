// Renderer start-up: the real app (browser mode, one entry open in a restored tab) against a blank
// React + Vite page built the same way and against the floor any Lexical app has (React plus
// Lexical's rich-text editor, nothing else), loaded in turn in headless Chromium, each measured from
// navigation start to the first visible editable element; cold (nothing cached) and warm (scripts
// and their compiled code cached, all three served with the app's cache policy).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  PROJECT_ROOT,
  chromiumAvailable,
  ensureBuilt,
  launchBrowser,
  startApp,
} from '../tests/e2e/harness';
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { serveStatic } from './staticServer';
import { percentile, row, writeResults, type BenchRow } from './stats';

const LOADS = 15;

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

it.skipIf(!chromiumAvailable())('renderer start benchmark', async () => {
  await ensureBuilt();
  // vitest sets NODE_ENV=test, which would give the baselines React's development build (twice the size).
  const env = { ...process.env, NODE_ENV: 'production' };
  for (const page of ['blank', 'blank-lexical']) {
    const built = spawnSync('npx', ['vite', 'build', '--config', `bench/${page}/vite.config.mts`], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env,
    });
    expect(built.status, built.stderr).toBe(0);
  }

  const server = await serveStatic(join(PROJECT_ROOT, 'out', 'bench-blank'));
  const floorServer = await serveStatic(join(PROJECT_ROOT, 'out', 'bench-blank-lexical'));
  const app = await startApp();
  const browser = await launchBrowser();
  try {
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
    await browser.context.addInitScript({ content: READY_PROBE });

    // One unmeasured load each, so all start from the same warm browser process.
    const pages = { ladder: app.url, blank: `${server.origin}/`, floor: `${floorServer.origin}/` };
    for (const url of Object.values(pages)) await load(browser.context, url);
    const ladder: number[] = [];
    const baseline: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < LOADS; i++) {
      ladder.push(await load(browser.context, pages.ladder));
      baseline.push(await load(browser.context, pages.blank));
      floor.push(await load(browser.context, pages.floor));
    }
    // Warm: two unmeasured loads each first (V8 keeps a script's code from its second load on).
    for (let i = 0; i < 2; i++)
      for (const url of Object.values(pages)) await load(browser.context, url, true);
    const warm = { ladder: [] as number[], blank: [] as number[], floor: [] as number[] };
    for (let i = 0; i < LOADS; i++) {
      warm.ladder.push(await load(browser.context, pages.ladder, true));
      warm.blank.push(await load(browser.context, pages.blank, true));
      warm.floor.push(await load(browser.context, pages.floor, true));
    }
    const w = {
      ladder: percentile(warm.ladder, 50),
      blank: percentile(warm.blank, 50),
      floor: percentile(warm.floor, 50),
    };
    const l50 = percentile(ladder, 50);
    const b50 = percentile(baseline, 50);
    const f50 = percentile(floor, 50);
    const rows: BenchRow[] = [
      row('first visible editor, Ladder with one entry open (median)', l50, 'ms'),
      row('first visible editor, blank React + Vite page (median)', b50, 'ms'),
      row('first visible editor, React + Lexical rich-text page, nothing else (median)', f50, 'ms'),
      row('first visible editor, Ladder p95', percentile(ladder, 95), 'ms'),
      row('first visible editor, blank page p95', percentile(baseline, 95), 'ms'),
      row('first visible editor, React + Lexical page p95', percentile(floor, 95), 'ms'),
      row('renderer start ratio Ladder / blank (medians)', l50 / b50, 'x', 1.5),
      row('floor: React + Lexical page / blank (medians)', f50 / b50, 'x'),
      row('Ladder / React + Lexical page (medians)', l50 / f50, 'x'),
      row('warm start (scripts cached): Ladder (median)', w.ladder, 'ms'),
      row('warm start: blank page (median)', w.blank, 'ms'),
      row('warm start: React + Lexical page (median)', w.floor, 'ms'),
      row('warm start ratio Ladder / blank (medians)', w.ladder / w.blank, 'x', 1.5),
      row('warm start floor: React + Lexical page / blank (medians)', w.floor / w.blank, 'x'),
    ];
    expect(browser.pageErrors).toEqual([]);
    const file = writeResults('renderer-start', rows);
    console.log(`renderer start benchmark → ${file}`);
    console.table(rows);
  } finally {
    await browser.close();
    await app.stop();
    await server.close();
    await floorServer.close();
  }
});
