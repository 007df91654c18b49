/// <reference lib="dom" />
// The practice controls of a rehearsal in Chromium, keyboard only: read aloud says when the system
// has no voice (headless Chromium often has none; the page's own voice list decides what is
// expected), M mutes and Shift+R repeats outside the answer box, both listed in the key legend;
// the grade buttons carry their intervals, and axe finds nothing in the new controls.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import {
  describeE2E,
  runCommand,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
} from './harness';
import { startAppAndBrowser } from './appSession';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** WCAG A/AA problems axe finds inside `selector`. */
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

describeE2E('practice controls in browser mode', () => {
  vi.setConfig({ testTimeout: 90_000 });
  let app: RunningApp;
  let browser: BrowserSession;
  startAppAndBrowser((started) => ({ app, browser } = started));

  it('reads aloud or says there is no voice, mutes with M, and lists its keys', async () => {
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Rehearse: Surprise Me');
    const count = page.getByRole('spinbutton', { name: 'Number of questions' });
    await expect.poll(() => count.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.getByRole('checkbox', { name: /Read each question aloud/ }).check();
    await page.getByRole('checkbox', { name: /Read each question aloud/ }).press('Enter');

    const dialog = page.getByRole('dialog', { name: /^Rehearsal:/ });
    const controls = dialog.getByRole('group', { name: 'Read aloud' });
    await controls.waitFor();
    // What this Chromium offers, asked the same way (after its voice list had time to arrive).
    const voices = await page.evaluate(
      () =>
        new Promise<number>((resolve) =>
          setTimeout(() => resolve(window.speechSynthesis?.getVoices().length ?? 0), 3_500),
        ),
    );
    const notice = controls.getByText(/this system has no voice to read with/);
    if (voices === 0) await notice.waitFor();
    else expect(await notice.count()).toBe(0);

    const legend = dialog.getByLabel('Keyboard keys');
    await legend.getByText('Mute or unmute reading aloud, outside the answer box').waitFor();
    await legend.getByText('Repeat the question aloud, outside the answer box').waitFor();
    const mute = controls.getByRole('button', { name: 'Mute reading aloud' });
    expect(await mute.getAttribute('aria-pressed')).toBe('false');
    // From the answer box, Escape steps out to the question, where M mutes.
    await page.keyboard.press('Escape');
    await page.keyboard.press('m');
    await expect.poll(() => mute.getAttribute('aria-pressed')).toBe('true');
    expect(await dialog.getByRole('textbox', { name: 'Your answer' }).inputValue()).toBe('');
    await page.keyboard.press('Shift+R');
    expect(await dialog.getByRole('complementary', { name: 'Prepared answer' }).count()).toBe(0);
    expect(await audit(page, '.rehearsal-voice')).toEqual([]);

    await dialog.getByRole('textbox', { name: 'Your answer' }).click();
    await page.keyboard.type('In 2025 I shipped 4 releases.');
    await page.keyboard.press('Control+Enter');
    const grades = dialog.getByRole('group', { name: /How did that go/ });
    await grades.getByRole('button', { name: /^Good\s+\d+ (min|h|days?)\s/ }).waitFor();
    expect(await audit(page, '.rehearsal-grades')).toEqual([]);
    await page.keyboard.press('3');
    await dialog.getByText(/^Rated Good: next practice in /).waitFor();
    expect(await audit(page, '.rehearsal-graded')).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
