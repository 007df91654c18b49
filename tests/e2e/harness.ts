// Shared e2e harness: build once, run the real browser-mode server, drive real headless Chromium.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { PROJECT_ROOT, buildIfStale } from '../../scripts/build-state.mjs';

export { PROJECT_ROOT };
export const CHROMIUM_PATH = '/usr/bin/chromium';
export const WEB_ENTRY = join(PROJECT_ROOT, 'out', 'main', 'web.js');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

const available = chromiumAvailable();
if (!available && process.env.CI) {
  throw new Error('Chromium is required in CI: apt-get install -y chromium');
}
let skipNoticePrinted = false;

/** `describe` for suites that need Chromium: skipped with a notice locally when it is missing. */
export function describeE2E(name: string, body: () => void): void {
  if (!available && !skipNoticePrinted) {
    skipNoticePrinted = true;
    console.warn('e2e tests skipped: install Chromium (apt-get install -y chromium) to run them');
  }
  describe.skipIf(!available)(
    available ? name : `${name} (skipped: Chromium is not installed)`,
    body,
  );
}

/** A fresh temp folder; remove it with `removeDir`. */
export function tempDir(prefix = 'ladder-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

let building: Promise<void> | null = null;

/** Builds out/ when missing or older than the sources, at most once per test process. */
export function ensureBuilt(): Promise<void> {
  building ??= buildIfStale(PROJECT_ROOT, { stdio: 'pipe' }).then(() => undefined);
  return building;
}

export interface RunningApp {
  /** The address printed by the server, token included. */
  url: string;
  /** http://127.0.0.1:PORT, without a trailing slash. */
  origin: string;
  token: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Everything the server wrote to stderr so far. */
  stderr(): string;
  /** Sends SIGTERM and resolves with the exit code once the process has ended. */
  stop(): Promise<number | null>;
}

export interface StartOptions {
  dataDir?: string;
  /** Extra command-line arguments for out/main/web.js. */
  args?: string[];
}

const READY_LINE = /Ladder is running at (http:\/\/127\.0\.0\.1:(\d+)\/)\?token=([0-9a-f]{64})/;

export interface ExitResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs out/main/web.js to completion (for arguments it must refuse). */
export async function runWebEntry(args: string[]): Promise<ExitResult> {
  await ensureBuilt();
  return runNode([WEB_ENTRY, ...args]);
}

export function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ExitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: PROJECT_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Starts the real browser-mode server on a free port with its own data folder (temp unless given). */
export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  await ensureBuilt();
  const ownDir = options.dataDir === undefined;
  const dataDir = options.dataDir ?? tempDir('ladder-data-');
  const child = spawn(
    process.execPath,
    [WEB_ENTRY, '--data', dataDir, '--port', '0', ...(options.args ?? [])],
    {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const found = READY_LINE.exec(stdout);
      if (found) resolve(found);
    });
    child.on('error', reject);
    void exited.then((code) =>
      reject(new Error(`web.js exited with ${code} before it was ready:\n${stderr}`)),
    );
  });
  const [, url, portText, token] = match as unknown as [string, string, string, string];
  const port = Number(portText);

  let stopping: Promise<number | null> | null = null;
  return {
    url: `${url}?token=${token}`,
    origin: `http://127.0.0.1:${port}`,
    token,
    port,
    dataDir,
    child,
    stderr: () => stderr,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
        const code = await exited;
        if (ownDir) removeDir(dataDir);
        return code;
      })();
      return stopping;
    },
  };
}

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Every URL the browser requested, in order. */
  requests: string[];
  pageErrors: string[];
  consoleErrors: string[];
  close(): Promise<void>;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Headless Chromium with a fresh profile; records requests and errors for assertions. */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = tempDir('ladder-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const watched = new WeakSet<Page>();
  const watch = (page: Page) => {
    if (watched.has(page)) return;
    watched.add(page);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    context,
    page,
    requests,
    pageErrors,
    consoleErrors,
    async close() {
      await context.close();
      removeDir(profile);
    },
  };
}

