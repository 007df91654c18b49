// Rehearsal start: a store with 2,000 of the user's own questions and 500 past sessions; in browser
// mode, the time from confirming the settings dialog to the first question on screen (performance
// marks set by the renderer at those two moments), over repeated runs in headless Chromium.
//
// The app runs from a private copy of out/: other work in the same tree rebuilds out/ at any time,
// and a rebuild mid-run deletes the files the page loads (index.html and the lazy chunks answer 404,
// the workbench never becomes ready or a command's chunk never arrives).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { openStore } from '../src-main/core/store';
import { chromiumAvailable, ensureBuilt, launchBrowser, PROJECT_ROOT } from '../tests/e2e/harness';
import { percentile, row, time, writeResults } from './stats';

const QUESTIONS = 2_000;
const SESSIONS = 500;
const RUNS = 25;
const CATEGORIES = ['growth', 'feedback', 'visibility', 'learning', 'security'];
const DEFAULTS = { count: 5, timeBoxSec: 120, order: 'script', followUps: true, voice: false } as const;

/**
 * Copies a finished build below node_modules (so the app still finds its packages). A copy taken
 * while another build was running, or that changed underneath, is taken again.
 */
async function privateBuild(): Promise<string> {
  const lock = join(PROJECT_ROOT, 'node_modules', '.ladder-build.lock');
  const index = join(PROJECT_ROOT, 'out', 'renderer', 'index.html');
  const copy = join(PROJECT_ROOT, 'node_modules', '.cache', `ladder-bench-rehearsal-${process.pid}`);
  const mtime = (path: string) => (existsSync(path) ? statSync(path).mtimeMs : -1);
  await ensureBuilt();
  for (;;) {
    const before = mtime(index);
    if (before > 0 && !existsSync(lock)) {
      rmSync(copy, { recursive: true, force: true });
      cpSync(join(PROJECT_ROOT, 'out'), join(copy, 'out'), { recursive: true });
      const whole = existsSync(join(copy, 'out', 'renderer', 'index.html')) && existsSync(join(copy, 'out', 'main', 'web.js'));
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
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), '--data', dataDir, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let stdout = '';
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    void exited.then(() => reject(new Error('web.js exited before it was ready')));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const m = /Ladder is running at (http:\/\/127\.0\.0\.1:\d+)\/\?token=([0-9a-f]{64})/.exec(stdout);
      if (m) {
        const [, origin = '', token = ''] = m;
        resolve({ url: `${origin}/?token=${token}`, origin, token, stop: async () => {
            child.kill('SIGTERM');
            await exited;
          },
        });
      }
    });
  });
}

/** Fills the store directly in Node: questions, then sessions with graded answers (one transaction: seconds, not a minute of fsyncs). */
function seed(dataDir: string): { planMs: number[]; startMs: number[]; dueCountMs: number[]; beginMs: number[] } {
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
      const plan = time(() => (ids = store.services.rehearsal.plan({ mode: 'surprise', settings }).questions.map((q) => q.id)));
      const start = time(() => store.services.rehearsal.start({ conversationId: null, questionIds: ids, settings }));
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
  }
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
    const beginRequests: number[] = [];
    for (let i = 0; i < RUNS + 1; i++) {
      await page.goto(i === 0 ? app.url : page.url());
      await page.locator('.workbench[aria-busy="false"]').waitFor();
      await page.keyboard.press('Control+Shift+P');
      await page.waitForFunction(() => document.activeElement?.tagName === 'INPUT');
      await page.keyboard.type('Rehearse: Surprise Me');
      // Enter only once the filter has made the command the selected row, not while it catches up.
      await page.getByRole('option', { name: /Rehearse: Surprise Me/, selected: true }).first().waitFor();
      await page.keyboard.press('Enter');
      const count = page.getByRole('spinbutton', { name: 'Number of questions' });
      await count.waitFor();
      await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'number');
      await page.keyboard.press('Enter');
      await page.locator('[data-rehearsal-question]').waitFor();
      const { ms, beginRequest } = await page.evaluate(() => {
        const confirm = performance.getEntriesByName('ladder-rehearsal-confirm').at(-1);
        const shown = performance.getEntriesByName('ladder-rehearsal-first-question').at(-1);
        const request = (channel: string) =>
          performance.getEntriesByType('resource').filter((e) => e.name.endsWith(`/api/${channel}`)).at(-1)?.duration ?? Number.NaN;
        return {
          ms: confirm && shown ? shown.startTime - confirm.startTime : Number.NaN,
          beginRequest: request('rehearsal.begin'),
        };
      });
      expect(ms).toBeGreaterThan(0);
      // The first run loads the rehearsal's chunks and warms the server: not counted.
      if (i > 0) {
        samples.push(ms);
        beginRequests.push(beginRequest);
      }
    }
    const rows = [
      row(`settings confirmed → first question shown, ${QUESTIONS} questions, ${SESSIONS} sessions (median)`, percentile(samples, 50), 'ms'),
      row(`settings confirmed → first question shown, ${QUESTIONS} questions, ${SESSIONS} sessions (p95)`, percentile(samples, 95), 'ms', 150),
      row('of which the rehearsal.begin request (plan and start), as the page saw it (median)', percentile(beginRequests, 50), 'ms'),
      row('of which the rehearsal.begin request (p95)', percentile(beginRequests, 95), 'ms'),
      row('rehearsal.plan (surprise) in the service, median', percentile(planMs, 50), 'ms'),
      row('rehearsal.plan (surprise) in the service, p95', percentile(planMs, 95), 'ms'),
      row('rehearsal.start in the service, median', percentile(startMs, 50), 'ms'),
      row('rehearsal.begin (surprise: plan and start) in the service, median', percentile(beginMs, 50), 'ms'),
      row('rehearsal.begin in the service, p95', percentile(beginMs, 95), 'ms'),
      row('practice.due count (the activity bar badge) in the service, median', percentile(dueCountMs, 50), 'ms'),
      // Context for the tails: on a shared machine the p95 follows how busy the cores were.
      row(`load average over the last minute, ${availableParallelism()} cores`, loadavg()[0] ?? Number.NaN, ''),
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
