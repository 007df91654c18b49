// Rehearsal start: a store with 2,000 of the user's own questions and 500 past sessions; in browser
// mode, the time from confirming the settings dialog to the first question on screen (performance
// marks set by the renderer at those two moments), over repeated runs in headless Chromium.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openStore } from '../src-main/core/store';
import { callApi, chromiumAvailable, ensureBuilt, launchBrowser, startApp } from '../tests/e2e/harness';
import { percentile, row, time, writeResults } from './stats';

const QUESTIONS = 2_000;
const SESSIONS = 500;
const RUNS = 25;
const CATEGORIES = ['growth', 'feedback', 'visibility', 'learning', 'security'];
const DEFAULTS = { count: 5, timeBoxSec: 120, order: 'script', followUps: true, voice: false } as const;

/** Fills the store directly in Node: questions, then sessions with graded answers. */
function seed(dataDir: string): { planMs: number[] } {
  const store = openStore({ dataDir, mode: 'browser', version: 'bench' });
  try {
    const ids: string[] = [];
    for (let i = 0; i < QUESTIONS; i++) {
      const q = store.services.questions.create({
        text: `Benchmark question ${i}: what would you show your manager about ${CATEGORIES[i % CATEGORIES.length]}?`,
        category: CATEGORIES[i % CATEGORIES.length],
        probes: ['What evidence do you have?', 'What would that take?'],
        tip: 'A result, a date and a name.',
      });
      ids.push(q.id);
    }
    const grades = ['again', 'hard', 'good', 'easy'] as const;
    for (let s = 0; s < SESSIONS; s++) {
      const questionIds = [0, 1, 2].map((k) => ids[(s * 3 + k) % ids.length] as string);
      const session = store.services.rehearsal.start({ conversationId: null, questionIds, settings: { ...DEFAULTS, count: 3, seed: s } });
      questionIds.forEach((questionId, position) => {
        store.services.rehearsal.record({
          sessionId: session.id, position, questionId, answer: `We shipped it in March, ${s + position} clients.`,
          startedAt: 1_700_000_000_000, endedAt: 1_700_000_060_000, timeMs: 60_000, timedOut: false, revealed: false, followUp: null,
          grade: grades[(s + position) % 4],
        });
      });
      store.services.rehearsal.finish({ id: session.id });
    }
    // The main side's share of the start, measured on the same data.
    const planMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      planMs.push(time(() => store.services.rehearsal.plan({ mode: 'surprise', settings: { ...DEFAULTS, seed: i } })));
    }
    return { planMs };
  } finally {
    store.close();
  }
}

it.skipIf(!chromiumAvailable())('rehearsal start benchmark', async () => {
  await ensureBuilt();
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-bench-rehearsal-'));
  const { planMs } = seed(dataDir);
  const app = await startApp({ dataDir });
  await callApi(app, 'settings.set', { welcomeSeen: true });
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    const samples: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto(i === 0 ? app.url : page.url());
      await page.locator('.workbench[aria-busy="false"]').waitFor();
      await page.keyboard.press('Control+Shift+P');
      await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
      await page.keyboard.type('Rehearse: Surprise Me');
      await page.getByRole('option', { name: /Rehearse: Surprise Me/ }).first().waitFor();
      await page.keyboard.press('Enter');
      const count = page.getByRole('spinbutton', { name: 'Number of questions' });
      await count.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'number');
      await page.keyboard.press('Enter');
      await page.locator('[data-rehearsal-question]').waitFor();
      const ms = await page.evaluate(() => {
        const confirm = performance.getEntriesByName('ladder-rehearsal-confirm').at(-1);
        const shown = performance.getEntriesByName('ladder-rehearsal-first-question').at(-1);
        return confirm && shown ? shown.startTime - confirm.startTime : Number.NaN;
      });
      expect(ms).toBeGreaterThan(0);
      // The first run loads the rehearsal's chunks and warms the server: not counted.
      if (i > 0) samples.push(ms);
    }
    const rows = [
      row(`settings confirmed → first question shown, ${QUESTIONS} questions, ${SESSIONS} sessions (median)`, percentile(samples, 50), 'ms'),
      row(`settings confirmed → first question shown, ${QUESTIONS} questions, ${SESSIONS} sessions (p95)`, percentile(samples, 95), 'ms', 150),
      row('rehearsal.plan (surprise) in the service, median', percentile(planMs, 50), 'ms'),
      row('rehearsal.plan (surprise) in the service, p95', percentile(planMs, 95), 'ms'),
    ];
    expect(browser.pageErrors).toEqual([]);
    const file = writeResults('rehearsal-start', rows);
    console.log(`rehearsal start benchmark → ${file}`);
    console.table(rows);
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
});
