/// <reference lib="dom" />
// A vault's [[wiki link]] in the real app: imported as a link, Ctrl+click and Ctrl+Enter open the
// linked note in its tab, and a plain click only places the caret.
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
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
} from './harness';

describeE2E('links between entries in browser mode', () => {
  vi.setConfig({ testTimeout: 90_000 });
  let dataDir: string;
  let app: RunningApp;
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    dataDir = tempDir('ladder-data-');
    app = await startApp({ dataDir });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await app?.stop();
    await browser?.close();
    removeDir(dataDir);
  });

  it('opens the linked note from an imported [[wiki link]] with Ctrl+click and Ctrl+Enter', async () => {
    await callApi(app, 'data.import', {
      files: [
        { name: 'vault/Planning notes.md', text: 'Next: see [[Weekly review|the review]].' },
        { name: 'vault/Weekly review.md', text: 'What went well.' },
      ],
    });
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await page.keyboard.press('Control+p');
    await page.waitForFunction(() => document.activeElement?.hasAttribute('cmdk-input') === true);
    await page.keyboard.type('Planning notes');
    await page
      .getByRole('option', { name: /Planning notes/, selected: true })
      .first()
      .waitFor();
    await page.keyboard.press('Enter');
    const body = page
      .getByRole('textbox', { name: 'Entry body' })
      .filter({ visible: true })
      .first();
    const link = body.locator('a', { hasText: 'the review' });
    await link.waitFor();
    const selected = page
      .getByRole('tablist', { name: 'Open editors' })
      .getByRole('tab', { selected: true });
    await link.click();
    await page.waitForTimeout(300);
    await expect.poll(() => selected.textContent()).toContain('Planning notes');
    await link.click({ modifiers: ['Control'] });
    await expect.poll(() => selected.textContent()).toContain('Weekly review');
    expect(page.url()).toContain(new URL(app.url).origin);
    // Back to the first note, caret in the link, Ctrl+Enter.
    await page
      .getByRole('tablist', { name: 'Open editors' })
      .getByRole('tab', { name: /Planning notes/ })
      .click();
    await link.click();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => selected.textContent()).toContain('Weekly review');
  });
});
