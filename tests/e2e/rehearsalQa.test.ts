/// <reference lib="dom" />
// What a demanding user's pass over rehearsal mode found worth keeping, keyboard only in browser
// mode: Surprise Me brings a hard question never practised; a conversation with nothing to rehearse
// says why and offers the bank; a manager's probe comes with follow-ups on and never with them off;
// the summary closes on Escape the moment it shows, and focus lands on the Rehearse button.
import { afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Question } from '../../src-main/shared/questions/questionBank';
import type { RehearsalSession, SessionSummary } from '../../src-main/shared/rehearsal/rehearsal';
import {
  callApi,
  describeE2E,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
  runCommand,
} from './harness';
import { startAppAndBrowser } from './appSession';

const isFocused = (locator: Locator) =>
  locator.evaluate((el) => el === document.activeElement).catch(() => false);

/** Waits for the settings dialog, sets the number of questions, leaves follow-ups as `followUps` and starts. */
async function confirmSettings(page: Page, count: number, followUps = true): Promise<void> {
  const countBox = page.getByRole('spinbutton', { name: 'Number of questions' });
  await expect.poll(() => isFocused(countBox)).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(count));
  const box = page.getByRole('checkbox', { name: /Follow-up questions/ });
  if ((await box.isChecked()) !== followUps) {
    while (!(await isFocused(box))) await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
  }
  await page.keyboard.press('Enter');
}

/** Starts a rehearsal of one framework step through `Rehearse: Start Rehearsal...`. */
async function startStep(
  page: Page,
  step: string,
  count: number,
  followUps: boolean,
): Promise<void> {
  await runCommand(page, 'Rehearse: Start Rehearsal...');
  await expect
    .poll(() => isFocused(page.getByPlaceholder('Rehearse which conversation or which questions?')))
    .toBe(true);
  await page.keyboard.type('framework step');
  await page.keyboard.press('Enter');
  await expect
    .poll(() => isFocused(page.getByPlaceholder('Rehearse questions of which framework step?')))
    .toBe(true);
  await page.keyboard.type(step);
  await page.keyboard.press('Enter');
  await confirmSettings(page, count, followUps);
}

/**
 * Answers every question with Ctrl+Enter and grades it Good, answering a follow-up turn the same way
 * when one is asked; returns how many follow-ups were asked.
 */
async function answerAll(page: Page, count: number): Promise<number> {
  let probes = 0;
  const summary = page.getByRole('table', { name: 'Each question of this rehearsal' });
  for (let i = 0; i < count; i++) {
    const box = page.getByRole('textbox', { name: 'Your answer', exact: true });
    await expect.poll(() => isFocused(box)).toBe(true);
    await page.keyboard.type(`In 2025 I shipped ${i + 2} releases with the platform team.`);
    await page.keyboard.press('Control+Enter');
    await page.getByRole('group', { name: /How did that go/ }).waitFor();
    await page.keyboard.press('3');
    await page.getByText(/^Rated Good/).waitFor();
    await page.keyboard.press('Enter');
    // Next comes the follow-up, the next question or the summary.
    const followUp = page.getByRole('textbox', { name: 'Your answer to the follow-up' });
    await followUp.or(box).or(summary).first().waitFor();
    if ((await followUp.count()) > 0) {
      probes += 1;
      await expect.poll(() => isFocused(followUp)).toBe(true);
      await page.keyboard.type('Two of them were mine end to end.');
      await page.keyboard.press('Control+Enter');
      await page.getByRole('group', { name: /How did that go/ }).waitFor();
      await page.keyboard.press('3');
      await page.getByText(/^Rated Good/).waitFor();
      await page.keyboard.press('Enter');
    }
  }
  return probes;
}

