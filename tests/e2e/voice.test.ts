/// <reference lib="dom" />
// Voice answers in real Chromium (browser mode): a fake microphone records two seconds into a
// rehearsal answer, the recording survives a reload and plays back; with the microphone refused,
// the answer screen says so and typing still works.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import type { AnswerAudio } from '../../src-main/shared/voice/answerAudio';
import type { SessionSummary } from '../../src-main/shared/rehearsal/rehearsal';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  callApi,
  describeE2E,
  ensureBuilt,
  removeDir,
  startApp,
  tempDir,
  type RunningApp,
  waitForWorkbench,
  runCommand,
} from './harness';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const QUESTION = 'What would you want to lead next year?';
const TITLE = 'Voice talk with Sam';

interface Browser {
  context: BrowserContext;
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Chromium with a fake microphone; with `fakeUi` the permission prompt is accepted by itself. With
 * `speech`, the microphone hears that WAV file (looped) instead of Chromium's beeps.
 */
async function launch(fakeUi: boolean, speech?: string): Promise<Browser> {
  const profile = tempDir('ladder-chromium-voice-');
  const args = [
    ...CHROMIUM_ARGS,
    '--use-fake-device-for-media-stream',
    '--autoplay-policy=no-user-gesture-required',
  ];
  if (fakeUi) args.push('--use-fake-ui-for-media-stream');
  if (speech) args.push(`--use-file-for-fake-audio-capture=${speech}`);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return {
    context,
    page,
    pageErrors,
    async close() {
      await context.close();
      removeDir(profile);
    },
  };
}

/** WCAG A/AA problems axe finds inside `selector` (names, roles, contrast in the current theme). */
async function audit(page: Page, selector: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (include) => {
    type Result = { violations: { id: string; nodes: { target: string[] }[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: object, o: object) => Promise<Result> } })
      .axe;
    const result = await axe.run(
      { include: [include] },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations.map(
      (v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  }, selector);
}

/** Starts a one-question rehearsal of the conversation from the command palette. */
async function startRehearsal(page: Page) {
  await runCommand(page, 'Rehearse: Start Rehearsal...');
  // The pick opens once the conversations are read: typing before that would go elsewhere.
  const pick = page.getByPlaceholder('Rehearse which conversation or which questions?');
  await expect.poll(() => pick.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.type(TITLE);
  await page.keyboard.press('Enter');
  const count = page.getByRole('spinbutton', { name: 'Number of questions' });
  await expect.poll(() => count.evaluate((el) => el === document.activeElement)).toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('1');
  // Follow-ups off: these cases end on the one question's review (probeTurns.test.ts asks them).
  const followUps = page.getByRole('checkbox', { name: /Follow-up questions/ });
  while (!(await followUps.evaluate((el) => el === document.activeElement)))
    await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: `Rehearsal: ${TITLE}` });
  await dialog.getByRole('heading', { name: QUESTION }).waitFor();
  return dialog;
}

describeE2E('voice answers in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let conversationId: string;
  let browser: Browser | null = null;

  beforeAll(async () => {
    await ensureBuilt();
    app = await startApp();
    const { conversation } = await callApi<{ conversation: { id: string } }>(
      app,
      'conversations.create',
      { templateId: 'blank', title: TITLE, personName: 'Sam' },
    );
    conversationId = conversation.id;
    await callApi(app, 'anticipated.add', { conversationId, question: QUESTION });
    await callApi(app, 'settings.set', { welcomeSeen: true });
  });

  afterEach(async () => {
    await browser?.close();
    browser = null;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('records two seconds into an answer, keeps it across a reload and plays it back', async () => {
    await callApi(app, 'settings.set', { theme: 'dark' });
    browser = await launch(true);
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    const dialog = await startRehearsal(page);

    // Keyboard only: from the answer box, Tab reaches Record; Space presses it.
    const answerBox = dialog.getByRole('textbox', { name: 'Your answer' });
    await expect.poll(() => answerBox.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('I would like to lead the platform team.');
    await page.keyboard.press('Tab');
    const record = dialog.getByRole('button', { name: 'Record a voice answer' });
    await expect.poll(() => record.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await dialog.getByRole('button', { name: 'Stop recording' }).waitFor();
    await dialog.getByRole('timer', { name: 'Time recorded' }).waitFor();
    expect(await audit(page, '.voice-recorder')).toEqual([]);
    // The length of the recording, not an assertion on time.
    await page.waitForTimeout(2000);
    const stop = dialog.getByRole('button', { name: 'Stop recording' });
    expect(await stop.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Space');
    await dialog.getByText(/Recording saved \(0:0[1-3]\)/).waitFor();
    expect(
      await dialog
        .getByRole('button', { name: 'Record again' })
        .evaluate((el) => el === document.activeElement),
    ).toBe(true);

    const [session] = await callApi<SessionSummary[]>(app, 'rehearsal.history', { conversationId });
    const stored = await callApi<AnswerAudio | null>(app, 'rehearsal.audio', {
      sessionId: session?.id,
      position: 0,
    });
    expect(stored?.mime).toBe('audio/webm');
    expect(stored?.durationMs).toBeGreaterThanOrEqual(1500);
    expect(stored?.bytes).toBeGreaterThan(1000);

    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('group', { name: /How did that go/ }).waitFor();
    await dialog.getByLabel('Your spoken answer to question 1').waitFor();
    expect(await audit(page, '.voice-playback')).toEqual([]);
    await page.keyboard.press('3');
    await dialog.getByRole('button', { name: 'See the summary' }).waitFor();
    await page.keyboard.press('Enter');
    await dialog.getByRole('table', { name: 'Each question of this rehearsal' }).waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    await page.reload();
    await waitForWorkbench(page);
    await runCommand(page, 'Rehearse: Show History');
    const history = page.getByRole('list', { name: 'Past rehearsals' });
    await history.getByRole('button').first().click();
    const audio = page.getByLabel('Your spoken answer to question 1');
    await audio.waitFor();
    expect(await audio.getAttribute('src')).toMatch(/^blob:http:\/\/127\.0\.0\.1:/);
    await expect
      .poll(() =>
        audio.evaluate((el: HTMLAudioElement) => (Number.isFinite(el.duration) ? el.duration : 0)),
      )
      .toBeGreaterThan(1);
    await audio.evaluate((el: HTMLAudioElement) => el.play());
    await expect
      .poll(() => audio.evaluate((el: HTMLAudioElement) => el.currentTime))
      .toBeGreaterThan(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it('says how a spoken answer was delivered, from the sound alone, with no transcript', async () => {
    // Real speech at a known rate: espeak-ng at 160 (it speaks about 200 words a minute), a 2 s pause, again.
    const dir = tempDir('ladder-speech-');
    const wav = join(dir, 'answer.wav');
    const sentence =
      'Last quarter I led the migration of our billing service to the new platform, and we cut the release time from two weeks to three days.';
    execFileSync('espeak-ng', [
      '-m',
      '-s',
      '160',
      '-w',
      wav,
      `<speak>${sentence} <break time="2s"/> ${sentence}</speak>`,
    ]);
    browser = await launch(true, wav);
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    const dialog = await startRehearsal(page);
    await dialog.getByRole('button', { name: 'Record a voice answer' }).click();
    await dialog.getByRole('button', { name: 'Stop recording' }).waitFor();
    // The length of the recording, not an assertion on time: the sentence, the pause and part of the next.
    await page.waitForTimeout(11_000);
    await dialog.getByRole('button', { name: 'Stop recording' }).click();
    await dialog.getByText(/Recording saved \(0:\d\d\)/).waitFor();
    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('group', { name: /How did that go/ }).waitFor();

    const delivery = dialog.getByRole('region', { name: 'How you spoke' });
    await delivery.waitFor();
    expect(await delivery.textContent()).toContain(
      'No transcript: Ladder does not turn speech into text.',
    );
    expect(await dialog.getByText('Nothing typed.').count()).toBe(1);
    const pace = delivery.getByText(/^About \d+ words a minute/);
    await pace.waitFor({ timeout: 20_000 });
    const wpm = Number((await pace.textContent())?.match(/About (\d+)/)?.[1]);
    // espeak-ng's "160" is about 200 words a minute of sound; the estimate comes through Opus within 25%.
    expect(wpm).toBeGreaterThanOrEqual(150);
    expect(wpm).toBeLessThanOrEqual(250);
    expect(await delivery.getByText(/^1 pause, the longest [12]\.\d s/).count()).toBe(1);
    expect(await delivery.getByText(/^Talked for \d+ s of a 2 min time box/).count()).toBe(1);
    expect(await audit(page, '.voice-delivery')).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
    removeDir(dir);
  });

  it('keeps what was said when the answer ends while recording', async () => {
    browser = await launch(true);
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    const dialog = await startRehearsal(page);
    await dialog.getByRole('button', { name: 'Record a voice answer' }).click();
    await dialog.getByRole('button', { name: 'Stop recording' }).waitFor();
    // The length of the recording, not an assertion on time.
    await page.waitForTimeout(1000);
    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('group', { name: /How did that go/ }).waitFor();
    const audio = dialog.getByLabel('Your spoken answer to question 1');
    await audio.waitFor();
    await expect
      .poll(() =>
        audio.evaluate((el: HTMLAudioElement) => (Number.isFinite(el.duration) ? el.duration : 0)),
      )
      .toBeGreaterThan(0);
    expect(browser.pageErrors).toEqual([]);
  });

  it.each(['light', 'high-contrast'] as const)(
    'with the microphone refused, says so and typing still works (%s theme)',
    async (theme) => {
      await callApi(app, 'settings.set', { theme });
      browser = await launch(false);
      const { page, context } = browser;
      // No fake UI: the prompt cannot be answered, and the permission is set to refuse.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Browser.setPermission', {
        permission: { name: 'microphone' },
        setting: 'denied',
        origin: app.origin,
      });
      await page.goto(app.url);
      await waitForWorkbench(page);
      const dialog = await startRehearsal(page);

      await dialog.getByRole('button', { name: 'Record a voice answer' }).click();
      const note = dialog.getByRole('note');
      await note.waitFor();
      expect(await note.textContent()).toMatch(
        /not allowed to use the microphone.*Typing your answer still works/,
      );
      expect(await audit(page, '.voice-recorder')).toEqual([]);
      const box = dialog.getByRole('textbox', { name: 'Your answer' });
      await box.click();
      await page.keyboard.type('I want to lead the platform team.');
      expect(await box.inputValue()).toBe('I want to lead the platform team.');
      await page.keyboard.press('Control+Enter');
      await dialog.getByRole('group', { name: /How did that go/ }).waitFor();
      expect(await dialog.getByLabel('Your spoken answer to question 1').count()).toBe(0);
      expect(browser.pageErrors).toEqual([]);
    },
  );
});
