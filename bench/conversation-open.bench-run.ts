// Opening a conversation: a store with one conversation of 50 agenda items and 50 evidence links,
// the real app in browser mode. Each run starts from a fresh page load (cold query cache, chunks
// preloaded in idle time as at a normal start), clicks the conversation in the side bar, and measures
// until the pane holds every item and says aria-busy="false" (and until the next frame after that).
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import {
  PROJECT_ROOT,
  chromiumAvailable,
  ensureBuilt,
  launchBrowser,
  replaceSettingsAway,
  tempDir,
} from '../tests/e2e/harness';
import { percentile, row, writeResults, type BenchRow } from './stats';

interface App {
  url: string;
  origin: string;
  token: string;
  stop: () => void;
}

/**
 * Serves a private copy of the build (inside the project, so node_modules resolve): a build started
 * by another test while this runs would otherwise swap the chunks under the open pages.
 */
async function startCopiedApp(): Promise<App> {
  // bench/results is not in a fresh clone.
  mkdirSync(join(PROJECT_ROOT, 'bench', 'results'), { recursive: true });
  const copy = mkdtempSync(join(PROJECT_ROOT, 'bench', 'results', 'app-copy-'));
  cpSync(join(PROJECT_ROOT, 'out'), join(copy, 'out'), { recursive: true });
  const dataDir = tempDir('ladder-bench-conv-');
  const child = spawn(
    process.execPath,
    [join(copy, 'out', 'main', 'web.js'), '--data', dataDir, '--port', '0'],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  const [, origin, token] = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const found = /(http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]+)/.exec(stdout);
      if (found) resolve(found);
    });
    child.on('exit', (code) => reject(new Error(`web.js exited with ${code}`)));
  });
  return {
    url: `${origin}/?token=${token}`,
    origin: origin!,
    token: token!,
    stop() {
      child.kill('SIGTERM');
      rmSync(copy, { recursive: true, force: true });
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

async function callApi<T = unknown>(app: App, channel: string, args: unknown): Promise<T> {
  const response = await fetch(`${app.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ladder-token': app.token },
    body: JSON.stringify(args),
  });
  const payload = (await response.json()) as { result?: T; error?: { code: string } };
  if (!response.ok || payload.error)
    throw new Error(`${channel} failed: ${payload.error?.code ?? response.status}`);
  return payload.result as T;
}

const RUNS = 25;
const ITEMS = 50;
const LONG_AGENDA = 200;
const KEYSTROKES = 40;
const LONG_EVIDENCE = 100;

async function seed(app: App): Promise<string> {
  const created = await callApi<{ conversation: { id: string } }>(app, 'conversations.create', {
    templateId: 'blank',
    title: 'Quarterly career conversation',
    personName: 'Dana Whitfield',
    durationMin: 90,
    expectedOutcome: 'Agree on the next step and who supports it',
  });
  const id = created.conversation.id;
  for (let i = 0; i < ITEMS; i++) {
    const entry = await callApi<{ id: string }>(app, 'journal.create', {
      kind: 'accomplishment',
      title: `Accomplishment ${i + 1}`,
      date: '2026-10-01',
      fields: { impact: `Saved the team ${i + 2} hours a week` },
    });
    const doc = await callApi<{ items: { id: string }[] }>(app, 'agenda.addItem', {
      conversationId: id,
      title: `Topic ${i + 1}`,
      minutes: 2,
    });
    const itemId = doc.items[i]!.id;
    await callApi(app, 'agenda.updateItem', {
      id: itemId,
      questions: `What would it take to move topic ${i + 1} forward?`,
      privateNotes: 'Keep this calm and factual.',
    });
    await callApi(app, 'agenda.linkEvidence', { itemId, entryId: entry.id });
  }
  return id;
}

const LAYOUT = {
  sideBarVisible: true,
  sideBarWidth: 22,
  activeView: 'conversations',
  openTabs: [],
  activeTab: null,
};

const errors: string[] = [];

/**
 * One run: fresh page, idle, click, wait for the full pane. Returns, in ms: click to DOM complete,
 * click to the next frame, the read's own duration, and the answer's arrival to DOM complete.
 */
async function openOnce(app: App, page: Page): Promise<[number, number, number, number]> {
  // The previous page writes its layout (the conversation's tab open) as it goes: it must not land after
  // this one, or the next page would open the conversation at start and the click would only show it.
  await replaceSettingsAway(page, app, { welcomeSeen: true, layout: LAYOUT });
  await page.goto(app.url);
  await page
    .locator('.workbench[aria-busy="false"]')
    .waitFor({ timeout: 20_000 })
    .catch((e: unknown) => {
      console.log(`workbench not ready; page said: ${errors.slice(-5).join(' | ')}`);
      throw e;
    });
  const row = page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').first();
  await row.waitFor();
  // Let the idle-time preloading of lazy parts finish, as it would before a person's first click.
  await page.waitForTimeout(1500);
  expect(
    await page.locator('.ladder-conv-pane').count(),
    'the conversation was open before the click',
  ).toBe(0);
  return page.evaluate(
    ({ items }) =>
      new Promise<[number, number, number, number]>((resolve) => {
        const done = () =>
          document.querySelectorAll(
            '.ladder-conv-pane[aria-busy="false"] .ladder-agenda__list > .ladder-agenda-item',
          ).length === items;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          const end = performance.now();
          const request = performance
            .getEntriesByType('resource')
            .filter((e): e is PerformanceResourceTiming =>
              e.name.endsWith('/api/conversations.get'),
            )
            .at(-1);
          const afterData = request ? end - request.responseEnd : Number.NaN;
          requestAnimationFrame(() =>
            resolve([
              end - start,
              performance.now() - start,
              request?.duration ?? Number.NaN,
              afterData,
            ]),
          );
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        (
          document.querySelector(
            '[role="listbox"][aria-label="Conversations"] [role="option"]',
          ) as HTMLElement
        ).click();
      }),
    { items: ITEMS },
  );
}

/**
 * Typing into one item of a 200-item agenda with 100 evidence links (the "stays responsive"
 * case): each synthetic keystroke's input event is handled synchronously by React for a controlled
 * input, so its dispatch time is the render work it caused.
 */
async function keystrokes(app: App, page: Page): Promise<number[]> {
  const created = await callApi<{ conversation: { id: string } }>(app, 'conversations.create', {
    templateId: 'blank',
    title: 'Long agenda',
  });
  const id = created.conversation.id;
  for (let i = 0; i < LONG_AGENDA; i++) {
    const doc = await callApi<{ items: { id: string }[] }>(app, 'agenda.addItem', {
      conversationId: id,
      title: `Point ${i + 1}`,
      minutes: 1,
    });
    if (i >= LONG_EVIDENCE) continue;
    const entry = await callApi<{ id: string }>(app, 'journal.create', {
      kind: 'praise',
      title: `Thanks ${i + 1}`,
      date: '2026-09-01',
    });
    await callApi(app, 'agenda.linkEvidence', { itemId: doc.items[i]!.id, entryId: entry.id });
  }
  // The open page writes its own layout as it goes away: let it go first, so it cannot overwrite this one.
  await page.goto('about:blank');
  await callApi(app, 'settings.set', {
    layout: {
      ...LAYOUT,
      openTabs: [{ type: 'conversation', id }],
      activeTab: `conversation:${id}`,
    },
  });
  await page.goto(app.url);
  await page.locator('.workbench[aria-busy="false"]').waitFor();
  await page
    .locator('.ladder-agenda-item')
    .nth(LONG_AGENDA - 1)
    .waitFor({ state: 'attached' });
  return page.evaluate(
    ({ count }) => {
      const input = document.querySelector<HTMLInputElement>(
        'input[aria-label="Title of item 1"]',
      )!;
      input.focus();
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const times: number[] = [];
      for (let i = 0; i < count; i++) {
        setValue.call(input, `${input.value}x`);
        const start = performance.now();
        input.dispatchEvent(new Event('input', { bubbles: true }));
        times.push(performance.now() - start);
      }
      return times;
    },
    { count: KEYSTROKES },
  );
}

it.skipIf(!chromiumAvailable())('conversation open benchmark', async () => {
  await ensureBuilt();
  const app = await startCopiedApp();
  const browser = await launchBrowser();
  browser.page.on('console', (m) => errors.push(m.text()));
  browser.page.on('pageerror', (e) => errors.push(e.message));
  try {
    await seed(app);
    await openOnce(app, browser.page);
    const dom: number[] = [];
    const frame: number[] = [];
    const request: number[] = [];
    const afterData: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [d, f, r, a] = await openOnce(app, browser.page);
      afterData.push(a);
      dom.push(d);
      frame.push(f);
      request.push(r);
    }
    const typing = await keystrokes(app, browser.page);
    const rows: BenchRow[] = [
      row(
        `open conversation, ${ITEMS} items + ${ITEMS} evidence, to pane complete (median)`,
        percentile(dom, 50),
        'ms',
      ),
      row(
        `open conversation, ${ITEMS} items + ${ITEMS} evidence, to pane complete (p95)`,
        percentile(dom, 95),
        'ms',
        100,
      ),
      row(`open conversation, to the next frame after (p95)`, percentile(frame, 95), 'ms'),
      row(`of which the conversations.get request (median)`, percentile(request, 50), 'ms'),
      row(`of which the conversations.get request (p95)`, percentile(request, 95), 'ms'),
      row(
        `of which the answer's arrival to pane complete (median)`,
        percentile(afterData, 50),
        'ms',
      ),
      row(`of which the answer's arrival to pane complete (p95)`, percentile(afterData, 95), 'ms'),
      row(
        `keystroke in one item of a ${LONG_AGENDA}-item agenda with ${LONG_EVIDENCE} evidence links, render work (median)`,
        percentile(typing, 50),
        'ms',
      ),
      row(
        `keystroke in one item of a ${LONG_AGENDA}-item agenda with ${LONG_EVIDENCE} evidence links, render work (p95)`,
        percentile(typing, 95),
        'ms',
        16,
      ),
    ];
    expect(browser.pageErrors).toEqual([]);
    const file = writeResults('conversation-open', rows);
    console.log(`conversation open benchmark → ${file}`);
    console.table(rows);
  } finally {
    await browser.close();
    app.stop();
  }
});
