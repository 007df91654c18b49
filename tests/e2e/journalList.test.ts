/// <reference lib="dom" />
// The side bar's journal list at 2,000 entries, as a person uses it: it draws a screenful, scrolls
// far down with the mouse wheel, opens an entry there, and walks the rows with the keyboard.
import { beforeAll, expect, it, vi } from 'vitest';
import {
  callApi,
  describeE2E,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
} from './harness';
import { startAppAndBrowser } from './appSession';

const COUNT = 2000;

/** Entry i is dated i days before 21 Nov 2026, so the list shows them in i order. */
function isoDaysBefore(i: number): string {
  return new Date(Date.UTC(2026, 10, 21) - i * 86_400_000).toISOString().slice(0, 10);
}

describeE2E('the journal list at 2,000 entries', () => {
  vi.setConfig({ testTimeout: 120_000, hookTimeout: 180_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  startAppAndBrowser((started) => ({ app, browser } = started));

  beforeAll(async () => {
    for (let i = 0; i < COUNT; i += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, COUNT - i) }, (_, k) =>
          callApi(app, 'journal.create', {
            kind: 'lesson',
            title: `Entry ${i + k}`,
            date: isoDaysBefore(i + k),
          }),
        ),
      );
    }
    await callApi(app, 'settings.set', {
      welcomeSeen: true,
      layout: {
        sideBarVisible: true,
        sideBarWidth: 22,
        activeView: 'journal',
        openTabs: [],
        activeTab: null,
      },
    });
  });

  it('draws a screenful, scrolls far down, and opens an entry there', async () => {
    const { page } = browser;
    await page.setViewportSize({ width: 1200, height: 700 });
    await page.goto(app.url);
    await waitForWorkbench(page);
    const list = page.getByRole('listbox', { name: 'Journal' });
    await list.locator('[role="option"][title="Entry 0"]').waitFor();
    const drawn = () => list.locator('[data-entry-index]').count();
    expect(await drawn()).toBeLessThan(80);

    // Far down with the wheel, as a person scrolls.
    await list.locator('[role="option"][title="Entry 0"]').hover();
    for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 4000);
    await expect
      .poll(() => list.locator('[data-entry-index]').first().getAttribute('data-entry-index'))
      .not.toBe('0');
    await expect.poll(() => list.locator('[aria-busy="true"]').count()).toBe(0);
    expect(await drawn()).toBeLessThan(80);
    expect(await list.locator('[role="option"][title="Entry 0"]').count()).toBe(0);
    const visible = await list.locator('[data-entry-index]').evaluateAll((rows) => {
      const box = document.querySelector('.side-bar-content')!.getBoundingClientRect();
      return rows
        .filter((r) => {
          const b = r.getBoundingClientRect();
          return b.top >= box.top && b.bottom <= box.bottom;
        })
        .map((r) => r.getAttribute('title')!);
    });
    const target = visible[Math.floor(visible.length / 2)]!;
    const n = Number(/Entry (\d+)/.exec(target)?.[1]);
    expect(n).toBeGreaterThan(1000);
    await list.locator(`[role="option"][title="${target}"]`).click();
    await expect.poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe(target);
    expect(await page.getByRole('textbox', { name: 'Date' }).inputValue()).toBe(isoDaysBefore(n));

    // The keyboard from that row: down one, then to the very last entry, opened with Enter.
    await list.locator(`[role="option"][title="${target}"]`).focus();
    await page.keyboard.press('ArrowDown');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('title')))
      .toBe(`Entry ${n + 1}`);
    await page.keyboard.press('End');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('title')))
      .toBe(`Entry ${COUNT - 1}`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('textbox', { name: 'Title' }).inputValue())
      .toBe(`Entry ${COUNT - 1}`);
  });
});
