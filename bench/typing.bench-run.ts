// Typing: keystroke to the next painted frame in a 10,000-word entry, the built app in browser mode
// against plain Lexical (bench/lexical-text: React, rich text, history) holding the same document,
// in alternating bursts in one headless Chromium; then the main thread's CPU per keystroke (thread
// time from Chromium's trace, steadier than wall time on a busy machine); then the keystrokes right
// after a 1 MB paste.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  PROJECT_ROOT,
  callApi,
  chromiumAvailable,
  ensureBuilt,
  launchBrowser,
  startApp,
  type RunningApp,
} from '../tests/e2e/harness';
import { lexicalFromParagraphs } from '../src-main/shared/journal/plainText';
import { paragraphs, rng } from './corpus';
import { mainThreadCpu } from './keyTrace';
import { serveStatic } from './staticServer';
import { percentile, row, writeResults, type BenchRow } from './stats';

const ROUNDS = 10;
const BURST = 'ladder rung climb ';
// Gaps between keys: mostly a quick typist, with a pause now and then, in which idle work may start.
const GAPS_MS = [60, 60, 60, 60, 400];
const PAUSE_MS = 1_500;
const PASTE_ROUNDS = 4;
const CPU_ROUNDS = 4;
const AFTER_PASTE_TEXT = 'after it ';

const LADDER_EDITOR = '[aria-label="Entry body"][contenteditable="true"]';
const PLAIN_EDITOR = '[aria-label="Plain editor"][contenteditable="true"]';

// For every keydown: milliseconds from the event's time stamp (so a busy main thread's queueing
// counts) to a task posted from the next animation frame, i.e. after that frame's style, layout and paint.
const KEY_PROBE = `
(() => {
  if (window.__keys) return;
  window.__keys = [];
  document.addEventListener('keydown', (event) => {
    const t0 = event.timeStamp;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => window.__keys.push(performance.now() - t0);
      channel.port2.postMessage(null);
    });
  }, true);
})();
`;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function openReady(page: Page, url: string, selector: string): Promise<void> {
  await page.goto(url);
  await page.locator(selector).waitFor({ state: 'visible', timeout: 60_000 });
  await page.evaluate(KEY_PROBE);
}

/** Puts the caret at the end of the paragraph at `where` (0..1 of the document) and focuses it. */
async function placeCaret(page: Page, selector: string, where: number): Promise<void> {
  await page.evaluate(
    ({ selector, where }) => {
      const box = document.querySelector<HTMLElement>(selector);
      if (!box) throw new Error('no editor');
      const blocks = box.querySelectorAll('p');
      const block = blocks[Math.min(blocks.length - 1, Math.floor(blocks.length * where))];
      if (!block) throw new Error('no paragraph');
      box.focus();
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let last: Node | null = null;
      while (walker.nextNode()) last = walker.currentNode;
      const target = last ?? block;
      document.getSelection()?.collapse(target, last ? (last.textContent ?? '').length : 0);
    },
    { selector, where },
  );
  await sleep(200);
}

/** Types `text` with the gaps above; returns each key's time to the next painted frame. */
async function typeBurst(page: Page, text: string, gaps: readonly number[]): Promise<number[]> {
  const before = await page.evaluate(
    () => (window as unknown as { __keys: number[] }).__keys.length,
  );
  for (const [i, ch] of [...text].entries()) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await sleep(gaps[i % gaps.length] ?? 60);
  }
  await page.waitForFunction(
    (n) => (window as unknown as { __keys: number[] }).__keys.length >= n,
    before + text.length,
  );
  return page.evaluate((b) => (window as unknown as { __keys: number[] }).__keys.slice(b), before);
}

async function paste(page: Page, selector: string, text: string): Promise<void> {
  await page.evaluate(
    ({ selector, text }) => {
      const box = document.querySelector(selector);
      if (!box) throw new Error('no editor');
      const data = new DataTransfer();
      data.setData('text/plain', text);
      box.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    },
    { selector, text },
  );
}

/**
 * Waits until the pasted text is in the editor and the page is quiet again: three frames in a row
 * answer within 30 ms (plain Lexical's paste runs for seconds), then 3 s more for Ladder's autosave.
 */
