/// <reference lib="dom" />
// The question bank from the keyboard alone: find a built-in, edit its tip, reload, revert, create a
// question of one's own and attach it to a conversation.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, expect, it, vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import {
  callApi,
  describeE2E,
  waitForWorkbench,
  type BrowserSession,
  type RunningApp,
  runCommand,
} from './harness';
import { startAppAndBrowser } from './appSession';
import type { ConversationDoc } from '../../src-main/shared/conversations/conversations';
import type { Question } from '../../src-main/shared/questions/questionBank';

const BUILT_IN_ID = 'grow-reality-03';
const BUILT_IN_TEXT = 'What would three of your colleagues say about working with you?';
const BUILT_IN_TIP =
  'Quote real feedback you have received, including one point of criticism and what you did with it.';
const MY_TIP = 'Name the three people, and one thing each would criticise.';
const MY_QUESTION = 'How will we both know the plan is on track?';

const statusBar = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Saved|Saving|Unsaved/ })
    .first();
const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement);

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG A/AA problems axe finds on the page (run through the DevTools protocol, so the CSP stays strict). */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  })) as { id: string; nodes: { target: string[] }[] }[];
  return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Moves focus with Tab only (no mouse) until `target` has it. */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if ((await target.count()) > 0 && (await isFocused(target))) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

describeE2E('question bank in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;
  let conversationId: string;

  startAppAndBrowser((started) => ({ app, browser } = started));

  beforeAll(async () => {
    await callApi(app, 'settings.set', { welcomeSeen: true });
    const doc = await callApi<ConversationDoc>(app, 'conversations.create', {
      templateId: 'blank',
      title: 'Growth talk with Dana',
      personName: 'Dana',
    });
    conversationId = doc.conversation.id;
  });

  it('edits a built-in tip that survives a reload, then reverts it', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);

    await runCommand(page, 'Questions: Show Question Bank');
    const search = page.getByRole('searchbox', { name: 'Search questions' });
    await expect.poll(() => isFocused(search)).toBe(true);
    await page.keyboard.type('colleagues say');
    const tree = page.getByRole('tree', { name: 'Question bank' });
    await expect.poll(() => tree.getByRole('treeitem').count(), { timeout: 10_000 }).toBe(2);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('title')))
      .toBe(BUILT_IN_TEXT);
    await page.keyboard.press('Enter');

    const text = page.getByRole('textbox', { name: 'Question text' });
    await expect.poll(() => text.inputValue()).toBe(BUILT_IN_TEXT);
    const tip = page.getByRole('textbox', { name: 'Tip: what a strong answer contains' });
    await tabTo(page, tip);
    await page.keyboard.press('Control+A');
    await page.keyboard.type(MY_TIP);
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');
    expect((await callApi<Question>(app, 'questions.get', { id: BUILT_IN_ID })).tip).toBe(MY_TIP);

    await page.reload();
    await waitForWorkbench(page);
    if ((await tip.count()) === 0) {
      await runCommand(page, 'Questions: Show Question Bank');
      await expect.poll(() => isFocused(search)).toBe(true);
      await page.keyboard.type('colleagues say');
      await expect.poll(() => tree.getByRole('treeitem').count(), { timeout: 10_000 }).toBe(2);
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => tip.inputValue(), { timeout: 10_000 }).toBe(MY_TIP);

    const revert = page.getByRole('button', { name: /Revert to Built-in/ });
    await tabTo(page, revert);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Revert to the built-in question?' });
    await dialog.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => tip.inputValue()).toBe(BUILT_IN_TIP);
    const stored = await callApi<Question>(app, 'questions.get', { id: BUILT_IN_ID });
    expect([stored.tip, stored.text, stored.edited]).toEqual([BUILT_IN_TIP, BUILT_IN_TEXT, false]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('creates a question with the command and attaches it to a conversation', async () => {
    const { page } = browser;
    await runCommand(page, 'Questions: New Question');
    const text = page.getByRole('textbox', { name: 'Question text' });
    await expect.poll(() => text.inputValue()).toBe('Untitled question');
    await expect.poll(() => isFocused(text)).toBe(true);
    await page.keyboard.type(MY_QUESTION);
    await expect.poll(() => statusBar(page).textContent(), { timeout: 10_000 }).toContain('Saved');
    const mine = (await callApi<Question[]>(app, 'questions.list', {})).filter((q) => !q.builtIn);
    expect(mine.map((q) => q.text)).toEqual([MY_QUESTION]);

    const attach = page.getByRole('button', { name: /Attach to Conversation/ });
    await tabTo(page, attach);
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Growth talk with Dana/ }).waitFor();
    const pick = page.getByPlaceholder('Attach the question to which conversation?');
    await expect
      .poll(() => pick.evaluate((el) => el === document.activeElement).catch(() => false))
      .toBe(true);
    await page.keyboard.type('Growth');
    await page.keyboard.press('Enter');
    await page.getByText('Added to "Growth talk with Dana" as an anticipated question.').waitFor();

    const doc = await callApi<ConversationDoc>(app, 'conversations.get', { id: conversationId });
    expect(doc.questions.map((q) => [q.question, q.questionBankId])).toEqual([
      [MY_QUESTION, mine[0]!.id],
    ]);
    expect(browser.pageErrors).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith('http://127.0.0.1:'))).toEqual([]);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`has no WCAG A/AA violations in the view and the editor (${theme} theme)`, async () => {
      const { page } = browser;
      await callApi(app, 'questions.tag', { id: BUILT_IN_ID, tags: ['feedback'] });
      await callApi(app, 'questions.update', {
        id: 'grow-goal-01',
        tip: 'Say where, and by when.',
      });
      await callApi(app, 'settings.set', {
        theme,
        layout: {
          sideBarVisible: true,
          sideBarWidth: 26,
          activeView: 'questions',
          openTabs: [{ type: 'question', id: BUILT_IN_ID }],
          activeTab: `question:${BUILT_IN_ID}`,
        },
      });
      await page.goto(app.url);
      await waitForWorkbench(page);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe(theme);
      await page.getByRole('textbox', { name: 'Question text' }).waitFor();
      await page
        .getByRole('tree', { name: 'Question bank' })
        .getByRole('treeitem')
        .first()
        .waitFor();
      expect(await audit(page)).toEqual([]);
    });
  }
});