describeE2E('rehearsal QA pass in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;
  let bank: Question[];

  startAppAndBrowser((started) => ({ app, browser } = started));

  beforeAll(async () => {
    // The same seed for every rehearsal: which questions get a probe is then fixed from run to run.
    await browser.context.addInitScript(() => {
      let state = 42;
      Math.random = () =>
        (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    });
    await callApi(app, 'settings.set', { welcomeSeen: true });
    bank = await callApi<Question[]>(app, 'questions.list', {});
  });

  afterEach(async () => {
    // Leave nothing open for the next case.
    if ((await browser.page.locator('.rehearsal-overlay').count()) > 0) await browser.page.reload();
  });

  it('Surprise Me brings a hard question that was never practised', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Rehearse: Surprise Me');
    await confirmSettings(page, 4);
    await expect
      .poll(() => isFocused(page.getByRole('textbox', { name: 'Your answer' })))
      .toBe(true);

    const [summary] = await callApi<SessionSummary[]>(app, 'rehearsal.history', { all: true });
    const session = await callApi<RehearsalSession>(app, 'rehearsal.get', { id: summary?.id });
    const hard = new Set(
      bank.filter((q) => q.framework === 'hard-questions' || q.difficulty === 3).map((q) => q.id),
    );
    expect(session.questions).toHaveLength(4);
    expect(session.questions.filter((q) => hard.has(q.id)).length).toBeGreaterThanOrEqual(1);
    // With no conversation yet the person plays the employee: the manager's questions, never the report's own.
    const asks = new Map(bank.map((q) => [q.id, q.direction]));
    expect(session.questions.map((q) => asks.get(q.id))).toEqual(
      session.questions.map(() => 'manager-asks'),
    );

    // Escape steps out of the box, a second asks; Leave is one Tab away from the safe default.
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    const confirm = page.getByRole('alertdialog', { name: 'Leave this rehearsal?' });
    await confirm.waitFor();
    await page.keyboard.press('Tab');
    await expect.poll(() => isFocused(confirm.getByRole('button', { name: 'Leave' }))).toBe(true);
    await page.keyboard.press('Enter');
    await page.locator('.rehearsal-overlay').waitFor({ state: 'detached' });
    expect(
      (await callApi<RehearsalSession>(app, 'rehearsal.get', { id: summary?.id })).status,
    ).toBe('left');
    expect(browser.pageErrors).toEqual([]);
  });

  it('a conversation with nothing to rehearse says why and offers the question bank', async () => {
    const { page } = browser;
    await callApi(app, 'conversations.create', {
      templateId: 'blank',
      title: 'Quiet talk with Eve',
      personName: 'Eve',
    });
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Rehearse: Start Rehearsal...');
    await expect
      .poll(() =>
        isFocused(page.getByPlaceholder('Rehearse which conversation or which questions?')),
      )
      .toBe(true);
    await page.keyboard.type('Quiet talk');
    await page.keyboard.press('Enter');
    await confirmSettings(page, 3);

    await page.getByRole('heading', { name: 'Nothing to rehearse yet' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(
      /no questions your manager would ask yet/,
    );
    const open = page.getByRole('button', { name: 'Open the question bank' });
    await expect.poll(() => isFocused(open)).toBe(true);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => isFocused(page.getByRole('searchbox', { name: 'Search questions' })))
      .toBe(true);
    expect(browser.pageErrors).toEqual([]);
  });

  it('a probe comes with follow-ups on and never with them off; the summary closes on Escape at once', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);

    await startStep(page, 'GROW: Reality', 6, true);
    expect(await answerAll(page, 6)).toBeGreaterThan(0);
    await page.getByRole('table', { name: 'Each question of this rehearsal' }).waitFor();
    // No wait for the heading to take focus: Escape pressed as the summary appears must close it.
    await page.keyboard.press('Escape');
    await page.locator('.rehearsal-overlay').waitFor({ state: 'detached' });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''))
      .toMatch(/^Rehearse/);

    await startStep(page, 'GROW: Reality', 6, false);
    expect(await answerAll(page, 6)).toBe(0);
    await page.getByRole('table', { name: 'Each question of this rehearsal' }).waitFor();
    await page.keyboard.press('Escape');
    await page.locator('.rehearsal-overlay').waitFor({ state: 'detached' });

    const sessions = await callApi<SessionSummary[]>(app, 'rehearsal.history', { all: true });
    const finished = sessions.filter((s) => s.status === 'finished');
    expect(finished.map((s) => s.answered)).toEqual([6, 6]);
    expect(browser.pageErrors).toEqual([]);
  });
});