async function settled(page: Page, selector: string): Promise<void> {
  await page.waitForFunction(
    (s) => (document.querySelector(s)?.textContent?.length ?? 0) > 1_000_000,
    selector,
    { timeout: 120_000, polling: 500 },
  );
  for (let quiet = 0; quiet < 3;) {
    const frame = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t0 = performance.now();
          requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
        }),
    );
    quiet = frame < 30 ? quiet + 1 : 0;
  }
  await sleep(3_000);
}

/** A new entry holding `body`, opened as the only tab at the next load. */
async function entryInTab(app: RunningApp, body: string): Promise<string> {
  const entry = await callApi<{ id: string }>(app, 'journal.create', {
    kind: 'reflection',
    title: 'Typing benchmark entry',
    body,
  });
  await callApi(app, 'settings.set', {
    welcomeSeen: true,
    layout: {
      sideBarVisible: true,
      sideBarWidth: 22,
      activeView: 'journal',
      openTabs: [{ type: 'entry', id: entry.id }],
      activeTab: `entry:${entry.id}`,
    },
  });
  return entry.id;
}

function megabyteOfText(): string {
  const r = rng(11);
  let text = '';
  while (text.length < 1_000_000) text += `${paragraphs(r, 2_000).join('\n')}\n`;
  return text.slice(0, 1_000_000);
}

