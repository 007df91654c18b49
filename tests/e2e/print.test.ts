/// <reference lib="dom" />
// Printing an agenda as a person would: a GROW conversation with evidence and a private note, the
// print preview opened from the palette, both copies printed to PDF by Chromium's own print path and
// read back with pdftotext. The pages are also rendered as images for a look (and the README).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import type { ConversationDoc } from '../../src-main/shared/conversations/conversations';
import { lexicalFromParagraphs } from '../../src-main/shared/journal/plainText';
import {
  PROJECT_ROOT,
  callApi,
  describeE2E,
  ensureBuilt,
  launchBrowser,
  removeDir,
  startApp,
  tempDir,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
  runCommand,
  closeAllEditors,
  pdfText,
} from './harness';

const TITLE = 'Growth conversation with Priya';
const OUTCOME = 'Agree on a path to staff engineer within a year';
const PRIVATE_NOTE = 'Zanzibar reminder: stay calm about the reorg';
const PREPARED_ANSWER = 'Quokka answer: I led the migration end to end';
const EVIDENCE = [
  'Cut invoice run from five days to one',
  'Mentored two new hires to independence',
];

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe-core's WCAG A/AA rules on the page, evaluated through the DevTools protocol (the CSP stays strict). */
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
  })) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

function pageCount(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

describeE2E('agenda printing in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;
  let outDir: string;

  beforeAll(async () => {
    await ensureBuilt();
    outDir = tempDir('ladder-print-');
    app = await startApp();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (outDir) removeDir(outDir);
  });

  it('prints the manager copy without private parts and my copy with them', async () => {
    const created = await callApi<ConversationDoc>(app, 'conversations.create', {
      templateId: 'grow',
      title: TITLE,
      personName: 'Priya Raman',
      personRole: 'Engineering manager',
      startsAt: '2027-03-02T10:00',
      durationMin: 45,
      place: 'Room 4B',
      expectedOutcome: OUTCOME,
    });
    const id = created.conversation.id;
    const [first, second] = created.items;
    expect(first && second).toBeTruthy();
    for (const title of EVIDENCE) {
      const entry = await callApi<{ id: string }>(app, 'journal.create', {
        kind: 'accomplishment',
        title,
        date: '2027-01-15',
        fields: { impact: 'Finance closes the month a week earlier' },
      });
      await callApi(app, 'agenda.linkEvidence', { itemId: second!.id, entryId: entry.id });
    }
    await callApi(app, 'agenda.updateItem', {
      id: first!.id,
      talkingPoints: lexicalFromParagraphs(['Where I want to be by next spring']),
      privateNotes: PRIVATE_NOTE,
      questions: 'What does staff level look like here?',
    });
    await callApi(app, 'anticipated.add', {
      conversationId: id,
      question: 'What is your biggest achievement this year?',
      preparedAnswer: lexicalFromParagraphs([PREPARED_ANSWER]),
    });

    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Conversation: Print Agenda...');
    // No conversation tab is active, so a quick pick asks which conversation.
    await page
      .getByRole('option', { name: new RegExp(TITLE) })
      .first()
      .waitFor();
    await page.keyboard.type('Priya');
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Print options' }).waitFor();
    await page.locator('.agenda-sheet h1', { hasText: TITLE }).waitFor();
    await page.getByRole('radio', { name: 'A4' }).check();

    const manager = join(outDir, 'manager.pdf');
    await page.pdf({ path: manager, preferCSSPageSize: true, printBackground: true });
    const managerText = pdfText(manager);
    expect(managerText).toContain(OUTCOME);
    for (const item of ['Goal', 'Reality', 'Options', 'Will']) expect(managerText).toContain(item);
    expect(managerText).toContain('What does staff level look like here?');
    expect(managerText).not.toContain('Zanzibar');
    expect(managerText).not.toContain('Quokka');
    expect(managerText).not.toContain(EVIDENCE[0]);
    expect(pageCount(manager)).toBeGreaterThanOrEqual(1);
    // The footer: the document title and the page number on every page.
    expect(managerText).toMatch(new RegExp(`${TITLE}[\\s\\S]*Page 1 of \\d`));
    expect(managerText).not.toContain('Print options');

    await page.getByRole('radio', { name: 'My copy' }).check();
    const mine = join(outDir, 'mine.pdf');
    await page.pdf({ path: mine, preferCSSPageSize: true, printBackground: true });
    const mineText = pdfText(mine);
    expect(mineText).toContain(OUTCOME);
    expect(mineText).toContain('Zanzibar');
    expect(mineText).toContain('Quokka');
    for (const title of EVIDENCE) expect(mineText).toContain(title);
    expect(pageCount(mine)).toBeGreaterThanOrEqual(1);

    // The paper size comes from the preview's choice, through the CSS page size.
    expect(execFileSync('pdfinfo', [manager], { encoding: 'utf8' })).toMatch(/Page size:.*\(A4\)/);
    await page.getByRole('radio', { name: 'Letter' }).check();
    const letter = join(outDir, 'letter.pdf');
    await page.pdf({ path: letter, preferCSSPageSize: true, printBackground: true });
    expect(execFileSync('pdfinfo', [letter], { encoding: 'utf8' })).toMatch(
      /Page size:.*\(letter\)/,
    );

    execFileSync('pdftoppm', ['-png', '-r', '60', manager, join(outDir, 'manager')]);
    execFileSync('pdftoppm', ['-png', '-r', '60', mine, join(outDir, 'mine')]);
    const pngs = readdirSync(outDir)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(pngs.some((f) => f.startsWith('manager'))).toBe(true);
    // Kept for a person to look at, when asked for (LADDER_KEEP_SCREENSHOTS=1).
    if (process.env.LADDER_KEEP_SCREENSHOTS) {
      const shots = join(PROJECT_ROOT, 'resources', 'screenshots');
      for (const copy of ['manager', 'mine']) {
        const first = pngs.find((f) => f.startsWith(`${copy}-`));
        if (first) copyFileSync(join(outDir, first), join(shots, `agenda-${copy}.png`));
        expect(existsSync(join(shots, `agenda-${copy}.png`))).toBe(true);
      }
    }
    expect(browser.pageErrors).toEqual([]);
  });

  it('puts the title and the page number in the footer of every page of a long agenda, and splits no item across pages', async () => {
    const title = 'Long planning session';
    const doc = await callApi<ConversationDoc>(app, 'conversations.create', {
      templateId: 'blank',
      title,
      expectedOutcome: 'A plan',
    });
    for (let i = 0; i < 40; i++) {
      const added = await callApi<ConversationDoc>(app, 'agenda.addItem', {
        conversationId: doc.conversation.id,
        title: `Topic ${i + 1}`,
        minutes: 5,
      });
      // Tall items, so page breaks fall near them: each point is marked with its item's number.
      const points = ['a', 'b', 'c', 'd'].map(
        (p) =>
          `Marker ${i + 1}${p}: a talking point long enough to take a line of its own on paper.`,
      );
      await callApi(app, 'agenda.updateItem', {
        id: added.items[i]!.id,
        talkingPoints: lexicalFromParagraphs(points),
      });
    }
    const { page } = browser;
    // With no conversation tab active, the command asks which conversation.
    await closeAllEditors(page);
    await runCommand(page, 'Conversation: Print Agenda...');
    await page
      .getByRole('option', { name: new RegExp(title) })
      .first()
      .waitFor();
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page
      .locator('.agenda-print-root .agenda-doc__item')
      .nth(39)
      .waitFor({ state: 'attached' });
    const file = join(outDir, 'long.pdf');
    await page.pdf({ path: file, preferCSSPageSize: true, printBackground: true });
    const pages = pageCount(file);
    expect(pages).toBeGreaterThanOrEqual(2);
    for (let n = 1; n <= pages; n++) {
      const text = execFileSync(
        'pdftotext',
        ['-layout', '-f', String(n), '-l', String(n), file, '-'],
        { encoding: 'utf8' },
      );
      expect(text).toMatch(new RegExp(`${title}\\s+Page ${n} of ${pages}`));
      // No item is split across pages: an item whose title is on this page has all its points here.
      for (const [, num] of text.matchAll(/Topic (\d+)\b/g)) {
        for (const p of ['a', 'b', 'c', 'd'])
          expect(text, `item ${num} on page ${n}`).toContain(`Marker ${num}${p}:`);
      }
    }
  });

  it('keeps the preview accessible in every theme, the warning included', async () => {
    const { page } = browser;
    await callApi(app, 'conversations.create', { templateId: 'blank', title: 'Quick sync' });
    // The first test left a preview open, and commands act on the active one: close it first.
    await closeAllEditors(page);
    await runCommand(page, 'Conversation: Print Agenda...');
    await page
      .getByRole('option', { name: /Quick sync/ })
      .first()
      .waitFor();
    await page.keyboard.type('Quick sync');
    await page.keyboard.press('Enter');
    await page.getByText('The expected outcome is empty', { exact: false }).waitFor();
    const problems: string[] = [];
    for (const [theme, label] of [
      ['light', 'Light'],
      ['dark', 'Dark'],
      ['high-contrast', 'High Contrast'],
    ] as const) {
      await runCommand(page, 'Preferences: Color Theme');
      await page.getByRole('option', { name: label, exact: true }).waitFor();
      await page.keyboard.type(label);
      await page.keyboard.press('Enter');
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe(theme);
      problems.push(...(await audit(page)));
    }
    expect([...new Set(problems)].join('\n')).toBe('');
  });
  it('scales the sheet to a narrow window so the whole width of the page shows, and back to full size when there is room', async () => {
    const { page } = browser;
    // The previous test left the Quick sync preview open and active.
    await page.locator('.agenda-sheet').waitFor();
    const before = page.viewportSize();
    const fit = () =>
      page.evaluate(() => {
        const canvas = document.querySelector<HTMLElement>('.agenda-print-canvas:not([hidden] *)')!;
        const sheet = canvas.querySelector<HTMLElement>('.agenda-sheet')!;
        const c = canvas.getBoundingClientRect();
        const r = sheet.getBoundingClientRect();
        return {
          overflows: canvas.scrollWidth > canvas.clientWidth,
          inside: r.left >= c.left && r.right <= c.right,
          zoom: getComputedStyle(sheet).zoom,
        };
      });
    try {
      await page.setViewportSize({ width: 900, height: 700 });
      await expect.poll(fit).toMatchObject({ overflows: false, inside: true });
      expect(Number((await fit()).zoom)).toBeLessThan(1);
      await page.setViewportSize({ width: 1600, height: 900 });
      await expect.poll(async () => (await fit()).zoom).toBe('1');
    } finally {
      if (before) await page.setViewportSize(before);
    }
  });
});
