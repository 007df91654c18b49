/// <reference lib="dom" />
// A meeting script as a person builds one: from the palette with the GROW template, evidence from the
// journal, a private note, a reload, reordering from the keyboard, then both copies printed to PDF
// and read back with pdftotext.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { expect, it, vi } from 'vitest';
import type { Page } from 'playwright-core';
import {
  callApi,
  describeE2E,
  pdfText,
  removeDir,
  tempDir,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
  runCommand,
} from './harness';
import { startAppAndBrowser } from './appSession';

/** Types into the open quick pick, then chooses the option whose name starts with the text. */
async function pick(page: Page, text: string): Promise<void> {
  // The picker's own box must have the focus: right after the palette closes, keys typed before the
  // picker opens land in the field the palette gave the focus back to.
  await expect
    .poll(() =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el instanceof HTMLInputElement && el.classList.contains('quick-input-box')
          ? el.value
          : null;
      }),
    )
    .toBe('');
  await page.keyboard.type(text);
  await page
    .getByRole('option', { name: new RegExp(`^${text}`) })
    .first()
    .click();
}

const HOSTILE_QUESTION = '<script>alert(1)</script> What would a stretch project need from me?';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

/** axe (WCAG 2.1 A/AA) over this feature's parts only: the view and the pane's own sections. */
async function auditConversationParts(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: object, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    const include = [
      '.ladder-conv-view',
      '[data-section="details"]',
      '[data-section="agenda"]',
      '[data-section="after"]',
    ].map((s) => [s]);
    const result = await axe.run(
      { include },
      { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } },
    );
    return result.violations;
  })) as { id: string; help: string; nodes: { target: string[] }[] }[];
  return violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

const itemTitles = (page: Page) =>
  page
    .getByRole('textbox', { name: /^Title of item/ })
    .evaluateAll((els) => els.map((el) => (el as HTMLInputElement).value));

