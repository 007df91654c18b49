/// <reference lib="dom" />
// Rehearsal as a person runs it, keyboard only: a scheduled conversation with three anticipated
// questions, two answered and graded, the third left to time out, the summary, then a reload.
import { expect, it, vi } from 'vitest';
import { lexicalFromParagraphs } from '../../src-main/shared/journal/plainText';
import type { Question } from '../../src-main/shared/questions/questionBank';
import {
  callApi,
  describeE2E,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
  runCommand,
  chooseInQuickPick,
} from './harness';
import { startAppAndBrowser } from './appSession';

const TIME_BOX_SEC = 12;
const QUESTIONS = [
  'Where do you see your career in two years?',
  'What evidence shows you are ready for more scope?',
  'What support would you need from me?',
];

function tomorrowAtTen(): string {
  const d = new Date(Date.now() + 24 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

describeE2E('rehearsal in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  startAppAndBrowser((started) => ({ app, browser } = started));

  it('rehearses three questions from the keyboard, keeps the session in the history and updates the due count', async () => {
    const bank = await callApi<Question[]>(app, 'questions.list', {});
    const { conversation } = await callApi<{ conversation: { id: string } }>(
      app,
      'conversations.create',
      {
        templateId: 'blank',
        title: 'Growth talk with Dana',
        personName: 'Dana',
        startsAt: tomorrowAtTen(),
        timeZone: null,
      },
    );
    for (const [i, text] of QUESTIONS.entries()) {
      await callApi(app, 'anticipated.add', {
        conversationId: conversation.id,
        question: text,
        questionBankId: bank[i]?.id,
        preparedAnswer: lexicalFromParagraphs([
          `Prepared point ${i + 1}: lead with the renewal result.`,
        ]),
      });
    }
    await callApi(app, 'settings.set', { welcomeSeen: true });
    // The meeting is tomorrow: its questions are due now (the deadline rule).
    const before = await callApi<{ count: number }>(app, 'practice.due', {});
    expect(before.count).toBe(3);

    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await page.getByRole('button', { name: 'Rehearse, 3' }).waitFor();

    await runCommand(page, 'Rehearse: Start Rehearsal...');
    await chooseInQuickPick(page, 'Growth talk');
    const count = page.getByRole('spinbutton', { name: 'Number of questions' });
    await expect.poll(() => count.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.type(String(TIME_BOX_SEC));
    // Follow-ups off: this case is about the time box and the history (probeTurns.test.ts asks them).
    const followUps = page.getByRole('checkbox', { name: /Follow-up questions/ });
    while (!(await followUps.evaluate((el) => el === document.activeElement)))
      await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    expect(await followUps.isChecked()).toBe(false);
    await page.keyboard.press('Enter');

    const dialog = page.getByRole('dialog', { name: 'Rehearsal: Growth talk with Dana' });
    const answerBox = dialog.getByRole('textbox', { name: 'Your answer' });
    const grades = dialog.getByRole('group', { name: /How did that go/ });
    for (const [i, grade] of ['3', '4'].entries()) {
      await dialog.getByRole('heading', { name: QUESTIONS[i] }).waitFor();
      await expect.poll(() => answerBox.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type(
        `We renewed the Acme contract in March, worth 40% of revenue (${i + 1}).`,
      );
      await page.keyboard.press('Control+Enter');
      await grades.waitFor();
      await dialog.getByText('Prepared point', { exact: false }).first().waitFor();
      // Each button says when its grade brings the question back, from the real schedule.
      await grades.getByRole('button', { name: /^Easy\s+8 days\s+Confident and crisp$/ }).waitFor();
      await page.keyboard.press(grade);
      if (i === 0) {
        // Taken back and given again before the next question shows.
        await dialog.getByText('Rated Good: next practice in 10 min.').waitFor();
        await page.keyboard.press('u');
        await grades.waitFor();
        await page.keyboard.press(grade);
      }
      await dialog.getByText(/^Rated /).waitFor();
      await page.keyboard.press('Enter');
    }
    await dialog.getByRole('heading', { name: QUESTIONS[2] }).waitFor();
    await page.keyboard.type('I would need');
    // No key pressed: the time box runs out and the answer is recorded as it stands.
    await grades.waitFor({ timeout: (TIME_BOX_SEC + 10) * 1000 });
    await dialog.getByText('The time box ran out', { exact: false }).waitFor();
    await page.keyboard.press('3');
    await dialog.getByRole('button', { name: 'See the summary' }).waitFor();
    await page.keyboard.press('Enter');

    const table = dialog.getByRole('table', { name: 'Each question of this rehearsal' });
    await table.waitFor();
    await expect.poll(() => table.locator('tbody tr').count()).toBe(3);
    await expect
      .poll(() => table.locator('tbody tr').nth(2).textContent())
      .toContain('time ran out');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await waitForWorkbench(page);
    await page.getByRole('button', { name: 'Rehearse', exact: true }).waitFor();
    await runCommand(page, 'Rehearse: Show History');
    const history = page.getByRole('list', { name: 'Past rehearsals' });
    await expect.poll(() => history.getByRole('listitem').count()).toBe(1);
    await expect
      .poll(() => history.textContent())
      .toContain('Growth talk with Dana, 3 of 3 answered, 3 Good or Easy');
    const after = await callApi<{ count: number }>(app, 'practice.due', {});
    expect(after.count).toBe(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it('keeps the half-typed answer of a rehearsal whose page is closed mid-answer', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Rehearse: Surprise Me');
    const count = page.getByRole('spinbutton', { name: 'Number of questions' });
    await expect.poll(() => count.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Rehearsal:/ });
    const answerBox = dialog.getByRole('textbox', { name: 'Your answer' });
    await expect.poll(() => answerBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Half of an answer about the Acme renewal');
    await page.reload();
    await waitForWorkbench(page);

    type Stored = {
      status: string;
      answers: { position: number; answer: string; grade: string | null }[];
    };
    const newest = async (): Promise<Stored> => {
      const sessions = await callApi<{ id: string; startedAt: number }[]>(
        app,
        'rehearsal.history',
        { all: true },
      );
      const [last] = [...sessions].sort((a, b) => b.startedAt - a.startedAt);
      return callApi<Stored>(app, 'rehearsal.get', { id: last?.id });
    };
    // The page sent the draft as it went away; poll in case the server is still writing it.
    await expect
      .poll(async () => (await newest()).answers)
      .toEqual([
        expect.objectContaining({
          position: 0,
          answer: 'Half of an answer about the Acme renewal',
          grade: null,
        }),
      ]);
    const session = await newest();
    expect(session.status).toBe('active');

    // Taken up again from the history: the draft is back in the box and can be typed on.
    await runCommand(page, 'Rehearse: Show History');
    await page.getByRole('list', { name: 'Past rehearsals' }).getByRole('button').first().click();
    await page.getByRole('button', { name: 'Resume rehearsal' }).click();
    const resumed = page.getByRole('dialog', { name: 'Rehearsal: A surprise mix' });
    const box = resumed.getByRole('textbox', { name: 'Your answer' });
    await expect.poll(() => box.inputValue()).toBe('Half of an answer about the Acme renewal');
    await box.click();
    await page.keyboard.press('End');
    await page.keyboard.type(', which we closed in March.');
    await page.keyboard.press('Control+Enter');
    await resumed.getByRole('group', { name: /How did that go/ }).waitFor();
    await expect
      .poll(async () => (await newest()).answers[0]?.answer)
      .toBe('Half of an answer about the Acme renewal, which we closed in March.');
    expect(browser.pageErrors).toEqual([]);
  });
});
