/// <reference lib="dom" />
// The palette and quick open take the keys the moment their shortcut is pressed, even on the first
// open after a page load with their chunk still on its way: what a person types next goes into the
// box, never into the entry they were writing in (where it would be saved).
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { lexicalFromParagraphs, paragraphNode } from '../../src-main/shared/journal/plainText';
import {
  callApi,
  describeE2E,
  ensureBuilt,
  launchBrowser,
  removeDir,
  startApp,
  tempDir,
  waitForWorkbench,
  type BrowserSession,
  type RunningApp,
} from './harness';

/** An entry body whose paragraph ends in a link, so the caret at its end sits beside the link. */
const BODY_WITH_LINK = (() => {
  const doc = JSON.parse(lexicalFromParagraphs(['Notes for the review are in '])) as {
    root: { children: Array<{ children: unknown[] }> };
  };
  const [linkText] = paragraphNode('the shared folder').children;
  doc.root.children[0]!.children.push({
    type: 'link',
    version: 1,
    url: 'https://example.org/review',
    rel: 'noopener noreferrer',
    target: '_blank',
    title: null,
    direction: null,
    format: '',
    indent: 0,
    children: [linkText],
  });
  return JSON.stringify(doc);
})();

// A cold cache: the box's chunk arrives well after the shortcut, as on a slow disk or a busy machine.
const CHUNK_DELAY_MS = 2500;

const body = (page: Page) => page.getByRole('textbox', { name: 'Entry body' });
const statusBar = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Saved|Saving|Unsaved/ })
    .first();

describeE2E('the palette never types into an entry', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let dataDir: string;
  let app: RunningApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-palette-');
    app = await startApp({ dataDir });
    browser = await launchBrowser();
    await browser.page.route('**/assets/QuickInputBox-*.js', async (route: Route) => {
      await new Promise((resolve) => setTimeout(resolve, CHUNK_DELAY_MS));
      await route.continue();
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    removeDir(dataDir);
  });

  const cases = [
    { key: 'Control+Shift+P', typed: 'toggle side bar', boxHolds: '>toggle side bar' },
    { key: 'F1', typed: 'toggle side bar', boxHolds: '>toggle side bar' },
    { key: 'Control+P', typed: 'quarterly review', boxHolds: 'quarterly review' },
  ];

  for (const { key, typed, boxHolds } of cases) {
    it(`${key} right after typing beside a link: the name goes into the box, not the entry`, async () => {
      const { page } = browser;
      const entry = await callApi<{ id: string }>(app, 'journal.create', {
        kind: 'lesson',
        title: `Links and ${key}`,
        body: BODY_WITH_LINK,
      });
      await callApi(app, 'settings.set', {
        welcomeSeen: true,
        layout: {
          sideBarVisible: true,
          sideBarWidth: 24,
          activeView: 'journal',
          openTabs: [{ type: 'entry', id: entry.id }],
          activeTab: `entry:${entry.id}`,
        },
      });
      await page.goto(app.url);
      await waitForWorkbench(page);
      await body(page).getByText('the shared folder').waitFor();

      await body(page).getByText('Notes for the review').click();
      await page.keyboard.press('Control+End');
      await page.keyboard.type(' today', { delay: 60 });
      await page.keyboard.press(key);
      await page.keyboard.type(typed, { delay: 90 });

      const box = page.locator('.quick-input input');
      await expect.poll(() => box.inputValue(), { timeout: 15_000 }).toBe(boxHolds);
      await expect
        .poll(() => body(page).textContent())
        .toBe('Notes for the review are in the shared folder today');

      await page.keyboard.press('Escape');
      await page.locator('.quick-input').waitFor({ state: 'detached' });
      // Escape hands the keys back to the entry, where the caret was.
      await page.keyboard.type(' again', { delay: 60 });
      await expect
        .poll(() => body(page).textContent())
        .toBe('Notes for the review are in the shared folder today again');
      await expect
        .poll(() => statusBar(page).textContent(), { timeout: 10_000 })
        .toContain('Saved');
      const saved = await callApi<{ body: string }>(app, 'journal.get', { id: entry.id });
      expect(saved.body).toContain(' today again');
      expect(saved.body.toLowerCase()).not.toContain(typed);
      expect(browser.pageErrors).toEqual([]);
    });
  }
});

// journal.find answers each query asynchronously: Enter pressed before the answer for what was typed
// must open that answer's first row, not the first of the rows shown for the text before.
describeE2E('quick open opens what was typed, even before its answer arrives', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let dataDir: string;
  let app: RunningApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-quick-open-');
    app = await startApp({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    removeDir(dataDir);
  });

  it('Ctrl+P, type and Enter at once: the best match for the text opens', async () => {
    const { page } = browser;
    // The oldest entry is the best match for 'bu', but not among the newest 50 that quick open
    // shows before anything is typed; those hold only weak matches ('Rebuild').
    await callApi(app, 'journal.create', {
      kind: 'lesson',
      title: 'Budget review',
      date: '2025-01-01',
    });
    for (let i = 0; i < 55; i++)
      await callApi(app, 'journal.create', {
        kind: 'lesson',
        title: `Rebuild step ${i}`,
        date: `2026-02-${String((i % 28) + 1).padStart(2, '0')}`,
      });
    await callApi(app, 'settings.set', {
      welcomeSeen: true,
      layout: {
        sideBarVisible: true,
        sideBarWidth: 24,
        activeView: 'journal',
        openTabs: [],
        activeTab: null,
      },
    });
    await page.goto(app.url);
    await waitForWorkbench(page);
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input [cmdk-input]').waitFor();
    await page
      .getByRole('option', { name: /Rebuild step/ })
      .first()
      .waitFor();
    // A busy main side: the answers for typed text come late.
    await page.route('**/api/journal.find', async (route: Route) => {
      const args = route.request().postDataJSON() as { text?: string } | null;
      if (args?.text) await new Promise((resolve) => setTimeout(resolve, 800));
      await route.continue();
    });
    await page.keyboard.type('bu', { delay: 20 });
    await page.keyboard.press('Enter');
    const title = page.locator('input[aria-label="Title"]:visible');
    await expect.poll(() => title.inputValue(), { timeout: 15_000 }).toBe('Budget review');
    await expect(page.locator('.quick-input').count()).resolves.toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });
});