describeE2E('conversations in browser mode', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;

  startAppAndBrowser((started) => ({ app, browser } = started));

  it('builds a GROW agenda with evidence and a private note that survive a reload, and reorders with Alt+Down', async () => {
    await callApi(app, 'settings.set', { welcomeSeen: true });
    await callApi(app, 'journal.create', {
      kind: 'accomplishment',
      title: 'Cut the build time in half',
      date: '2026-10-02',
      fields: { impact: 'Forty minutes back to every engineer each day' },
    });
    await callApi(app, 'journal.create', {
      kind: 'accomplishment',
      title: 'Led the billing migration',
      date: '2026-11-05',
      fields: { impact: 'No lost invoices during the switch' },
    });
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);

    await runCommand(page, 'Conversation: New from Template...');
    await pick(page, 'GROW');
    const name = page.getByRole('textbox', { name: 'With whom (name)' });
    await expect.poll(() => name.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Dana Whitfield');
    await page.keyboard.press('Enter');

    const title = page.getByRole('textbox', { name: 'Conversation title' });
    await title.waitFor();
    await expect.poll(() => title.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await title.inputValue()).toBe('Career conversation with Dana Whitfield');
    // The side bar shows the Conversations view, with the new one listed under its person.
    await page
      .getByRole('complementary', { name: 'Conversations' })
      .getByText('With Dana Whitfield', { exact: false })
      .first()
      .waitFor();
    await expect.poll(() => itemTitles(page)).toEqual(['Goal', 'Reality', 'Options', 'Will']);

    // Evidence goes to the item last worked in.
    await page.getByRole('textbox', { name: 'Title of item 2' }).click();
    await runCommand(page, 'Conversation: Add Evidence...');
    await pick(page, 'Cut the build');
    await page.getByRole('textbox', { name: 'Title of item 2' }).click();
    await runCommand(page, 'Conversation: Add Evidence...');
    await pick(page, 'Led the billing');
    const evidence = page.getByRole('list', { name: 'Evidence for item 2' });
    await expect.poll(() => evidence.getByRole('listitem').count()).toBe(2);
    expect(await evidence.textContent()).toContain('Forty minutes back to every engineer each day');

    await page
      .getByRole('textbox', { name: "Private notes for item 1, never in the manager's copy" })
      .click();
    await page.keyboard.type('Ask about the staff role only if the mood is good');
    // Markup typed as a question to ask must print as the text it is.
    await page.getByRole('textbox', { name: 'Questions I want to ask, item 3' }).click();
    await page.keyboard.type(HOSTILE_QUESTION);
    await page.getByRole('textbox', { name: 'Expected outcome' }).click();
    await page.keyboard.type('Agree on one stretch project for next quarter');
    await page.getByRole('status').filter({ hasText: 'Saved' }).first().waitFor();

    await page.reload();
    await waitForWorkbench(page);
    // The restored layout may already show the view; the activity button would toggle it shut.
    await runCommand(page, 'Conversation: Show Conversations');
    await page.getByRole('listbox', { name: 'Conversations' }).getByRole('option').first().click();
    const note = page.getByRole('textbox', {
      name: "Private notes for item 1, never in the manager's copy",
    });
    await note.waitFor();
    expect(await note.inputValue()).toBe('Ask about the staff role only if the mood is good');
    expect(await page.getByRole('textbox', { name: 'Expected outcome' }).inputValue()).toBe(
      'Agree on one stretch project for next quarter',
    );
    await expect
      .poll(() =>
        page.getByRole('list', { name: 'Evidence for item 2' }).getByRole('listitem').count(),
      )
      .toBe(2);

    const goal = page.getByRole('textbox', { name: 'Title of item 1' });
    await goal.focus();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => itemTitles(page)).toEqual(['Reality', 'Goal', 'Options', 'Will']);
    const focused = await page.evaluate(
      () => (document.activeElement as HTMLInputElement | null)?.value,
    );
    expect(focused).toBe('Goal');
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'moved to position 2 of 4' }).count())
      .toBe(1);

    const lists = await callApi<{ upcoming: { id: string }[] }>(app, 'conversations.list', {});
    await expect
      .poll(async () =>
        (
          await callApi<{ items: { title: string }[] }>(app, 'conversations.get', {
            id: lists.upcoming[0]!.id,
          })
        ).items.map((i) => i.title),
      )
      .toEqual(['Reality', 'Goal', 'Options', 'Will']);

    // The open conversation prints without asking which; the manager copy leaves the note out.
    await runCommand(page, 'Conversation: Print Agenda...');
    await page.getByRole('group', { name: 'Print options' }).waitFor();
    await page
      .locator('.agenda-sheet h1', { hasText: 'Career conversation with Dana Whitfield' })
      .waitFor();
    const dir = tempDir('ladder-conv-print-');
    try {
      const manager = join(dir, 'manager.pdf');
      await page.pdf({ path: manager, preferCSSPageSize: true, printBackground: true });
      const managerText = pdfText(manager);
      expect(managerText).toContain('Agree on one stretch project for next quarter');
      expect(managerText).toMatch(/Reality[\s\S]*Goal[\s\S]*Options[\s\S]*Will/);
      expect(managerText).toContain(HOSTILE_QUESTION);
      expect(managerText).not.toContain('staff role only if the mood');
      expect(managerText).not.toContain('Cut the build time in half');

      await page.getByRole('radio', { name: 'My copy' }).check();
      const mine = join(dir, 'mine.pdf');
      await page.pdf({ path: mine, preferCSSPageSize: true, printBackground: true });
      const mineText = pdfText(mine);
      expect(mineText).toContain('Ask about the staff role only if the mood is good');
      expect(mineText).toContain('Cut the build time in half');
      expect(mineText).toContain('Led the billing migration');
    } finally {
      removeDir(dir);
    }

    // After the meeting: notes, what was agreed, a follow-up date, then Mark as Held from the palette.
    // The notes are typed at once after the click that turns their preview into the editor.
    await page.keyboard.press('Control+w');
    const agreed = page.getByRole('textbox', { name: 'What was agreed' });
    await agreed.waitFor();
    await page.getByRole('textbox', { name: 'Meeting notes' }).click();
    await page.keyboard.type('Dana suggested the platform team');
    await agreed.click();
    await page.keyboard.type('A stretch project on the platform team from January');
    await page.getByLabel('Follow-up date').filter({ visible: true }).fill('2027-02-01');
    await runCommand(page, 'Conversation: Mark as Held');
    await page
      .getByText(/^\s*Held on/)
      .first()
      .waitFor();
    const id = lists.upcoming[0]!.id;
    await expect
      .poll(async () => {
        const doc = await callApi<{
          conversation: {
            status: string;
            agreed: string;
            followUpDate: string | null;
            notes: string;
          };
        }>(app, 'conversations.get', { id });
        return [
          doc.conversation.status,
          doc.conversation.agreed,
          doc.conversation.followUpDate,
          doc.conversation.notes.includes('platform team'),
        ];
      })
      .toEqual(['held', 'A stretch project on the platform team from January', '2027-02-01', true]);
    expect(browser.pageErrors).toEqual([]);
  });

  for (const theme of ['light', 'dark', 'high-contrast'] as const) {
    it(`the view and the pane have no WCAG A/AA violations in the ${theme} theme`, async () => {
      const entry = await callApi<{ id: string }>(app, 'journal.create', {
        kind: 'praise',
        title: 'Thanks from support',
      });
      const doc = await callApi<{ conversation: { id: string }; items: { id: string }[] }>(
        app,
        'conversations.create',
        {
          templateId: 'five-as',
          personName: 'Ravi',
          startsAt: '2026-12-03T14:00',
        },
      );
      await callApi(app, 'agenda.linkEvidence', { itemId: doc.items[0]!.id, entryId: entry.id });
      const gone = await callApi<{ id: string }>(app, 'journal.create', {
        kind: 'lesson',
        title: 'Soon in the Trash',
      });
      await callApi(app, 'agenda.linkEvidence', { itemId: doc.items[0]!.id, entryId: gone.id });
      await callApi(app, 'journal.trash', { id: gone.id });
      const key = `conversation:${doc.conversation.id}`;
      await callApi(app, 'settings.set', {
        theme,
        welcomeSeen: true,
        layout: {
          sideBarVisible: true,
          sideBarWidth: 24,
          activeView: 'conversations',
          openTabs: [{ type: 'conversation', id: doc.conversation.id }],
          activeTab: key,
        },
      });
      const { page } = browser;
      await page.goto(app.url);
      await waitForWorkbench(page);
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
        .toBe(theme);
      await page.getByRole('list', { name: 'Evidence for item 1' }).waitFor();
      await page.getByRole('button', { name: 'Mark as held' }).waitFor();
      const problems = await auditConversationParts(page);
      if (problems.length > 0) console.log(problems.join('\n'));
      expect(problems.join('\n')).toBe('');
    });
  }
});
