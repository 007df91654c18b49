/// <reference lib="dom" />
// Accessible names, roles and WCAG AA contrast in every theme, checked by axe-core in real Chromium,
// with the theme chosen through the setting and a restart. Every other view and editor is checked in
// all three themes by allViews.test.ts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { lexicalFromParagraphs } from '../../src-main/shared/journal/plainText';
import {
  describeE2E,
  type BrowserSession,
  type RunningApp,
  callApi,
  waitForWorkbench,
} from './harness';
import { startAppAndBrowser } from './appSession';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface Violation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe through the DevTools protocol (not an inline script, so the page's CSP stays strict). */
async function audit(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations;
  })) as Violation[];
  return violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

describeE2E('accessibility', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;
  let layout: unknown;

  startAppAndBrowser((started) => ({ app, browser } = started));

  beforeAll(async () => {
    const entry = (await callApi(app, 'journal.create', {
      kind: 'accomplishment',
      title: 'Led the accessibility audit',
      fields: { impact: 'Every form in the product now works with a screen reader.' },
      body: lexicalFromParagraphs(['Found and fixed 42 issues with the design team.']),
      tags: ['a11y'],
    })) as { id: string };
    layout = {
      sideBarVisible: true,
      sideBarWidth: 24,
      activeView: 'journal',
      openTabs: [{ type: 'entry', id: entry.id }],
      activeTab: `entry:${entry.id}`,
    };
    await callApi(app, 'settings.set', { welcomeSeen: true, layout });
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`has no WCAG A/AA violations in the ${theme} theme`, async () => {
      // Each theme starts from the same layout: the run before left other views and tabs open.
      await callApi(app, 'settings.set', { theme, layout });
      const page = browser.page;
      await page.goto(app.url);
      await waitForWorkbench(page);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe(theme);
      const body = page.getByRole('textbox', { name: 'Entry body' });
      if (!(await body.isVisible()))
        await page.getByRole('option', { name: /Led the accessibility audit/ }).click();
      await body.waitFor();
      const problems = [...(await audit(page))];

      // The search view with highlighted results.
      await page.keyboard.press('Control+Shift+F');
      const query = page.getByRole('searchbox', { name: 'Search the journal' });
      await expect.poll(() => query.evaluate((el) => el === document.activeElement)).toBe(true);
      await page.keyboard.type('audit');
      await page.getByRole('listbox', { name: 'Search results' }).locator('mark').first().waitFor();
      problems.push(...(await audit(page)));

      expect([...new Set(problems)].join('\n')).toBe('');
    });
  }
});
