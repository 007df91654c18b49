/// <reference lib="dom" />
// Export everything and import, as a person does it: the palette, a download, a folder picker.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { zipBomb } from '../renderer/data/zipBuilder';
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

const RTL_TITLE = 'تقييم الأداء مع نور 🚀';
const EMOJI_TITLE = 'Shipped the launch 👩🏽‍💻🎉 e\u0301';

describeE2E('export and import in browser mode', () => {
  vi.setConfig({ testTimeout: 90_000 });
  let dataDir: string;
  let notesDir: string;
  let app: RunningApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-data-');
    notesDir = tempDir('ladder-notes-');
    app = await startApp({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    removeDir(dataDir);
    removeDir(notesDir);
  });

  it('exports everything as a zip download holding the JSON document and Markdown copies', async () => {
    for (const title of [RTL_TITLE, EMOJI_TITLE]) {
      await callApi(app, 'journal.create', { kind: 'accomplishment', title, tags: ['e2e'] });
    }
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    const download = page.waitForEvent('download');
    await runCommand(page, 'Ladder: Export Everything');
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ladder-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(await file.path())));
    const doc = JSON.parse(strFromU8(files['ladder-export.json'] ?? new Uint8Array())) as {
      format: string;
      version: number;
      entries: { title: string }[];
    };
    expect(doc).toMatchObject({ format: 'ladder-export', version: 1 });
    expect(doc.entries.map((e) => e.title)).toEqual(
      expect.arrayContaining([RTL_TITLE, EMOJI_TITLE]),
    );
    const markdown = Object.keys(files).filter((n) => n.startsWith('markdown/journal/'));
    expect(markdown).toHaveLength(2);
    const texts = markdown.map((n) => strFromU8(files[n] ?? new Uint8Array()));
    expect(
      texts.some((t) => t.includes(`title: ${RTL_TITLE}`) && t.includes('kind: accomplishment')),
    ).toBe(true);
    await page.getByText(/Exported 2 entries and 0 conversations/).waitFor();
  });

  it('imports a folder of Markdown notes, keeps the hostile front matter as text and runs nothing', async () => {
    const vault = join(notesDir, 'vault');
    mkdirSync(vault, { recursive: true });
    writeFileSync(
      join(vault, 'review.md'),
      '---\ntitle: Quarterly review notes\ndate: 2026-04-02\ntags: [review]\n---\nWent **well**.\n',
    );
    writeFileSync(
      join(vault, 'praise.md'),
      '---\nkind: praise\nfrom: Sam\n---\n# Kind words from Sam\n\n<img src=x onerror="window.__pwned = 1"> <script>window.__pwned = 2</script>\n',
    );
    writeFileSync(
      join(vault, 'hostile.md'),
      '---\ntitle: [<script>window.__pwned = 3</script>\n---\n<iframe src="https://example.com"></iframe>\n',
    );
    const { page } = browser;
    const violations: string[] = [];
    await page.exposeFunction('__reportImportCsp', (v: string) => violations.push(v));
    await page.evaluate(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportImportCsp: (v: string) => void }).__reportImportCsp(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    await runCommand(page, 'Ladder: Import');
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await page.getByLabel('Choose a folder…').setInputFiles(vault);
    const report = page.getByRole('region', { name: 'Import report' });
    // The note with broken front matter comes in with that front matter as text, and the report says so.
    await report.getByText('3 journal entries').waitFor();
    await expect
      .poll(() => report.getByText(/hostile\.md: Its front matter is not valid YAML/).count())
      .toBe(1);

    const list = await callApi<{ title: string; kind: string }[]>(app, 'journal.list', {});
    expect(list.map((e) => e.title)).toEqual(
      expect.arrayContaining(['Quarterly review notes', 'Kind words from Sam']),
    );
    expect(list.find((e) => e.title === 'Kind words from Sam')?.kind).toBe('praise');
    // Opened and shown, the imported markup is text or nothing: it neither runs nor loads anything.
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('cmdk-input') === true);
    await page.keyboard.type('Kind words from Sam');
    await page
      .getByRole('option', { name: /Kind words from Sam/, selected: true })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    await page
      .getByRole('textbox', { name: 'Entry body' })
      .filter({ visible: true })
      .first()
      .waitFor();
    await page.waitForTimeout(300);
    expect(
      await page.locator('.le-content iframe, .le-content img, .le-content script').count(),
    ).toBe(0);
    expect(violations).toEqual([]);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    const origin = new URL(app.url).origin;
    expect(
      browser.requests.filter(
        (u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:'),
      ),
    ).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('refuses a zip bomb with its figures, read in a worker off the page', async () => {
    const bombPath = join(notesDir, 'vault.zip');
    writeFileSync(bombPath, zipBomb());
    const { page } = browser;
    const before = (await callApi<unknown[]>(app, 'journal.list', {})).length;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Ladder: Import');
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await page.getByLabel('Choose an export file…').setInputFiles(bombPath);
    await page
      .getByRole('alert')
      .filter({
        hasText:
          'vault.zip: This zip would expand to 4.0 GB; Ladder imports at most 512 MB (one file at most 64 MB).',
      })
      .waitFor();
    expect(workers).toEqual([expect.stringMatching(/zipWorker/)]);
    expect(
      await page.evaluate(
        () =>
          (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory
            ?.usedJSHeapSize ?? 0,
      ),
    ).toBeLessThan(512 * 1024 * 1024);
    expect((await callApi<unknown[]>(app, 'journal.list', {})).length).toBe(before);
    expect(browser.pageErrors).toEqual([]);
  });
});
