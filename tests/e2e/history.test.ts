/// <reference lib="dom" />
// History as a person uses it: write an entry, come back to it after a reload, type over all of
// it, then find the old text in Entry: Show History and restore it.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import {
  callApi,
  describeE2E,
  ensureBuilt,
  launchBrowser,
  removeDir,
  runCommand,
  startApp,
  tempDir,
  waitForWorkbench,
  type BrowserSession,
  type RunningApp,
} from './harness';

const body = (page: Page) => page.getByRole('textbox', { name: 'Entry body' });
const statusBar = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Saved|Saving|Unsaved/ })
    .first();

const TITLE = 'Planning the migration';
const ORIGINAL = 'We agreed to ship the migration in March with three engineers.';
const REPLACED = 'Scrapped all of it after the review.';

describeE2E('entry history in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let dataDir: string;
  let app: RunningApp | undefined;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-history-');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    removeDir(dataDir);
  });

  it('brings back text typed over after a reload, and a restore can itself be undone', async () => {
    app = await startApp({ dataDir });
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);

    await runCommand(page, 'Journal: New Reflection');
    const title = page.getByRole('textbox', { name: 'Title' });
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(TITLE);
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');
    await body(page).click();
    await page.keyboard.type(ORIGINAL);
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');

    // Coming back: a new page, the entry reopened, everything selected and typed over.
    await page.reload();
    await waitForWorkbench(page);
    if ((await body(page).count()) === 0)
      await page
        .getByRole('option', { name: new RegExp(TITLE) })
        .first()
        .click();
    await expect.poll(() => body(page).textContent()).toContain(ORIGINAL);
    await body(page).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(REPLACED);
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');
    await expect.poll(() => body(page).textContent()).toBe(REPLACED);

    await runCommand(page, 'Entry: Show History');
    const history = page.getByRole('region', { name: `History of ${TITLE}` });
    const versions = history.getByRole('listbox', { name: 'Versions' });
    await expect.poll(() => versions.getByRole('option').count(), { timeout: 10_000 }).toBe(1);
    const version = versions.getByRole('option').first();
    expect(await version.getAttribute('aria-selected')).toBe('true');
    expect(await version.textContent()).toMatch(/\d{1,2}:\d{2}.*\d+ words$/);

    // The old text is there, marked as removed since; the new text as added.
    const compared = history.getByRole('region', { name: 'Compared with the text now' });
    const side = (drop: 'ins' | 'del') =>
      compared.getByTestId('version-diff').evaluate((el, tag) => {
        const copy = el.cloneNode(true) as HTMLElement;
        copy.querySelectorAll(`${tag}, .visually-hidden`).forEach((n) => n.remove());
        return copy.textContent;
      }, drop);
    await expect.poll(() => side('ins'), { timeout: 10_000 }).toBe(ORIGINAL);
    expect(await side('del')).toBe(REPLACED);
    expect((await compared.locator('del').allTextContents()).join(' ')).toContain(
      '[removed: We agreed to ship ',
    );
    // Marked by more than colour: the removed words are struck through, the added ones underlined.
    expect(
      await compared
        .locator('del')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('line-through');
    expect(
      await compared
        .locator('ins')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).toBe('underline');

    // Restore, from the keyboard.
    await history.getByRole('button', { name: 'Restore this version' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Restore this version?' });
    await dialog.getByRole('button', { name: 'Restore', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => body(page).textContent(), { timeout: 10_000 }).toBe(ORIGINAL);

    // What the entry held before the restore is kept too: the restore can be undone.
    const entries = await callApi<{ id: string; title: string }[]>(app, 'journal.list', {});
    const id = entries.find((e) => e.title === TITLE)!.id;
    const kept = await callApi<{ id: number }[]>(app, 'journal.history', { id });
    const newest = await callApi<{ text: string }>(app, 'journal.revision', {
      revisionId: kept[0]!.id,
    });
    expect(newest.text).toBe(REPLACED);
    expect(browser.pageErrors).toEqual([]);
  });

  it('keeps a version when an entry is closed, reopened in the same page and changed a little', async () => {
    app ??= await startApp({ dataDir });
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Journal: New Reflection');
    await expect
      .poll(() =>
        page
          .getByRole('textbox', { name: 'Title' })
          .evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.type('Weekly one-to-one');
    await body(page).click();
    await page.keyboard.type('Asked for the platform lead role.');
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');
    const entries = await callApi<{ id: string; title: string }[]>(app, 'journal.list', {});
    const id = entries.find((e) => e.title === 'Weekly one-to-one')!.id;
    expect(await callApi<unknown[]>(app, 'journal.history', { id })).toEqual([]);

    await runCommand(page, 'View: Close Editor');
    await expect.poll(() => body(page).count()).toBe(0);
    await page
      .getByRole('option', { name: /Weekly one-to-one/ })
      .first()
      .click();
    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Next step: a plan.');
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');

    const kept = await callApi<{ id: number }[]>(app, 'journal.history', { id });
    expect(kept).toHaveLength(1);
    expect(
      (await callApi<{ text: string }>(app, 'journal.revision', { revisionId: kept[0]!.id })).text,
    ).toBe('Asked for the platform lead role.');
    expect(browser.pageErrors).toEqual([]);
  });
});
