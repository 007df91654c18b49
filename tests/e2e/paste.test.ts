/// <reference lib="dom" />
// Pasting from other apps in real Chromium: supported formatting stays, everything else goes,
// nothing runs and nothing is fetched.
import { expect, it, vi } from 'vitest';
import { describeE2E, type BrowserSession, type RunningApp, waitForWorkbench } from './harness';
import { startAppAndBrowser } from './appSession';

const HOSTILE = `
  <meta charset="utf-8"><style>p { color: red }</style>
  <h2>Quarter review</h2>
  <p>We <b>shipped</b> the <i>billing</i> rewrite <span style="font-weight:700">on time</span>.</p>
  <ul><li>Fewer tickets</li><li>Faster close</li></ul>
  <img src="http://198.51.100.7/tracker.png" onerror="window.__pwned = 'img'">
  <script>window.__pwned = 'script'</script>
  <iframe src="http://198.51.100.7/frame"></iframe>
  <p onclick="window.__pwned = 'click'">Click <a href="javascript:window.__pwned='link'">here</a>
  or read <a href="https://example.org/notes">the notes</a>.</p>
  <svg onload="window.__pwned = 'svg'"><circle r="4"/></svg>`;

describeE2E('paste from other apps', () => {
  vi.setConfig({ testTimeout: 90_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  startAppAndBrowser((started) => ({ app, browser } = started));

  it('keeps headings, bold, italic, lists and safe links; runs and fetches nothing', async () => {
    const { page } = browser;
    const violations: string[] = [];
    await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    await page.goto(app.url);
    await waitForWorkbench(page);
    await page.keyboard.press('Control+Alt+N');
    const body = page.getByRole('textbox', { name: 'Entry body' });
    await body.click();
    await page.evaluate((html) => {
      const data = new DataTransfer();
      data.setData('text/html', html);
      data.setData('text/plain', 'fallback text');
      document.activeElement?.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, HOSTILE);

    await expect.poll(() => body.locator('h2').textContent()).toBe('Quarter review');
    expect(await body.locator('strong, b').allTextContents()).toEqual(
      expect.arrayContaining(['shipped', 'on time']),
    );
    expect(await body.locator('em, i').allTextContents()).toContain('billing');
    expect(await body.locator('li').allTextContents()).toEqual(['Fewer tickets', 'Faster close']);
    const links = await body
      .locator('a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['https://example.org/notes']);
    expect(await body.locator('img, iframe, script, style, svg').count()).toBe(0);
    expect(await body.evaluate((el) => el.innerHTML)).not.toMatch(/on(error|click|load)=/i);
    await body.getByText('Click').click();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned),
    ).toBeUndefined();
    expect(browser.requests.filter((url) => !url.startsWith(app.origin))).toEqual([]);
    // Chromium reports inline attributes and <style> met while parsing the paste off-screen (the
    // sanitiser's inert document shares the page's CSP). Those are blocked parses; nothing else may
    // appear: no script element, no fetch, no external URL.
    expect(
      violations.filter((v) => !/^(script-src-attr|style-src-attr|style-src-elem) inline$/.test(v)),
    ).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
