/// <reference lib="dom" />
// The app lock in browser mode, driven from the keyboard: protect with a passphrase, lock, a wrong
// and a right passphrase, a restart; a damaged journal at start restored from its backup; an empty
// journal file beside its backups; a folder where the file should be; a tab without the access token;
// and axe over the unlock, damaged and other start screens in every theme.
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { lexicalFromParagraphs } from '../../src-main/shared/journal/plainText';
import {
  callApi,
  describeE2E,
  ensureBuilt,
  launchBrowser,
  removeDir,
  startApp,
  tempDir,
  waitForWorkbench,
  type BrowserSession,
  type RunningApp,
  runCommand,
} from './harness';

const WORD = 'Xylophonic-departure-memo';
const PASS = 'walnut harbour seventeen lanterns';
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const THEMES = ['light', 'dark', 'high-contrast'] as const;

/** Waits for the page (autosave, reloads); a limit on waiting, never a timed assertion. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });

/** axe through the DevTools protocol (no inline script, so the CSP stays strict); one line per violation. */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (
      await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      })
    ).violations;
  })) as { id: string; nodes: { target: string[] }[] }[];
  return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The start screens have no settings to read (the journal is closed): each theme is switched live. */
async function auditInEveryTheme(page: Page): Promise<string[]> {
  const problems: string[] = [];
  for (const theme of THEMES) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    problems.push(...(await audit(page)).map((p) => `${theme}: ${p}`));
  }
  return problems;
}

const focusedLabel = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el instanceof HTMLInputElement
      ? (el.labels?.[0]?.textContent ?? '')
      : (el?.textContent ?? '');
  });

function fileHolds(file: string, word: string): boolean {
  return [file, `${file}-wal`].some(
    (f) => existsSync(f) && readFileSync(f).includes(Buffer.from(word, 'utf8')),
  );
}