it.skipIf(!chromiumAvailable())('typing benchmark', async () => {
  await ensureBuilt();
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--config', 'bench/lexical-text/vite.config.mts'],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  expect(built.status, built.stderr).toBe(0);
  const plainDir = join(PROJECT_ROOT, 'out', 'bench-lexical-text');
  const body = lexicalFromParagraphs(paragraphs(rng(7), 10_000));
  writeFileSync(join(plainDir, 'document.json'), body);

  const plainServer = await serveStatic(plainDir);
  const app = await startApp();
  const browser = await launchBrowser();
  const loads: number[] = [];
  try {
    await entryInTab(app, body);
    const ladder = browser.page;
    const plain = await browser.context.newPage();
    await openReady(ladder, app.url, LADDER_EDITOR);
    await openReady(plain, `${plainServer.origin}/`, PLAIN_EDITOR);
    const words = await ladder
      .locator(LADDER_EDITOR)
      .evaluate((el) => el.textContent?.split(/\s+/).length);
    expect(words).toBeGreaterThan(9_000);

    // Side by side: alternating bursts in the same document position, the page in front typing.
    const typed = { ladder: [] as number[], plain: [] as number[] };
    // The first key of each burst (after a pause in which Ladder saved): where the tail came from.
    const firsts = { ladder: [] as number[], plain: [] as number[] };
    const sides = [
      { page: ladder, selector: LADDER_EDITOR, out: typed.ladder, first: firsts.ladder },
      { page: plain, selector: PLAIN_EDITOR, out: typed.plain, first: firsts.plain },
    ];
    for (const side of sides) {
      await side.page.bringToFront();
      await placeCaret(side.page, side.selector, 0.5);
      await typeBurst(side.page, 'warm up ', GAPS_MS); // unmeasured
    }
    for (let round = 0; round < ROUNDS; round++) {
      for (const side of round % 2 ? [...sides].reverse() : sides) {
        await side.page.bringToFront();
        const times = await typeBurst(side.page, BURST, GAPS_MS);
        side.out.push(...times);
        side.first.push(times[0] ?? Number.NaN);
        await sleep(PAUSE_MS);
        loads.push(loadavg()[0] ?? 0);
      }
    }

    // Main-thread CPU per keystroke, the same bursts traced, alternating.
    const cpu = { ladder: [] as number[], plain: [] as number[] };
    const traced = [
      { page: ladder, out: cpu.ladder, cdp: await browser.context.newCDPSession(ladder) },
      { page: plain, out: cpu.plain, cdp: await browser.context.newCDPSession(plain) },
    ];
    for (let round = 0; round < CPU_ROUNDS; round++) {
      for (const side of round % 2 ? [...traced].reverse() : traced) {
        await side.page.bringToFront();
        const ms = await mainThreadCpu(side.cdp, () => typeBurst(side.page, BURST, GAPS_MS));
        side.out.push(ms / BURST.length);
        await sleep(PAUSE_MS);
      }
    }

    // The keystrokes after a 1 MB paste at the end of the same 10,000-word document, each round
    // on a fresh copy; the paste's own work (and Ladder's autosave of it) is left to finish first.
    const text = megabyteOfText();
    const afterPaste = { ladder: [] as number[], plain: [] as number[] };
    const firstAfterPaste = { ladder: [] as number[], plain: [] as number[] };
    let ladderPage = ladder;
    for (let round = 0; round < PASTE_ROUNDS; round++) {
      await ladderPage.close();
      await sleep(500);
      await entryInTab(app, body);
      ladderPage = await browser.context.newPage();
      await openReady(ladderPage, app.url, LADDER_EDITOR);
      await openReady(plain, `${plainServer.origin}/`, PLAIN_EDITOR);
      const pair = [
        { page: ladderPage, selector: LADDER_EDITOR, side: 'ladder' as const },
        { page: plain, selector: PLAIN_EDITOR, side: 'plain' as const },
      ];
      for (const { page, selector, side } of round % 2 ? pair.reverse() : pair) {
        await page.bringToFront();
        await placeCaret(page, selector, 1);
        await paste(page, selector, text);
        await settled(page, selector);
        const times = await typeBurst(page, AFTER_PASTE_TEXT, [150]);
        afterPaste[side].push(...times);
        firstAfterPaste[side].push(times[0] ?? Number.NaN);
        const length = await page.locator(selector).evaluate((el) => el.textContent?.length ?? 0);
        expect(length).toBeGreaterThan(1_000_000);
      }
    }

    const p = (xs: number[], q: number) => percentile(xs, q);
    const rows: BenchRow[] = [
      row('keystroke to next frame, 10,000-word entry, Ladder (median)', p(typed.ladder, 50), 'ms'),
      row('keystroke to next frame, same text, plain Lexical (median)', p(typed.plain, 50), 'ms'),
      row('keystroke to next frame, Ladder (p95)', p(typed.ladder, 95), 'ms'),
      row('keystroke to next frame, plain Lexical (p95)', p(typed.plain, 95), 'ms'),
      row(
        'keystroke p95 ratio Ladder / plain Lexical',
        p(typed.ladder, 95) / p(typed.plain, 95),
        'x',
        1.3,
      ),
      row('first keystroke of a burst, after a pause, Ladder (median)', p(firsts.ladder, 50), 'ms'),
      row('first keystroke of a burst, plain Lexical (median)', p(firsts.plain, 50), 'ms'),
      row('main-thread CPU per keystroke, Ladder (median of bursts)', p(cpu.ladder, 50), 'ms'),
      row(
        'main-thread CPU per keystroke, plain Lexical (median of bursts)',
        p(cpu.plain, 50),
        'ms',
      ),
      row(
        'main-thread CPU per keystroke ratio Ladder / plain Lexical',
        p(cpu.ladder, 50) / p(cpu.plain, 50),
        'x',
      ),
      row(
        'keystrokes over 16.7 ms, Ladder (of ' + typed.ladder.length + ')',
        typed.ladder.filter((t) => t > 16.7).length,
        '',
      ),
      row(
        'keystrokes over 16.7 ms, plain Lexical (of ' + typed.plain.length + ')',
        typed.plain.filter((t) => t > 16.7).length,
        '',
      ),
      row('keystroke after a 1 MB paste, Ladder (median)', p(afterPaste.ladder, 50), 'ms'),
      row('keystroke after a 1 MB paste, plain Lexical (median)', p(afterPaste.plain, 50), 'ms'),
      row(
        'keystroke after a 1 MB paste ratio Ladder / plain (medians)',
        p(afterPaste.ladder, 50) / p(afterPaste.plain, 50),
        'x',
        1.5,
      ),
      row(
        'first keystroke after a 1 MB paste, Ladder (median of rounds)',
        p(firstAfterPaste.ladder, 50),
        'ms',
      ),
      row(
        'first keystroke after a 1 MB paste, plain Lexical (median of rounds)',
        p(firstAfterPaste.plain, 50),
        'ms',
      ),
      row('keystroke after a 1 MB paste, Ladder (p95)', p(afterPaste.ladder, 95), 'ms'),
      row('keystroke after a 1 MB paste, plain Lexical (p95)', p(afterPaste.plain, 95), 'ms'),
      row('load average over the last minute during the run (median), 2 cores', p(loads, 50), ''),
    ];
    expect(browser.pageErrors).toEqual([]);
    const file = writeResults('typing', rows);
    console.log(`typing benchmark → ${file}`);
    console.table(rows);
  } finally {
    await browser.close();
    await app.stop();
    await plainServer.close();
  }
});
