// Rehearsal start: a store with 2,000 of the user's own questions and 500 past sessions (100 of them
// of one GROW conversation with 10 anticipated questions); in browser mode, the time from confirming
// the settings dialog to the first question on screen (performance marks set by the renderer at those
// two moments), over repeated runs in headless Chromium: `Rehearse: Start Rehearsal...` on that
// conversation (the budgeted path), and `Rehearse: Surprise Me` over the whole bank.
//
// The app runs from a private copy of out/: other work in the same tree rebuilds out/ at any time,
// and a rebuild mid-run deletes the files the page loads (index.html and the lazy chunks answer 404,
// the workbench never becomes ready or a command's chunk never arrives).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openStore } from '../src-main/core/host/store';
import type { Page } from 'playwright-core';
import {
  chooseInQuickPick,
  chromiumAvailable,
  ensureBuilt,
  launchBrowser,
  PROJECT_ROOT,
} from '../tests/e2e/harness';
import { percentile, row, time, writeResults } from './stats';

const QUESTIONS = 2_000;
const SESSIONS = 500;
const RUNS = 25;
const CATEGORIES = ['growth', 'feedback', 'visibility', 'learning', 'security'];
const DEFAULTS = {
  count: 5,
  timeBoxSec: 120,
  order: 'script',
  followUps: true,
  voice: false,
} as const;
const CONVERSATION_TITLE = 'Growth talk with Sam';
const ANTICIPATED = 10;
const CONVERSATION_SESSIONS = 100;

/**
 * Copies a finished build below node_modules (so the app still finds its packages). A copy taken
 * while another build was running, or that changed underneath, is taken again.
 */
