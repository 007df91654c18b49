/// <reference lib="dom" />
// The body is serialised and counted only when typing pauses or a save is sent, never per keystroke:
// text typed and then left alone (no blur, no close) is still saved whole, and the word count shown
// catches up with it and agrees with the stored count.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import {
  callApi,
  describeE2E,
  ensureBuilt,
  launchBrowser,
  startApp,
  type BrowserSession,
  type RunningApp,
} from './harness';
import { lexicalFromParagraphs } from '../../src-main/shared/journal/plainText';

const body = (page: Page) => page.getByRole('textbox', { name: 'Entry body' });
const statusBar = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Saved|Saving|Unsaved/ })
    .first();

describeE2E('saving and counting when typing pauses', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('saves what was typed and counts its words once typing stops, with the editor still focused', async () => {
    const entry = await callApi<{ id: string }>(app, 'journal.create', {
      kind: 'reflection',
      title: 'Left alone',
      body: lexicalFromParagraphs(['One two three.']),
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
    const page = browser.page;
    await page.goto(app.url);
    await expect
      .poll(() => statusBar(page).textContent(), { timeout: 20_000 })
      .toContain('5 words');

    await body(page).click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Four five six seven.');
    // Typed, then nothing: the autosave a second later must carry the last words.
    await expect
      .poll(
        async () => (await callApi<{ text: string }>(app, 'journal.get', { id: entry.id })).text,
        {
          timeout: 10_000,
        },
      )
      .toBe('One two three. Four five six seven.');
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');
    await expect.poll(() => statusBar(page).textContent()).toContain('9 words');
    const stored = await callApi<{ wordCount: number }>(app, 'journal.get', { id: entry.id });
    expect(stored.wordCount).toBe(9);
    expect(await body(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(browser.pageErrors).toEqual([]);
  });
});