describeE2E('app lock in browser mode', () => {
  vi.setConfig({ testTimeout: 180_000 });
  let browser: BrowserSession;
  const apps: RunningApp[] = [];
  const dirs: string[] = [];

  beforeAll(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
  });

  afterAll(async () => {
    await browser?.close();
    for (const dir of dirs) removeDir(dir);
  });

  const start = async (dataDir: string) => {
    const app = await startApp({ dataDir });
    apps.push(app);
    return app;
  };

  it('protects, locks, refuses a wrong passphrase, unlocks, and stays locked across a restart', async () => {
    const dataDir = tempDir('ladder-lock-');
    dirs.push(dataDir);
    let app = await start(dataDir);
    const page = browser.page;
    // Protecting, locking and a wrong passphrase are the person's own doing: never a server fault.
    const serverFaults: string[] = [];
    const onResponse = (r: { status: () => number; url: () => string }) => {
      if (r.status() >= 500) serverFaults.push(`${r.status()} ${r.url()}`);
    };
    page.on('response', onResponse);
    const consoleBefore = browser.consoleErrors.length;
    await page.goto(app.url);
    await waitForWorkbench(page);

    // An entry typed by hand, saved by the autosave.
    await runCommand(page, 'Journal: New Reflection');
    const title = page.getByRole('textbox', { name: 'Title' });
    await poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Thinking about leaving');
    await page.getByRole('textbox', { name: 'Entry body' }).click();
    await page.keyboard.type(`The ${WORD} stays between me and this journal.`);
    await poll(async () => {
      const list = await callApi<{ id: string; title: string }[]>(app, 'journal.list', {});
      const found = list.find((e) => e.title === 'Thinking about leaving');
      return found
        ? (await callApi<{ text: string }>(app, 'journal.get', { id: found.id })).text
        : '';
    }).toContain(WORD);

    // Protect: the warning first, then the offered backup, then passphrase and confirmation.
    await runCommand(page, 'Settings: Protect with Passphrase...');
    const dialog = page.getByRole('dialog', { name: 'Protect the journal with a passphrase' });
    await poll(() => dialog.innerText()).toContain(
      'if you lose the passphrase, nobody can open the journal again',
    );
    await poll(() => focusedLabel(page)).toBe('Cancel');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('Back Up Now');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'Backup taken' }).waitFor();
    // With the one taken at the first start: the 3 newest good copies stay whatever their dates.
    expect(await callApi<unknown[]>(app, 'backup.list', {})).toHaveLength(2);
    await poll(() => focusedLabel(page)).toBe('Back Up Now');
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('I Understand, Continue');
    await page.keyboard.press('Enter');
    await poll(() => focusedLabel(page)).toBe('New passphrase');
    await page.keyboard.type(PASS);
    await page.keyboard.press('Tab');
    expect(await focusedLabel(page)).toBe('New passphrase again');
    await page.keyboard.type(PASS);
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: 'encrypted with your passphrase' }).waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await callApi(app, 'app.state', {})).toMatchObject({ state: 'open', protected: true });

    // Lock now: the page reloads onto the unlock screen with nothing of the journal in it.
    await runCommand(page, 'Ladder: Lock Now');
    const passphrase = page.getByLabel('Passphrase');
    await page.getByRole('heading', { name: 'Ladder is locked' }).waitFor();
    await poll(() => passphrase.evaluate((el) => el === document.activeElement)).toBe(true);
    for (const text of [
      await page.evaluate(() => document.body.innerText),
      await page.evaluate(() => document.documentElement.outerHTML),
    ]) {
      expect(text).not.toContain(WORD);
      expect(text).not.toContain('Thinking about leaving');
    }
    expect(await page.locator('.workbench').count()).toBe(0);
    expect(await callApi(app, 'app.state', {})).toMatchObject({ state: 'locked' });

    // A wrong passphrase says so and keeps the focus in the field.
    await page.keyboard.type('not my passphrase at all');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Wrong passphrase' }).waitFor();
    expect(await passphrase.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await passphrase.inputValue()).toBe('');
    expect(await passphrase.getAttribute('aria-invalid')).toBe('true');

    // The right one brings the entry back.
    await page.keyboard.type(PASS);
    await page.keyboard.press('Enter');
    await waitForWorkbench(page);
    await page.keyboard.press('Control+P');
    await page.keyboard.type('Thinking about leaving');
    await page
      .getByRole('option', { name: /Thinking about leaving/ })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await poll(() => page.getByRole('textbox', { name: 'Entry body' }).innerText()).toContain(WORD);
    page.off('response', onResponse);
    expect(serverFaults).toEqual([]);
    expect(
      browser.consoleErrors.slice(consoleBefore).filter((m) => /status of 5\d\d/.test(m)),
    ).toEqual([]);

    // A restart of the server starts locked again; the file on disk never holds the word.
    await app.stop();
    expect(fileHolds(join(dataDir, 'ladder.db'), WORD)).toBe(false);
    const backups = readdirSync(join(dataDir, 'backups')).filter((n) => /\.db(\.gz)?$/.test(n));
    expect(backups).toHaveLength(2);
    for (const name of backups) {
      const file = join(dataDir, 'backups', name);
      expect(fileHolds(file, WORD)).toBe(false);
      // Compressed text would not show the word either: the backup must be the encrypted kind.
      expect(readFileSync(file).subarray(0, 8).toString('latin1')).toBe('LADDERBK');
    }
    app = await start(dataDir);
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Ladder is locked' }).waitFor();
    expect(await page.evaluate(() => document.body.innerText)).not.toContain(WORD);
    expect(await auditInEveryTheme(page)).toEqual([]);
    expect(fileHolds(join(dataDir, 'ladder.db'), WORD)).toBe(false);
  });

  it('a damaged journal at start: the file is kept aside, the backup is offered and restores the entries', async () => {
    const dataDir = tempDir('ladder-damaged-');
    dirs.push(dataDir);
    let app = await start(dataDir);
    await callApi(app, 'journal.create', {
      kind: 'accomplishment',
      title: 'Shipped the migration',
      body: lexicalFromParagraphs(['Moved every customer without downtime.']),
    });
    await callApi(app, 'backup.now', {});
    await app.stop();
    // Garbage over the whole file, as a failing disk might leave it.
    const size = readFileSync(join(dataDir, 'ladder.db')).length;
    writeFileSync(join(dataDir, 'ladder.db'), randomBytes(size));
    for (const suffix of ['-wal', '-shm'])
      rmSync(join(dataDir, `ladder.db${suffix}`), { force: true });
    const garbage = readFileSync(join(dataDir, 'ladder.db'));

    app = await start(dataDir);
    const page = browser.page;
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Your journal file is damaged' }).waitFor();
    const keptAs = readdirSync(dataDir).find((n) => n.startsWith('ladder.damaged-'));
    expect(keptAs).toBeDefined();
    expect(readFileSync(join(dataDir, keptAs ?? '')).equals(garbage)).toBe(true);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain(keptAs);
    expect(text).toContain('The newest sound backup is from');
    const restore = page.getByRole('button', { name: /^Restore the backup from / });
    await poll(() => restore.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await auditInEveryTheme(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await waitForWorkbench(page);
    const list = await callApi<{ title: string }[]>(app, 'journal.list', {});
    expect(list.map((e) => e.title)).toContain('Shipped the migration');
    await poll(() => page.evaluate(() => document.body.innerText)).toContain(
      'Shipped the migration',
    );
    // The damaged file is still there, untouched.
    expect(readFileSync(join(dataDir, keptAs ?? '')).equals(garbage)).toBe(true);
  });

  it('an empty journal file beside its backups: the recovery screen, the file left alone until restore brings the entry back', async () => {
    const dataDir = tempDir('ladder-empty-');
    dirs.push(dataDir);
    let app = await start(dataDir);
    await callApi(app, 'journal.create', {
      kind: 'accomplishment',
      title: 'Led the incident review',
      body: lexicalFromParagraphs(['Wrote the timeline everyone used.']),
    });
    await callApi(app, 'backup.now', {});
    await app.stop();
    const dbPath = join(dataDir, 'ladder.db');
    truncateSync(dbPath, 0);
    for (const suffix of ['-wal', '-shm']) rmSync(`${dbPath}${suffix}`, { force: true });

    app = await start(dataDir);
    const page = browser.page;
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Your journal file is empty' }).waitFor();
    expect(await page.locator('.workbench').count()).toBe(0);
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('left the empty file as it is');
    expect(text).toContain('The newest sound backup is from');
    // Nothing was written, moved or deleted while the person reads the screen.
    expect(statSync(dbPath).size).toBe(0);
    expect(readdirSync(dataDir).filter((n) => n.startsWith('ladder.damaged-'))).toEqual([]);
    const restore = page.getByRole('button', { name: /^Restore the backup from / });
    await poll(() => restore.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.getByRole('button', { name: 'Start with an empty journal' }).count()).toBe(1);
    expect(await auditInEveryTheme(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await waitForWorkbench(page);
    await poll(() => page.evaluate(() => document.body.innerText)).toContain(
      'Led the incident review',
    );
    const list = await callApi<{ title: string }[]>(app, 'journal.list', {});
    expect(list.map((e) => e.title)).toEqual(['Led the incident review']);
  });

  it('a folder where the journal file should be: "can\'t open right now" with the reason, and Try again once it is moved', async () => {
    const dataDir = tempDir('ladder-folder-');
    dirs.push(dataDir);
    const dbPath = join(dataDir, 'ladder.db');
    mkdirSync(dbPath, { recursive: true });
    writeFileSync(join(dbPath, 'mine.txt'), 'not to be touched');
    const app = await start(dataDir);
    const page = browser.page;
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Ladder can’t open your journal right now' }).waitFor();
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain('is where the journal file should be');
    expect(text).toContain('EISDIR');
    expect(text).toContain(dbPath);
    expect(await page.locator('.workbench').count()).toBe(0);
    const retry = page.getByRole('button', { name: 'Try again' });
    await poll(() => retry.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await auditInEveryTheme(page)).toEqual([]);

    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Still not possible (EISDIR)' }).waitFor();
    expect(readFileSync(join(dbPath, 'mine.txt'), 'utf8')).toBe('not to be touched');

    rmSync(dbPath, { recursive: true });
    await page.keyboard.press('Enter');
    await waitForWorkbench(page);
    expect(await callApi(app, 'app.state', {})).toMatchObject({ state: 'open' });
  });

  it('a tab without the access token, or with one from an earlier start, gets one screen naming the address to open', async () => {
    const app = await start(tempDir('ladder-token-'));
    dirs.push(app.dataDir);
    const page = browser.page;
    for (const address of [`${app.origin}/`, `${app.origin}/?token=${'0'.repeat(64)}`]) {
      await page.goto(address);
      await page
        .getByRole('heading', { name: 'Open Ladder from the address it printed' })
        .waitFor();
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).toContain('npm run web');
      expect(text).not.toContain('could not be loaded');
      expect(await page.locator('.workbench').count()).toBe(0);
    }
    expect(await auditInEveryTheme(page)).toEqual([]);
    // The printed address opens the journal in the same tab.
    await page.goto(app.url);
    await waitForWorkbench(page);
  });
});