async function privateBuild(): Promise<string> {
  const lock = join(PROJECT_ROOT, 'node_modules', '.ladder-build.lock');
  const index = join(PROJECT_ROOT, 'out', 'renderer', 'index.html');
  const copy = join(
    PROJECT_ROOT,
    'node_modules',
    '.cache',
    `ladder-bench-rehearsal-${process.pid}`,
  );
  const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : -1);
  await ensureBuilt();
  for (;;) {
    const before = mtime(index);
    if (before > 0 && !existsSync(lock)) {
      rmSync(copy, { recursive: true, force: true });
      cpSync(join(PROJECT_ROOT, 'out'), join(copy, 'out'), { recursive: true });
      const whole =
        existsSync(join(copy, 'out', 'renderer', 'index.html')) &&
        existsSync(join(copy, 'out', 'main', 'web.js'));
      if (whole && !existsSync(lock) && mtime(index) === before) return copy;
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Starts browser mode from the private build; resolves once it prints its address. */
interface PrivateApp {
  url: string;
  origin: string;
  token: string;
  stop: () => Promise<void>;
}

function startPrivateApp(root: string, dataDir: string): Promise<PrivateApp> {
  const child = spawn(
    process.execPath,
    [join(root, 'out', 'main', 'web.js'), '--data', dataDir, '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stdout = '';
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    void exited.then(() => reject(new Error('web.js exited before it was ready')));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /Ladder is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]{64})/.exec(
        stdout,
      );
      if (m) {
        const [, origin = '', token = ''] = m;
        resolve({
          url: `${origin}/?token=${token}`,
          origin,
          token,
          stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
  });
}

/** Fills the store directly in Node: questions, then sessions with graded answers (one transaction: seconds, not a minute of fsyncs). */
function seed(dataDir: string): {
  planMs: number[];
  startMs: number[];
  dueCountMs: number[];
  beginMs: number[];
} {
  const store = openStore({ dataDir, mode: 'browser', version: 'bench', autoBackup: false });
  try {
    store.db.transaction(() => fill(store))();
    // The main side's share of the start, measured on the same data.
    const planMs: number[] = [];
    const startMs: number[] = [];
    const dueCountMs: number[] = [];
    const beginMs: number[] = [];
    // One uncounted round first: statements compile and the code warms up, as it has in a running app.
    for (let i = -1; i < RUNS; i++) {
      const settings = { ...DEFAULTS, seed: Math.max(0, i) };
      let ids: string[] = [];
      const plan = time(
        () =>
          (ids = store.services.rehearsal
            .plan({ mode: 'surprise', settings })
            .questions.map((q) => q.id)),
      );
      const start = time(() =>
        store.services.rehearsal.start({ conversationId: null, questionIds: ids, settings }),
      );
      const dueCount = time(() => store.services.practice.due({ countOnly: true }));
      const begin = time(() => store.services.rehearsal.begin({ mode: 'surprise', settings }));
      if (i < 0) continue;
      beginMs.push(begin);
      planMs.push(plan);
      startMs.push(start);
      dueCountMs.push(dueCount);
    }
    return { planMs, startMs, dueCountMs, beginMs };
  } finally {
    store.close();
  }
}

function fill(store: ReturnType<typeof openStore>): void {
  {
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
    const doc = store.services.conversations.create({
      templateId: 'grow',
      personName: 'Sam',
      title: CONVERSATION_TITLE,
    });
    const conversationId = doc.conversation.id;
    for (let k = 0; k < ANTICIPATED; k++) {
      // Half written here, half taken from the bank, as people do.
      const bankId = k % 2 === 0 ? (ids[k] as string) : undefined;
      store.services.anticipated.add({
        conversationId,
        question: `Anticipated question ${k}: what changed since last time?`,
        questionBankId: bankId,
      });
    }
    const grades = ['again', 'hard', 'good', 'easy'] as const;
    for (let s = 0; s < SESSIONS; s++) {
      const questionIds = [0, 1, 2].map((k) => ids[(s * 3 + k) % ids.length] as string);
      const ofConversation = s < CONVERSATION_SESSIONS ? conversationId : null;
      const session = store.services.rehearsal.start({
        conversationId: ofConversation,
        questionIds,
        settings: { ...DEFAULTS, count: 3, seed: s },
      });
      questionIds.forEach((questionId, position) => {
        store.services.rehearsal.record({
          sessionId: session.id,
          position,
          questionId,
          answer: `We shipped it in March, ${s + position} clients.`,
          startedAt: 1_700_000_000_000,
          endedAt: 1_700_000_060_000,
          timeMs: 60_000,
          timedOut: false,
          revealed: false,
          followUp: null,
          grade: grades[(s + position) % 4],
        });
      });
      store.services.rehearsal.finish({ id: session.id });
    }
  }
}

/**
 * Runs a rehearsal command from the palette (choosing `conversation` in its pick, if given), confirms
 * the settings, waits for the first question and reads the marks, on a freshly loaded page.
 */
async function startFromPalette(
  page: Page,
  url: string,
  command: string,
  conversation: string | null,
): Promise<{ ms: number; beginRequest: number }> {
  await page.goto(url);
  await page.locator('.workbench[aria-busy="false"]').waitFor();
  await page.keyboard.press('Control+Shift+P');
  await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
  await page.keyboard.type(command);
  // Enter only once the filter has made the command the selected row, not while it catches up.
  await page.getByRole('option', { name: command, selected: true }).first().waitFor();
  await page.keyboard.press('Enter');
  if (conversation) await chooseInQuickPick(page, conversation);
  await page.getByRole('spinbutton', { name: 'Number of questions' }).waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'number');
  await page.keyboard.press('Enter');
  await page.locator('[data-rehearsal-question]').waitFor();
  const result = await page.evaluate(() => {
    const confirm = performance.getEntriesByName('ladder-rehearsal-confirm').at(-1);
    const shown = performance.getEntriesByName('ladder-rehearsal-first-question').at(-1);
    const request = performance
      .getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/rehearsal.begin'))
      .at(-1);
    return {
      ms: confirm && shown ? shown.startTime - confirm.startTime : Number.NaN,
      beginRequest: request?.duration ?? Number.NaN,
    };
  });
  expect(result.ms).toBeGreaterThan(0);
  return result;
}

it.skipIf(!chromiumAvailable())('rehearsal start benchmark', async () => {
  const root = await privateBuild();
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-bench-rehearsal-'));
  const { planMs, startMs, dueCountMs, beginMs } = seed(dataDir);
  const app = await startPrivateApp(root, dataDir);
  const saved = await fetch(`${app.origin}/api/settings.set`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ladder-token': app.token },
    body: JSON.stringify({ welcomeSeen: true }),
  });
  expect(saved.ok).toBe(true);
  const browser = await launchBrowser();
  try {
    const { page } = browser;
    const samples: number[] = [];
    const surprise: number[] = [];
    const beginRequests: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      // The token leaves the address bar once the tab keeps it: later loads use the bare address.
      const url = i === 0 ? app.url : page.url();
      const conversation = await startFromPalette(
        page,
        url,
        'Rehearse: Start Rehearsal...',
        CONVERSATION_TITLE,
      );
      const mix = await startFromPalette(page, url, 'Rehearse: Surprise Me', null);
      // The first run loads the rehearsal's chunks and warms the server: not counted.
      if (i > 0) {
        samples.push(conversation.ms);
        beginRequests.push(conversation.beginRequest);
        surprise.push(mix.ms);
      }
    }
    const rows = [
      row(
        `Start Rehearsal... on a conversation: settings confirmed → first question, ${QUESTIONS} questions, ${SESSIONS} sessions (median)`,
        percentile(samples, 50),
        'ms',
      ),
      row(
        `Start Rehearsal... on a conversation: settings confirmed → first question, ${QUESTIONS} questions, ${SESSIONS} sessions (p95)`,
        percentile(samples, 95),
        'ms',
        150,
      ),
      row(
        'Surprise Me over the whole bank: settings confirmed → first question (median)',
        percentile(surprise, 50),
        'ms',
      ),
      row(
        'Surprise Me over the whole bank: settings confirmed → first question (p95)',
        percentile(surprise, 95),
        'ms',
      ),
      row(
        'of which the rehearsal.begin request (plan and start), as the page saw it (median)',
        percentile(beginRequests, 50),
        'ms',
      ),
      row('of which the rehearsal.begin request (p95)', percentile(beginRequests, 95), 'ms'),
      row('rehearsal.plan (surprise) in the service, median', percentile(planMs, 50), 'ms'),
      row('rehearsal.plan (surprise) in the service, p95', percentile(planMs, 95), 'ms'),
      row('rehearsal.start in the service, median', percentile(startMs, 50), 'ms'),
      row(
        'rehearsal.begin (surprise: plan and start) in the service, median',
        percentile(beginMs, 50),
        'ms',
      ),
      row('rehearsal.begin in the service, p95', percentile(beginMs, 95), 'ms'),
      row(
        'practice.due count (the activity bar badge) in the service, median',
        percentile(dueCountMs, 50),
        'ms',
      ),
      // Context for the tails: on a shared machine the p95 follows how busy the cores were.
      row(
        `load average over the last minute, ${availableParallelism()} cores`,
        loadavg()[0] ?? Number.NaN,
        '',
      ),
    ];
    expect(browser.pageErrors).toEqual([]);
    const file = writeResults('rehearsal-start', rows);
    console.log(`rehearsal start benchmark → ${file}`);
    console.table(rows);
  } finally {
    await browser.close();
    await app.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  }
});
