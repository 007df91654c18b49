/// <reference lib="dom" />
// A follow-up is a turn of its own, in Chromium, keyboard only: an answer with no figure draws
// "Can you put a number on that?" as the next turn; it is answered and graded like the question, and
// the summary lists it under the question it follows.
import { beforeAll, expect, it, vi } from 'vitest';
import type { Locator } from 'playwright-core';
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

describeE2E('follow-up turns in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  startAppAndBrowser((started) => ({ app, browser } = started));

  beforeAll(async () => {
    await callApi(app, 'settings.set', { welcomeSeen: true });
  });

  it('asks for a number after an answer without one, as the next turn, and keeps both in the summary', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Rehearse: Start Rehearsal...');
    const pick = page.getByPlaceholder('Rehearse which conversation or which questions?');
    await expect.poll(() => isFocused(pick)).toBe(true);
    await page.keyboard.type('framework step');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => isFocused(page.getByPlaceholder('Rehearse questions of which framework step?')))
      .toBe(true);
    await page.keyboard.type('GROW: Reality');
    await page.keyboard.press('Enter');
    const countBox = page.getByRole('spinbutton', { name: 'Number of questions' });
    await expect.poll(() => isFocused(countBox)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('1');
    expect(await page.getByRole('checkbox', { name: /Follow-up questions/ }).isChecked()).toBe(
      true,
    );
    await page.keyboard.press('Enter');

    const answer = page.getByRole('textbox', { name: 'Your answer', exact: true });
    await expect.poll(() => isFocused(answer)).toBe(true);
    const asked = (await page.locator('h2.rehearsal-question').textContent()) ?? '';
    await page.keyboard.type(
      'For example, last quarter I rebuilt the release checklist with the support team.',
    );
    await page.keyboard.press('Control+Enter');
    await page.getByRole('group', { name: /How did that go/ }).waitFor();
    // Each grade button says when the question comes back (Again ... Easy).
    const intervals = page.locator('.rehearsal-grade__interval');
    await expect.poll(() => intervals.count()).toBe(4);
    const questionIntervals = await intervals.allTextContents();
    await page.keyboard.press('4');
    await page.getByText(`Rated Easy: next practice in ${questionIntervals[3]}.`).waitFor();
    await page.keyboard.press('Enter');

    // The next turn is the follow-up, with the question it follows in small print.
    await page.getByRole('heading', { name: 'Can you put a number on that?' }).waitFor();
    await page.getByText('Follow-up · question 1 of 1').waitFor();
    expect(await page.locator('.rehearsal-turn__parent').textContent()).toContain(asked);
    const followUp = page.getByRole('textbox', { name: 'Your answer to the follow-up' });
    await expect.poll(() => isFocused(followUp)).toBe(true);
    // Its own time box, counted from the start of the follow-up.
    const used = page.getByRole('progressbar', { name: 'Time used' });
    expect(Number(await used.getAttribute('aria-valuenow'))).toBeLessThan(10);
    await page.keyboard.type('Failed releases fell from 9 to 2 in that quarter.');
    await page.keyboard.press('Control+Enter');
    await page.getByText(/Why it was asked: Your answer had no figure/).waitFor();
    await page.getByRole('group', { name: /How did that go/ }).waitFor();
    // Graded with its question (the lower grade counts, replacing the question's Easy review): after
    // an Easy answer each follow-up grade schedules the question as that grade alone would have.
    await expect.poll(() => intervals.count()).toBe(4);
    await expect.poll(() => intervals.allTextContents()).toEqual(questionIntervals);
    await page.keyboard.press('2');
    await page.getByText(`Rated Hard: next practice in ${questionIntervals[1]}.`).waitFor();
    const lastGrade = async () => {
      const [running] = await callApi<SessionSummary[]>(app, 'rehearsal.history', { all: true });
      const stored = await callApi<RehearsalSession>(app, 'rehearsal.get', { id: running?.id });
      const id = stored.questions[0]?.id;
      return (await callApi<{ lastGrade: string | null }>(app, 'questions.get', { id })).lastGrade;
    };
    await expect.poll(lastGrade).toBe('hard');
    // Undone: the question is back to its Easy alone; graded again, then on to the summary.
    await page.keyboard.press('u');
    await page.getByRole('group', { name: /How did that go/ }).waitFor();
    await expect.poll(lastGrade).toBe('easy');
    await page.keyboard.press('2');
    await page.getByText(/^Rated Hard/).waitFor();
    await page.keyboard.press('Enter');

    const table = page.getByRole('table', { name: 'Each question of this rehearsal' });
    await table.waitFor();
    const rows = await table.getByRole('row').allTextContents();
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(asked);
    expect(rows[1]).toContain('Easy');
    expect(rows[2]).toMatch(/Follow-up: Can you put a number on that\?/);
    expect(rows[2]).toContain('Hard');

    const [summary] = await callApi<SessionSummary[]>(app, 'rehearsal.history', { all: true });
    const session = await callApi<RehearsalSession>(app, 'rehearsal.get', { id: summary?.id });
    expect(session.answers[0]?.grade).toBe('easy');
    expect(session.answers[0]?.probe).toMatchObject({
      text: 'Can you put a number on that?',
      reason: 'no-number',
      answer: 'Failed releases fell from 9 to 2 in that quarter.',
      grade: 'hard',
    });
    expect(browser.pageErrors).toEqual([]);
  });
});
