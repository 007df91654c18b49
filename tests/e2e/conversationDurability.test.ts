/// <reference lib="dom" />
// The conversation editors hand their document to the save lazily (serialised when saved, not per
// keystroke): words typed into a prepared answer or talking points right before the tab closes
// must still reach the store.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { plainTextFromLexical } from '../../src-main/shared/journal/plainText';
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

interface Doc {
  conversation: { id: string };
  items: { id: string; talkingPoints: string }[];
  questions: { id: string; preparedAnswer: string }[];
}

describeE2E('conversation text typed right before the tab closes', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let dataDir: string;
  let app: RunningApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-conv-durable-');
    app = await startApp({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    removeDir(dataDir);
  });

  /** A conversation with one agenda item and one anticipated question, open as the only tab. */
  async function openConversation(): Promise<{ page: Page; id: string }> {
    const doc = await callApi<Doc>(app, 'conversations.create', {
      templateId: 'blank',
      personName: 'Dana',
    });
    const id = doc.conversation.id;
    if (doc.items.length === 0)
      await callApi(app, 'agenda.addItem', { conversationId: id, title: 'Scope', minutes: 5 });
    await callApi(app, 'anticipated.add', { conversationId: id, question: 'Why now?' });
    await callApi(app, 'settings.set', {
      welcomeSeen: true,
      layout: {
        sideBarVisible: true,
        sideBarWidth: 24,
        activeView: 'conversations',
        openTabs: [{ type: 'conversation', id }],
        activeTab: `conversation:${id}`,
      },
    });
    const page = await browser.context.newPage();
    await page.goto(app.url);
    await waitForWorkbench(page);
    return { page, id };
  }

  /** Closes the page at once (no pause for the autosave: the page-hide flush has to carry the text). */
  async function closeNow(page: Page): Promise<void> {
    const closed = page.waitForEvent('close');
    await page.close({ runBeforeUnload: true });
    await closed;
  }

  const stored = async (id: string) => callApi<Doc>(app, 'conversations.get', { id });

  it('keeps a prepared answer typed just before the close', async () => {
    const { page, id } = await openConversation();
    await page.getByRole('button', { name: 'Prepare an answer' }).click();
    const answer = page.locator(
      '[aria-label="Prepared answer to: Why now?"][contenteditable="true"]',
    );
    await expect.poll(() => answer.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Because the billing work shows it.');
    await closeNow(page);
    await expect
      .poll(
        async () => plainTextFromLexical((await stored(id)).questions[0]?.preparedAnswer ?? ''),
        {
          timeout: 10_000,
        },
      )
      .toBe('Because the billing work shows it.');
  });

  it('keeps talking points typed just before the close', async () => {
    const { page, id } = await openConversation();
    await page.getByRole('textbox', { name: 'Talking points for item 1' }).click();
    const points = page.locator('[aria-label="Talking points for item 1"][contenteditable="true"]');
    await expect.poll(() => points.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Owning billing end to end.');
    await closeNow(page);
    await expect
      .poll(async () => plainTextFromLexical((await stored(id)).items[0]?.talkingPoints ?? ''), {
        timeout: 10_000,
      })
      .toBe('Owning billing end to end.');
  });
});
