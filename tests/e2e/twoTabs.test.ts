/// <reference lib="dom" />
// One conversation open in two tabs of one browser, as a person would: the details are changed in
// tab A, then in tab B, which had not seen that change. B is told, keeps what was typed in it, and
// the store keeps A's change until B's person chooses to use theirs over it.
import { expect, it, vi } from 'vitest';
import {
  callApi,
  describeE2E,
  waitForWorkbench,
  type BrowserSession,
  type RunningApp,
} from './harness';
import { startAppAndBrowser } from './appSession';

interface Doc {
  conversation: { id: string; expectedOutcome: string; version: number };
}

describeE2E('two tabs on one conversation', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  startAppAndBrowser((started) => ({ app, browser } = started));

  it('shows the conflict in the stale tab with its text kept, and loses nothing in the store', async () => {
    const doc = await callApi<Doc>(app, 'conversations.create', {
      templateId: 'grow',
      personName: 'Dana',
    });
    const id = doc.conversation.id;
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
    const stored = async () =>
      (await callApi<Doc>(app, 'conversations.get', { id })).conversation.expectedOutcome;

    const tabA = browser.page;
    await tabA.goto(app.url);
    await waitForWorkbench(tabA);
    const tabB = await browser.context.newPage();
    await tabB.goto(app.url);
    await waitForWorkbench(tabB);

    // Tab A: the expected outcome, saved when the field is left.
    const outcomeA = tabA.getByRole('textbox', { name: 'Expected outcome' });
    await outcomeA.click();
    await tabA.keyboard.type('Agree on a stretch project for Q1');
    await tabA.keyboard.press('Tab');
    await expect.poll(stored).toBe('Agree on a stretch project for Q1');

    // Tab B still shows the empty field it loaded, and the person types there.
    await tabB.bringToFront();
    const outcomeB = tabB.getByRole('textbox', { name: 'Expected outcome' });
    expect(await outcomeB.inputValue()).toBe('');
    await outcomeB.click();
    await tabB.keyboard.type('A promotion case by March');
    await tabB.keyboard.press('Tab');

    const notice = tabB.getByRole('alert', {
      name: /This conversation was changed in another tab or window/,
    });
    await notice.waitFor();
    expect(await outcomeB.inputValue()).toBe('A promotion case by March');
    expect(await notice.getByRole('textbox', { name: 'Your unsaved text' }).inputValue()).toContain(
      'Expected outcome: A promotion case by March',
    );
    expect(await notice.textContent()).toContain('Agree on a stretch project for Q1');
    // The store kept tab A's words; tab B's are not sent again while the notice waits for a choice.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(await stored()).toBe('Agree on a stretch project for Q1');

    // From the keyboard: Use mine saves tab B's text over it, now knowingly.
    await notice.getByRole('button', { name: 'Use mine' }).focus();
    await tabB.keyboard.press('Enter');
    await expect.poll(stored).toBe('A promotion case by March');
    await notice.waitFor({ state: 'detached' });
    expect(browser.pageErrors).toEqual([]);
    await tabB.close();
  });
});
