/// <reference lib="dom" />
// A user-reported kind of bug: a palette command that reads before it opens its pick ("Add
// Evidence...") left a gap in which the keys typed landed in the field the palette gave the focus
// back to (a letter or two in an agenda item's title). Typed at full speed right after choosing the
// command, with the read held back as a large journal would make it, every key must reach the pick.
import { expect, it, vi } from 'vitest';
import type { ConversationDoc } from '../../src-main/shared/conversations/conversations';
import {
  callApi,
  describeE2E,
  runCommand,
  waitForWorkbench,
  type BrowserSession,
  type RunningApp,
} from './harness';
import { startAppAndBrowser } from './appSession';

describeE2E('palette -> pick key race', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  startAppAndBrowser((started) => ({ app, browser } = started));

  it('keys typed right after "Add Evidence..." go to the picker, not the agenda item', async () => {
    await callApi(app, 'settings.set', { welcomeSeen: true });
    await callApi(app, 'journal.create', {
      kind: 'accomplishment',
      title: 'Cut the build time in half',
      date: '2026-10-02',
    });
    await callApi(app, 'journal.create', {
      kind: 'accomplishment',
      title: 'Led the billing migration',
      date: '2026-11-05',
    });
    const doc = await callApi<ConversationDoc>(app, 'conversations.create', {
      templateId: 'grow',
      title: 'Check-in with Dana',
      personName: 'Dana',
    });
    const { page } = browser;
    // The journal's reads take as long as a large journal's might.
    await page.route(/\/api\/journal\.(find|list)$/, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 400));
      await route.continue();
    });
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Conversation: Show Conversations');
    await page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').first().click();
    const title = page.getByRole('textbox', { name: 'Title of item 2' });
    await title.click();
    await page.keyboard.press('End');

    await runCommand(page, 'Conversation: Add Evidence...');
    // No wait for the picker: typed as fast as a person who knows what comes next.
    await page.keyboard.type('Cut the');
    await page
      .getByRole('option', { name: /^Cut the build time/ })
      .first()
      .click();

    const evidence = page.getByRole('list', { name: 'Evidence for item 2' });
    await expect.poll(() => evidence.getByRole('listitem').count()).toBe(1);
    expect(await evidence.textContent()).toContain('Cut the build time in half');
    expect(await title.inputValue()).toBe(doc.items[1]!.title);
    await page.unroute(/\/api\/journal\.(find|list)$/);
    expect(browser.pageErrors).toEqual([]);
  });
});
