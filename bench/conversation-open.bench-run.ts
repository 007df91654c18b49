// Opening a conversation: a store with one conversation of 50 agenda items and 50 evidence links,
// the real app in browser mode. Each run starts from a fresh page load (cold query cache, chunks
// preloaded in idle time as at a normal start), clicks the conversation in the side bar, and measures
// until the pane holds every item and says aria-busy="false" (and until the next frame after that).
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { callApi, chromiumAvailable, ensureBuilt, launchBrowser, startApp, type RunningApp } from '../tests/e2e/harness';
import { percentile, row, writeResults, type BenchRow } from './stats';

const RUNS = 25;
const ITEMS = 50;

async function seed(app: RunningApp): Promise<string> {
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

const LAYOUT = { sideBarVisible: true, sideBarWidth: 22, activeView: 'conversations', openTabs: [], activeTab: null };

/** One run: fresh page, idle, click, wait for the full pane. Returns [to DOM, to next frame, request] in ms. */
const errors: string[] = [];

async function openOnce(app: RunningApp, page: Page): Promise<[number, number, number]> {
  await callApi(app, 'settings.set', { welcomeSeen: true, layout: LAYOUT });
  await page.goto(app.url);
  await page.locator('.workbench[aria-busy="false"]').waitFor({ timeout: 20_000 }).catch((e: unknown) => {
    throw new Error(`workbench not ready: ${String(e)} ${JSON.stringify(errors)}`);
  });
  const row = page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').first();
  await row.waitFor();
  // Let the idle-time preloading of lazy parts finish, as it would before a person's first click.
  await page.waitForTimeout(1500);
  return page.evaluate(
    ({ items }) =>
      new Promise<[number, number, number]>((resolve) => {
        const done = () =>
          document.querySelectorAll('.ladder-conv-pane[aria-busy="false"] .ladder-agenda__list > .ladder-agenda-item').length === items;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (!done()) return;
          observer.disconnect();
          const dom = performance.now() - start;
          const request = performance
            .getEntriesByType('resource')
            .filter((e) => e.name.endsWith('/api/conversations.get'))
            .at(-1);
          requestAnimationFrame(() => resolve([dom, performance.now() - start, request?.duration ?? Number.NaN]));
        });
        observer.observe(document.body, { childList: true, subtree: true, attributes: true });
        (document.querySelector('[role="listbox"][aria-label="Conversations"] [role="option"]') as HTMLElement).click();
      }),
    { items: ITEMS },
  );
}

it.skipIf(!chromiumAvailable())('conversation open benchmark', async () => {
  await ensureBuilt();
  const app = await startApp();
  const browser = await launchBrowser();
  browser.page.on('console', (m) => errors.push(m.text()));
  browser.page.on('pageerror', (e) => errors.push(e.message));
  try {
    await seed(app);
    await openOnce(app, browser.page);
    const dom: number[] = [];
    const frame: number[] = [];
    const request: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const [d, f, r] = await openOnce(app, browser.page);
      dom.push(d);
      frame.push(f);
      request.push(r);
    }
    const rows: BenchRow[] = [
      row(`open conversation, ${ITEMS} items + ${ITEMS} evidence, to pane complete (median)`, percentile(dom, 50), 'ms'),
      row(`open conversation, ${ITEMS} items + ${ITEMS} evidence, to pane complete (p95)`, percentile(dom, 95), 'ms', 100),
      row(`open conversation, to the next frame after (p95)`, percentile(frame, 95), 'ms'),
      row(`of which the conversations.get request (median)`, percentile(request, 50), 'ms'),
      row(`of which the conversations.get request (p95)`, percentile(request, 95), 'ms'),
    ];
    expect(browser.pageErrors).toEqual([]);
    const file = writeResults('conversation-open', rows);
    console.log(`conversation open benchmark → ${file}`);
    console.table(rows);
  } finally {
    await browser.close();
    await app.stop();
  }
});
