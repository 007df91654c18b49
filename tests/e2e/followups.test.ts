/// <reference lib="dom" />
// Follow-ups as a person meets them: an overdue action shows in the status bar and the Follow-ups
// view, marking it done clears the count, and the next conversation with the same person carries
// over what is still open.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { ConversationDoc } from '../../src-main/shared/conversations/conversations';
import {
  callApi,
  describeE2E,
  ensureBuilt,
  launchBrowser,
  removeDir,
  startApp,
  tempDir,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
} from './harness';

/** A calendar day `days` from today, as the server (same machine, same zone) reckons it. */
function dayFromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describeE2E('follow-ups in browser mode', () => {
  vi.setConfig({ testTimeout: 90_000 });
  let dataDir: string;
  let app: RunningApp | undefined;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-followups-');
    browser = await launchBrowser();
    app = await startApp({ dataDir });
    await callApi(app, 'settings.set', { welcomeSeen: true });
  });

  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    removeDir(dataDir);
  });

  it('counts an overdue action in the status bar, lists it, and clears it when marked done', async () => {
    const a = app!;
    const doc = await callApi<ConversationDoc>(a, 'conversations.create', {
      templateId: 'blank',
      title: 'Growth talk',
      personName: 'Dana',
    });
    await callApi(a, 'actions.add', {
      conversationId: doc.conversation.id,
      text: 'Send the project summary',
      dueDate: dayFromToday(-3),
    });
    await callApi(a, 'actions.add', {
      conversationId: doc.conversation.id,
      text: 'Book the course',
      dueDate: dayFromToday(20),
    });
    const { page } = browser;
    await page.goto(a.url);
    await waitForWorkbench(page);

    const overdue = page.getByRole('button', {
      name: '1 overdue action item. Show open follow-ups',
    });
    await expect.poll(() => overdue.textContent(), { timeout: 15_000 }).toBe('1 overdue');
    await expect.poll(() => page.getByRole('button', { name: 'Follow-ups, 1' }).count()).toBe(1);

    await overdue.click();
    const late = page.getByRole('region', { name: 'Overdue (1)' });
    await late.getByText('Send the project summary').waitFor();
    await page.getByRole('region', { name: 'Open (1)' }).getByText('Book the course').waitFor();

    await page.getByRole('button', { name: 'Mark done: Send the project summary' }).click();
    await expect.poll(() => overdue.count()).toBe(0);
    await expect.poll(() => page.getByRole('region', { name: 'Overdue (1)' }).count()).toBe(0);
    await page.getByText('1 open, 0 overdue').waitFor();

    // The row opens its conversation.
    await page.getByRole('button', { name: /^Book the course\./ }).click();
    await page.getByRole('tab', { name: /Growth talk/ }).waitFor();
  });

  it('carries the open items of a held conversation over to the next one with the same person', async () => {
    const a = app!;
    const first = await callApi<ConversationDoc>(a, 'conversations.create', {
      templateId: 'blank',
      title: 'September check-in',
      personName: 'Sam',
      startsAt: '2026-09-01T10:00',
    });
    await callApi(a, 'actions.add', {
      conversationId: first.conversation.id,
      text: 'Find a mentor in platform',
      dueDate: dayFromToday(-1),
      owner: 'them',
    });
    await callApi(a, 'conversations.markHeld', { id: first.conversation.id, heldOn: '2026-09-01' });
    const next = await callApi<ConversationDoc>(a, 'conversations.create', {
      templateId: 'blank',
      title: 'December check-in',
      personName: 'Sam',
    });
    expect(next.carriedOver.map((c) => c.text)).toEqual(['Find a mentor in platform']);

    const { page } = browser;
    await page.goto(`${a.origin}/`);
    await waitForWorkbench(page);
    await page.getByRole('button', { name: /overdue action item/ }).waitFor({ timeout: 15_000 });
    await page
      .getByRole('button', { name: /^Conversations/ })
      .first()
      .click();
    await page
      .getByRole('button', { name: /December check-in/ })
      .or(page.getByRole('option', { name: /December check-in/ }))
      .or(page.getByRole('treeitem', { name: /December check-in/ }))
      .first()
      .click();
    const carried = page.getByRole('region', { name: 'Carried over from earlier conversations' });
    await carried.getByText('Find a mentor in platform').waitFor({ timeout: 15_000 });
    await carried.getByRole('button', { name: 'Mark done: Find a mentor in platform' }).click();
    await expect
      .poll(() => page.getByRole('button', { name: /overdue action item/ }).count())
      .toBe(0);
    const followUps = await callApi<{ overdueCount: number }>(a, 'followups.list', {});
    expect(followUps.overdueCount).toBe(0);
  });
});
