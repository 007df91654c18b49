/// <reference lib="dom" />
// The journal as a person uses it: palette, typing with formatting, restart, reload, search.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeE2E,
  ensureBuilt,
  launchBrowser,
  removeDir,
  startApp,
  tempDir,
  type BrowserSession,
  type RunningApp,
  callApi,
  waitForWorkbench,
} from './harness';

const body = (page: Page) => page.getByRole('textbox', { name: 'Entry body' });
const statusBar = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Saved|Saving|Unsaved/ })
    .first();

// Not the harness's runCommand: this one types and presses Enter at once, as a fast user does, which
// is what the palette's stand-in box (before its chunk arrives) must carry over.
async function runCommand(page: Page, title: string, key = 'Control+Shift+P'): Promise<void> {
  await page.keyboard.press(key);
  await page.keyboard.type(title);
  await page.keyboard.press('Enter');
}

/** Moves focus with Tab only (no mouse) until the labelled element has it. */
async function tabTo(page: Page, label: string, limit = 30): Promise<void> {
  for (let i = 0; i < limit; i++) {
    const current = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    if (current === label) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached "${label}"`);
}

describeE2E('journal in browser mode', () => {
  vi.setConfig({ testTimeout: 90_000 });
  let dataDir: string;
  let app: RunningApp | undefined;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-journal-');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    removeDir(dataDir);
  });

  it('keeps an accomplishment with bold text across a server restart and finds it by a word fragment', async () => {
    app = await startApp({ dataDir });
    const { page } = browser;
    await page.goto(app.url);
    await expect.poll(() => page.url()).not.toContain('token=');
    await page.getByRole('heading', { name: 'Welcome to Ladder' }).waitFor();
    await waitForWorkbench(page);

    await runCommand(page, 'Journal: New Accomplishment');
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Rebuilt the invoicing pipeline');
    await body(page).click();
    await page.keyboard.type('Month-end closing went from five days to ');
    await page.keyboard.press('Control+B');
    await page.keyboard.type('one afternoon');
    await page.keyboard.press('Control+B');
    await page.keyboard.type(' for the finance team.');
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');

    await app.stop();
    app = await startApp({ dataDir });
    await page.goto(app.url);
    const entryLink = page.getByRole('option', { name: /Rebuilt the invoicing pipeline/ });
    await entryLink.first().waitFor();
    if ((await body(page).count()) === 0) await entryLink.first().click();
    await expect
      .poll(() => body(page).locator('strong').first().textContent())
      .toBe('one afternoon');
    await expect(await body(page).textContent()).toContain('for the finance team.');

    await page.keyboard.press('Control+Shift+F');
    const query = page.getByRole('searchbox', { name: 'Search the journal' });
    await expect.poll(() => query.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('invoic');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect
      .poll(() => results.textContent(), { timeout: 10_000 })
      .toContain('Rebuilt the invoicing pipeline');
    expect(browser.pageErrors).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
  });

  it('works from the keyboard alone: create, format with Markdown, search and open the result', async () => {
    const { page } = browser;
    app ??= await startApp({ dataDir });
    await page.goto(app.url);
    await waitForWorkbench(page);

    await runCommand(page, 'Journal: New Praise', 'F1');
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Thanks from the support lead');
    await tabTo(page, 'Entry body');
    await page.keyboard.type('She wrote that the **runbook** saved the weekend.');
    await expect.poll(() => body(page).locator('strong').first().textContent()).toBe('runbook');
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');

    await page.keyboard.press('Control+Shift+F');
    const query = page.getByRole('searchbox', { name: 'Search the journal' });
    await expect.poll(() => query.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('weeken');
    const results = page.getByRole('listbox', { name: 'Search results' });
    await expect
      .poll(() => results.textContent(), { timeout: 10_000 })
      .toContain('Thanks from the support lead');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toContain('Thanks from the support lead');
    await expect
      .poll(() => page.evaluate(() => window.getSelection()?.toString().toLowerCase()))
      .toContain('weeken');
    expect(browser.pageErrors).toEqual([]);
  });
  it('keeps the active tab in view when more tabs are open than the row can show', async () => {
    const { page } = browser;
    app ??= await startApp({ dataDir });
    const ids: string[] = [];
    for (let i = 1; i <= 12; i++) {
      const entry = await callApi<{ id: string }>(app, 'journal.create', {
        kind: 'lesson',
        title: `Lesson number ${i} from the quarter`,
      });
      ids.push(entry.id);
    }
    const openTabs = ids.map((id) => ({ type: 'entry', id }));
    await callApi(app, 'settings.set', {
      welcomeSeen: true,
      layout: {
        sideBarVisible: true,
        sideBarWidth: 24,
        activeView: 'journal',
        openTabs,
        activeTab: `entry:${ids[11]}`,
      },
    });
    const before = page.viewportSize();
    await page.setViewportSize({ width: 900, height: 700 });
    try {
      await page.goto(app.url);
      await waitForWorkbench(page);
      const selected = page
        .getByRole('tablist', { name: 'Open editors' })
        .getByRole('tab', { selected: true });
      // The whole tab (its close button too) within the row's visible part.
      const inView = () =>
        selected.evaluate((el) => {
          const tab = el.parentElement!.getBoundingClientRect();
          const row = el.closest('[role="tablist"]')!.getBoundingClientRect();
          return tab.width > 0 && tab.left >= row.left - 1 && tab.right <= row.right + 1;
        });
      await expect
        .poll(() =>
          page.evaluate(
            () =>
              document.querySelector('[role="tablist"]')!.scrollWidth >
              document.querySelector('[role="tablist"]')!.clientWidth,
          ),
        )
        .toBe(true);
      await expect.poll(() => selected.textContent()).toContain('Lesson number 12');
      await expect.poll(inView, { message: 'the restored active tab in view' }).toBe(true);
      // From the keyboard to the first tab, then a new entry from the palette: each shown.
      await selected.focus();
      await page.keyboard.press('Home');
      await expect.poll(() => selected.textContent()).toContain('Lesson number 1 ');
      await expect.poll(inView, { message: 'the first tab in view after Home' }).toBe(true);
      await runCommand(page, 'Journal: New Reflection');
      await expect
        .poll(() =>
          page
            .getByRole('textbox', { name: 'Title' })
            .evaluate((el) => el === document.activeElement),
        )
        .toBe(true);
      await expect
        .poll(() => selected.evaluate((el) => el.parentElement!.nextElementSibling === null), {
          message: 'the new tab is the last',
        })
        .toBe(true);
      await expect.poll(inView, { message: 'the new tab in view' }).toBe(true);
      // A narrower window keeps the active tab whole in view.
      await page.setViewportSize({ width: 720, height: 700 });
      await expect
        .poll(inView, { message: 'the active tab in view in a narrower window' })
        .toBe(true);
      expect(browser.pageErrors).toEqual([]);
    } finally {
      if (before) await page.setViewportSize(before);
    }
  });

  // A fast typist does not wait for the title to appear: the first words must not be lost (they
  // were, before: typed on the page's body, or as a Space on the menu button, while the entry was
  // written and its pane loaded).
  it('keeps the words typed at once after New entry, from the menu and from the palette', async () => {
    const { page } = browser;
    app ??= await startApp({ dataDir });
    await page.goto(app.url);
    await waitForWorkbench(page);

    // The test before leaves the Search view in the side bar: the journal's own view holds the button.
    const journalView = page
      .getByRole('toolbar', { name: 'Views' })
      .getByRole('button', { name: /^Journal/ });
    if ((await journalView.getAttribute('aria-pressed')) !== 'true') await journalView.click();
    await page.getByRole('button', { name: 'New entry' }).click();
    await page.getByRole('menuitem', { name: 'Lesson' }).click();
    await page.keyboard.type('Asked for help on day one');
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.inputValue()).toBe('Asked for help on day one');

    await runCommand(page, 'Journal: New Learning');
    await page.keyboard.type('Read the incident reports');
    await expect
      .poll(() => page.getByRole('tab', { selected: true }).textContent())
      .toContain('Read the incident reports');
    await expect.poll(() => title.inputValue()).toBe('Read the incident reports');
    await page.keyboard.press('Tab');
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');
    const listed = await callApi<{ title: string }[]>(app, 'journal.list', {});
    expect(listed.map((e) => e.title)).toEqual(
      expect.arrayContaining(['Asked for help on day one', 'Read the incident reports']),
    );
    expect(browser.pageErrors).toEqual([]);
  });
});