/** Calls the running app's API the way the renderer does (token header, JSON body); throws on an error answer. */
export async function callApi<T = unknown>(
  app: Pick<RunningApp, 'origin' | 'token'>,
  channel: string,
  args: unknown,
): Promise<T> {
  const response = await fetch(`${app.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ladder-token': app.token },
    body: JSON.stringify(args),
  });
  const payload = (await response.json()) as {
    result?: T;
    error?: { code: string; message: string };
  };
  if (!response.ok || payload.error)
    throw new Error(`${channel}: ${payload.error?.code} ${payload.error?.message}`);
  return payload.result as T;
}

/** Runs a command from the palette as a person would: types its title, Enter once it is the highlighted row. */
export async function runCommand(
  page: Page,
  title: string,
  key = 'Control+Shift+P',
): Promise<void> {
  await page.keyboard.press(key);
  await page.keyboard.type(title);
  const exact = new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  try {
    await page
      .getByRole('option', { name: exact, selected: true })
      .first()
      .waitFor({ timeout: 15_000 });
  } catch (error) {
    // Says what the page showed instead, so a failure in CI can be read from its log alone.
    const seen = await page.evaluate(() => ({
      focus: `${document.activeElement?.tagName ?? 'none'}.${document.activeElement?.className ?? ''}`,
      typed:
        document.querySelector<HTMLInputElement>('.quick-input [cmdk-input]')?.value ??
        '(no palette)',
      options: [...document.querySelectorAll('[role="option"]')]
        .slice(0, 5)
        .map((o) => `${o.getAttribute('aria-selected')}:${o.textContent}`),
    }));
    throw new Error(`"${title}" was not the highlighted command: ${JSON.stringify(seen)}`, {
      cause: error,
    });
  }
  await page.keyboard.press('Enter');
}

/** Closes every open editor one at a time, waiting for each to go before closing the next. */
export async function closeAllEditors(page: Page): Promise<void> {
  const tabs = page.getByRole('tablist', { name: 'Open editors' }).getByRole('tab');
  for (let open = await tabs.count(); open > 0; open = await tabs.count()) {
    await runCommand(page, 'View: Close Editor');
    await expect.poll(() => tabs.count()).toBe(open - 1);
  }
}

/** Chooses in an open quick pick from the keyboard: waits for its box, types, Enter on the highlighted match. */
export async function chooseInQuickPick(page: Page, text: string): Promise<void> {
  const box = page.locator('.quick-input [cmdk-input]');
  await box.waitFor();
  await page.waitForFunction(() => document.activeElement?.hasAttribute('cmdk-input') === true);
  await page.keyboard.type(text);
  const match = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  await page.getByRole('option', { name: match, selected: true }).first().waitFor();
  await page.keyboard.press('Enter');
}

/**
 * Leaves the page and stores `settings` in its place. The page writes a pending layout as it goes
 * (a keepalive request that may land after the navigation), so the write is repeated until it holds.
 */
export async function replaceSettingsAway(
  page: Page,
  app: Pick<RunningApp, 'origin' | 'token'>,
  settings: Record<string, unknown>,
): Promise<void> {
  await page.goto('about:blank');
  for (let attempt = 0; attempt < 10; attempt++) {
    await callApi(app, 'settings.set', settings);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const stored = await callApi<Record<string, unknown>>(app, 'settings.get', {});
    if (Object.keys(settings).every((key) => isDeepStrictEqual(stored[key], settings[key]))) return;
  }
  throw new Error('The page kept overwriting the settings after it was left.');
}

/** Waits until the workbench has restored its layout and listens to the keyboard. */
export async function waitForWorkbench(page: Page): Promise<void> {
  await page.locator('.workbench[aria-busy="false"]').waitFor();
}

/** A printed PDF's text as pdftotext reads it, layout kept (poppler-utils, installed by .ci/run). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}
