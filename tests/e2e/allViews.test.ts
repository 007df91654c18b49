/// <reference lib="dom" />
// Every view and editor of the app, visited the way a person would in one browser-mode app with
// realistic data: nothing is fetched from anywhere but the app's own origin, no CSP violation, no
// page error, no WCAG A/AA violation (axe) in the light, dark and high-contrast themes; then each
// side-bar view reached and its first item opened with the keyboard alone, with visible focus.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it, onTestFailed, vi } from 'vitest';
import type { Page } from 'playwright-core';
import { lexicalFromParagraphs } from '../../src-main/shared/journal/plainText';
import type { Question } from '../../src-main/shared/questions/questionBank';
import type { RehearsalSession } from '../../src-main/shared/rehearsal/rehearsal';
import {
  callApi,
  describeE2E,
  type BrowserSession,
  type RunningApp,
  waitForWorkbench,
  runCommand,
  replaceSettingsAway,
  closeAllEditors,
} from './harness';
import { startAppAndBrowser } from './appSession';

const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);
const THEMES = ['light', 'dark', 'high-contrast'] as const;
const PERSON = 'Priya Raman';

interface ConversationDoc {
  conversation: { id: string };
  items: { id: string }[];
}

const ALL_RULES = { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
// Names, roles and structure do not change with the theme; colours do.
const COLOUR_RULES = { type: 'rule', values: ['color-contrast', 'link-in-text-block'] };

/** axe over the page, run through the DevTools protocol (no inline script: the CSP stays strict). */
async function axeRun(page: Page, runOnly: object): Promise<string[]> {
  const violations = (await page.evaluate(async (only) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return (await axe.run(document, { runOnly: only })).violations;
  }, runOnly)) as { id: string; nodes: { target: string[] }[] }[];
  return violations.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Every WCAG A/AA rule in the light theme, the colour rules in the dark and high-contrast ones. The
 * theme is swapped on the root element, exactly what the theme setting does to the page, so each view
 * is checked in all three without a reload that would lose its state.
 */
async function auditInEveryTheme(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const chosen = await page.evaluate(() => document.documentElement.dataset.theme ?? 'light');
  const problems: string[] = [];
  for (const theme of THEMES) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    problems.push(
      ...(await axeRun(page, theme === 'light' ? ALL_RULES : COLOUR_RULES)).map(
        (p) => `${theme}: ${p}`,
      ),
    );
  }
  await page.evaluate((t) => (document.documentElement.dataset.theme = t), chosen);
  return problems;
}

function isoDay(offsetDays: number): string {
  return new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** Realistic data through the API: every entry kind, the profile, two conversations with one person, a rehearsal. */
async function seed(
  app: RunningApp,
): Promise<{ entryId: string; conversationId: string; questionId: string }> {
  const kinds = [
    [
      'accomplishment',
      'Cut the month-end close by four days',
      { impact: 'Finance closes a week earlier' },
    ],
    ['praise', 'Thanks from the support lead', {}],
    ['feedback', 'Feedback after the design review', {}],
    ['lesson', 'Estimate with the people doing the work', {}],
    ['learning', 'Finished the SQL performance course', {}],
    ['reflection', 'What energised me this quarter', {}],
  ] as const;
  let entryId = '';
  for (const [i, [kind, title, fields]] of kinds.entries()) {
    const entry = await callApi<{ id: string }>(app, 'journal.create', {
      kind,
      title,
      date: isoDay(-10 * (i + 1)),
      fields,
      body: lexicalFromParagraphs([
        `Notes about ${title.toLowerCase()}, with the numbers that matter.`,
      ]),
      tags: ['q3', kind === 'accomplishment' ? 'billing' : 'team'],
    });
    if (i === 0) entryId = entry.id;
  }
  // A second save, so the entry has a history worth opening.
  const first = await callApi<{
    title: string;
    date: string;
    fields: Record<string, string>;
    body: string;
    tags: string[];
  }>(app, 'journal.get', { id: entryId });
  await callApi(app, 'journal.save', {
    id: entryId,
    title: first.title,
    date: first.date,
    fields: first.fields,
    body: lexicalFromParagraphs(['Rewritten with the final figures.']),
    tags: first.tags,
    checkpoint: true,
  });
  const trashed = await callApi<{ id: string }>(app, 'journal.create', {
    kind: 'lesson',
    title: 'An old draft for the Trash',
  });
  await callApi(app, 'journal.trash', { id: trashed.id });

  for (const page of ['values', 'mission', 'strengths'] as const) {
    const doc = await callApi<{
      id: string;
      title: string;
      date: string;
      fields: Record<string, string>;
      tags: string[];
    }>(app, 'profile.get', { page });
    await callApi(app, 'journal.save', {
      id: doc.id,
      title: doc.title,
      date: doc.date,
      fields: doc.fields,
      tags: doc.tags,
      body: lexicalFromParagraphs([`My ${page}, in a few honest sentences.`]),
    });
  }
  for (const [name, rating] of [
    ['SQL', 4],
    ['Facilitation', 3],
  ] as const) {
    const skill = await callApi<{ id: string }>(app, 'skills.add', { name });
    await callApi(app, 'skills.rate', {
      id: skill.id,
      rating,
      note: 'Rated after the last project',
    });
  }
  await callApi(app, 'goals.save', {
    horizon: 'short',
    text: 'Lead the next billing release',
    targetDate: isoDay(90),
    done: false,
  });
  await callApi(app, 'goals.save', {
    horizon: 'long',
    text: 'Staff engineer within two years',
    targetDate: null,
    done: false,
  });

  const held = await callApi<ConversationDoc>(app, 'conversations.create', {
    templateId: 'grow',
    title: `Quarterly check-in with ${PERSON}`,
    personName: PERSON,
    personRole: 'Engineering manager',
    startsAt: `${isoDay(-30)}T10:00`,
  });
  await callApi(app, 'agenda.linkEvidence', { itemId: held.items[0]!.id, entryId });
  await callApi(app, 'actions.add', {
    conversationId: held.conversation.id,
    text: 'Send the close-time numbers',
    owner: 'me',
    dueDate: isoDay(-5),
  });
  await callApi(app, 'actions.add', {
    conversationId: held.conversation.id,
    text: 'Find a staff-level sponsor',
    owner: 'them',
    dueDate: isoDay(20),
  });
  await callApi(app, 'conversations.markHeld', { id: held.conversation.id, heldOn: isoDay(-30) });

  const next = await callApi<ConversationDoc>(app, 'conversations.create', {
    templateId: 'blank',
    title: `Promotion talk with ${PERSON}`,
    personName: PERSON,
    startsAt: `${isoDay(7)}T14:00`,
    expectedOutcome: 'Agree on the promotion timeline',
  });
  const withItem = await callApi<ConversationDoc>(app, 'agenda.addItem', {
    conversationId: next.conversation.id,
    title: 'Scope of the staff role',
    minutes: 10,
  });
  const item = withItem.items.at(-1)!;
  await callApi(app, 'agenda.updateItem', {
    id: item.id,
    talkingPoints: lexicalFromParagraphs(['Owning billing end to end']),
    privateNotes: 'Mention the outside offer only if asked',
  });
  await callApi(app, 'agenda.linkEvidence', { itemId: item.id, entryId });
  await callApi(app, 'agenda.addItem', {
    conversationId: next.conversation.id,
    title: 'Timeline',
    minutes: 5,
  });
  const bank = await callApi<Question[]>(app, 'questions.list', {});
  await callApi(app, 'anticipated.add', {
    conversationId: next.conversation.id,
    question: 'Why now?',
    questionBankId: bank[0]!.id,
    preparedAnswer: lexicalFromParagraphs(['Because the billing work shows it.']),
  });
  await callApi(app, 'actions.add', {
    conversationId: next.conversation.id,
    text: 'Book a room',
    owner: 'me',
    dueDate: isoDay(3),
  });
  const mine = await callApi<Question>(app, 'questions.create', {
    text: 'What would make you doubt my readiness?',
    tip: 'Name one gap and its plan.',
    tags: ['promotion'],
  });

  const session = await callApi<RehearsalSession>(app, 'rehearsal.start', {
    conversationId: next.conversation.id,
    questionIds: [bank[0]!.id, mine.id],
    settings: {
      count: 2,
      timeBoxSec: 60,
      order: 'script',
      followUps: false,
      voice: false,
      seed: 7,
    },
  });
  for (const [position, q] of session.questions.entries()) {
    const now = Date.now();
    await callApi(app, 'rehearsal.record', {
      sessionId: session.id,
      position,
      questionId: q.id,
      answer: 'The billing release, with numbers.',
      startedAt: now - 40_000,
      endedAt: now,
      timeMs: 40_000,
      timedOut: false,
      revealed: true,
      grade: position === 0 ? 'good' : 'hard',
    });
  }
  await callApi(app, 'rehearsal.finish', { id: session.id });
  return { entryId, conversationId: next.conversation.id, questionId: mine.id };
}

describeE2E('every view', () => {
  vi.setConfig({ testTimeout: 120_000 });
  let app: RunningApp;
  let browser: BrowserSession;
  let page: Page;
  const cspViolations: string[] = [];
  const visited: string[] = [];
  const problems: string[] = [];
  let seeded: Awaited<ReturnType<typeof seed>>;

  /** One view checked: own-origin requests only, no CSP violation or page error so far, axe clean in every theme. */
  async function check(name: string): Promise<void> {
    visited.push(name);
    const foreign = browser.requests.filter((url) => !url.startsWith(`${app.origin}/`));
    expect(foreign, `requests off the app's origin by ${name}`).toEqual([]);
    expect(cspViolations, `CSP violations by ${name}`).toEqual([]);
    expect(browser.pageErrors, `page errors by ${name}`).toEqual([]);
    expect(browser.consoleErrors, `console errors by ${name}`).toEqual([]);
    problems.push(...(await auditInEveryTheme(page)).map((p) => `${name}: ${p}`));
  }

  startAppAndBrowser((started) => ({ app, browser } = started));

  beforeAll(async () => {
    page = browser.page;
    page.setDefaultTimeout(10_000);
    seeded = await seed(app);
    await page.exposeFunction('__reportCsp', (v: string) => cspViolations.push(v));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(
          `${e.violatedDirective} ${e.blockedURI}`,
        ),
      ),
    );
    page.on('console', (m) => {
      if (m.text().includes('Content Security Policy')) cspViolations.push(m.text());
    });
  });

  afterAll(async () => {
    console.log(`Views visited (${visited.length}):\n  ${visited.join('\n  ')}`);
  });

  it('visits every view and editor: own origin only, no CSP violation, no WCAG A/AA violation in any theme', async () => {
    onTestFailed(() =>
      page.screenshot({ path: join(tmpdir(), 'ladder-allViews-visit.png') }).then(() => undefined),
    );
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Welcome to Ladder' }).waitFor();
    await waitForWorkbench(page);
    await check('Welcome page (first start)');

    const activity = (name: string) =>
      page
        .getByRole('toolbar', { name: 'Views' })
        .getByRole('button', { name: new RegExp(`^${name}`) });
    const showView = async (name: string) => {
      const button = activity(name);
      if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
      await page.locator('.side-bar-title', { hasText: name }).waitFor();
    };

    await showView('Journal');
    await page
      .getByRole('option', { name: /Cut the month-end close/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Entry body' }).waitFor();
    await check('Journal view + an entry');
    // The editor's link dialog, with the message for an address it refuses.
    await page.getByRole('textbox', { name: 'Entry body' }).click();
    await page.keyboard.press('Control+A');
    await page.getByRole('button', { name: /^Link/ }).and(page.locator(':visible')).first().click();
    const link = page.getByRole('dialog', { name: 'Link' });
    await link.getByRole('textbox', { name: 'Link address' }).fill('not an address');
    await page.keyboard.press('Enter');
    await link.getByRole('alert').waitFor();
    await check('Link dialog (an address refused)');
    await page.keyboard.press('Escape');
    await link.waitFor({ state: 'detached' });

    await runCommand(page, 'Entry: Show History');
    await page
      .getByRole('tab', { name: /History/ })
      .first()
      .waitFor();
    await check('History of an entry');

    for (const [pageName, label] of [
      ['Values', 'Values'],
      ['Mission', 'Mission statement'],
      ['Strengths', 'Strengths and areas to develop'],
      ['Skills', 'Skills'],
      ['Goals', 'Goals'],
    ] as const) {
      await runCommand(page, 'Journal: Open Profile Page...');
      await page.getByRole('dialog', { name: 'Open a profile page' }).waitFor();
      await page.keyboard.type(pageName);
      await page.keyboard.press('Enter');
      const pane = page.getByRole('region', { name: label, exact: true });
      await pane.getByRole('textbox', { name: `${label} notes` }).waitFor();
      if (pageName === 'Skills')
        await pane.getByRole('textbox', { name: /colleagues would say about SQL/ }).waitFor();
      if (pageName === 'Goals') await pane.getByRole('textbox', { name: 'Goal' }).first().waitFor();
      await check(`Profile page: ${pageName}`);
    }

    await page.keyboard.press('Control+Shift+F');
    const query = page.getByRole('searchbox', { name: 'Search the journal' });
    await expect.poll(() => query.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('numbers');
    await page.getByRole('listbox', { name: 'Search results' }).locator('mark').first().waitFor();
    await check('Search (with results)');

    await showView('Conversations');
    await page
      .getByRole('listbox', { name: 'Conversations' })
      .getByRole('option', { name: /Promotion talk/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Conversation title' }).waitFor();
    // Scroll through every section, so lazily drawn parts are there for the checks.
    for (const section of await page.locator('[data-section]:visible').all())
      await section.scrollIntoViewIfNeeded();
    await check('Conversations view + a conversation pane');

    await runCommand(page, 'Conversation: Print Agenda...');
    await page.getByRole('group', { name: 'Print options' }).waitFor();
    await page.getByRole('radio', { name: 'My copy' }).check();
    await page
      .locator('.agenda-sheet')
      .getByText('Mention the outside offer', { exact: false })
      .waitFor();
    await check('Agenda print preview (my copy)');
    await page.getByRole('radio', { name: /manager/i }).check();
    await page
      .locator('.agenda-sheet')
      .getByText('Mention the outside offer', { exact: false })
      .waitFor({ state: 'detached' });
    await check("Agenda print preview (manager's copy)");
    await page
      .getByRole('listbox', { name: 'Conversations' })
      .getByRole('option', { name: /Quarterly check-in/ })
      .first()
      .click();
    await page
      .getByRole('textbox', { name: 'Conversation title' })
      .and(page.locator(':visible'))
      .waitFor();
    await expect
      .poll(() =>
        page
          .getByRole('textbox', { name: 'Conversation title' })
          .and(page.locator(':visible'))
          .inputValue(),
      )
      .toMatch(/Quarterly check-in/);
    for (const section of await page.locator('[data-section]:visible').all())
      await section.scrollIntoViewIfNeeded();
    await check('A held conversation (after the meeting, overdue action)');
    await runCommand(page, 'Conversation: Email Agenda...');
    const email = page.getByRole('alertdialog', { name: 'Email the agenda' });
    await email.waitFor();
    await check('Email the agenda (confirmation)');
    await page.keyboard.press('Escape');
    await email.waitFor({ state: 'detached' });

    await showView('Follow-ups');
    await page.getByText('Send the close-time numbers').first().waitFor();
    await check('Follow-ups view');

    await showView('Questions');
    const tree = page.getByRole('tree', { name: 'Question bank' });
    await tree.getByRole('treeitem').first().waitFor();
    await runCommand(page, 'Questions: Show Question Bank');
    await page.keyboard.type('doubt my readiness');
    await tree
      .getByRole('treeitem', { name: /doubt my readiness/ })
      .first()
      .click();
    await page.getByRole('textbox', { name: 'Question text' }).waitFor();
    await check('Questions view + the question editor');

    await showView('Rehearse');
    await page.locator('.side-bar-title', { hasText: 'Rehearse' }).waitFor();
    await check('Rehearse view');
    await runCommand(page, 'Rehearse: Show History');
    await page
      .getByRole('list', { name: 'Past rehearsals' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await check('Rehearsal history');
    await page
      .getByRole('list', { name: 'Past rehearsals' })
      .getByRole('listitem')
      .first()
      .getByRole('button')
      .first()
      .click();
    await page.getByRole('tab', { name: /Rehears/, selected: true }).waitFor();
    await check('A finished rehearsal session');

    await showView('Trash');
    await page.getByText('An old draft for the Trash').first().waitFor();
    await check('Trash view');
    await page.getByRole('button', { name: 'Empty Trash' }).click();
    const empty = page.getByRole('alertdialog', { name: 'Empty the Trash?' });
    await empty.waitFor();
    await check('Empty the Trash (confirmation)');
    await page.keyboard.press('Escape');
    await empty.waitFor({ state: 'detached' });

    await runCommand(page, 'Ladder: Import...');
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await check('Import tab');

    await runCommand(page, 'Ladder: Back Up Now');
    await page.getByText('Backup saved', { exact: false }).first().waitFor();
    await check('A notification (backup saved)');
    await runCommand(page, 'Ladder: Restore from Backup...');
    await page.getByRole('option', { name: /\d/ }).first().waitFor();
    await check('Restore from backup (the pick)');
    await page.keyboard.press('Escape');

    await runCommand(page, 'Help: Welcome');
    await page.getByRole('heading', { name: 'Welcome to Ladder' }).waitFor();
    await check('Welcome page (from the palette)');

    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('dialog').first().waitFor();
    await page.keyboard.type('Preferences: Color Theme');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'High Contrast', exact: true }).waitFor();
    await check('Settings: colour theme pick');
    await page.keyboard.type('Dark');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.documentElement.dataset.theme))
      .toBe('dark');

    await page.keyboard.press('Control+Shift+P');
    await page.getByRole('option').first().waitFor();
    await check('Command palette');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+P');
    await page.getByRole('combobox').first().waitFor();
    await page.keyboard.type('Cut the month');
    await page
      .getByRole('option', { name: /Cut the month-end close/ })
      .first()
      .waitFor();
    await check('Quick open');
    await page.keyboard.press('Escape');

    await runCommand(page, 'Rehearse: Start Rehearsal...');
    // The pick arrives with the rehearsal chunk: keys typed before it would go elsewhere.
    await page
      .getByRole('option', { name: /Promotion talk/ })
      .first()
      .waitFor();
    await check('Rehearse which conversation (the pick)');
    await page.keyboard.type('Promotion talk');
    await page.keyboard.press('Enter');
    await page.getByRole('spinbutton', { name: 'Number of questions' }).waitFor();
    await check('Rehearsal settings');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: /^Rehearsal:/ });
    await dialog.getByRole('textbox', { name: 'Your answer' }).waitFor();
    await page.keyboard.type('Because the billing release');
    await check('Rehearsal play-through (the question)');
    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('group', { name: /How did that go/ }).waitFor();
    await check('Rehearsal play-through (the review of an answer)');
    await page.keyboard.press('Escape');
    const leave = page.getByRole('alertdialog', { name: 'Leave this rehearsal?' });
    await leave.waitFor();
    await check('Rehearsal: leave confirmation');
    await leave.getByRole('button', { name: /Leave/ }).click();
    await dialog.waitFor({ state: 'detached' });
    await check('Back in the workbench after leaving the rehearsal');

    expect([...new Set(problems)].join('\n')).toBe('');
    // What the server logged over the whole visit holds none of the journal's words.
    for (const phrase of [
      'month-end close',
      'outside offer',
      'Rewritten with the final figures',
      'doubt my readiness',
      'Because the billing release',
      'Priya',
    ]) {
      expect(app.stderr(), `the server log holds "${phrase}"`).not.toContain(phrase);
    }
  });

  it('reaches each side-bar view and opens its first item with the keyboard alone, focus always visible', async () => {
    onTestFailed(() =>
      page
        .screenshot({ path: join(tmpdir(), 'ladder-allViews-keyboard.png') })
        .then(() => undefined),
    );
    await callApi(app, 'settings.set', {
      theme: 'light',
      layout: {
        sideBarVisible: true,
        sideBarWidth: 24,
        activeView: 'journal',
        openTabs: [],
        activeTab: null,
      },
    });
    await page.goto(app.url);
    await waitForWorkbench(page);
    const selectedTab = () =>
      page.getByRole('tablist', { name: 'Open editors' }).getByRole('tab', { selected: true });
    // What Tab reaches first in each view, the arrow keys' goal inside a tree, and what the view needs typed first.
    const views: { id: string; item: string; leaf?: string; type?: string; tab?: RegExp }[] = [
      { id: 'journal', item: '[role="option"]' },
      { id: 'search', item: '[role="option"]', type: 'numbers' },
      { id: 'conversations', item: '[role="option"]' },
      {
        id: 'questions',
        item: '[role="treeitem"]',
        leaf: '[role="treeitem"]:not([aria-expanded])',
        type: 'doubt my readiness',
      },
      { id: 'followups', item: '.followup__open' },
      { id: 'rehearsal', item: '.rehearsal-view__history button.ladder-link', tab: /Rehears/ },
      { id: 'trash', item: '.ladder-trash-row__title' },
    ];
    // A view added later without a row here fails this, so the keyboard walk keeps covering every view.
    const registered = await page
      .locator('.activity-button')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-view')));
    expect([...registered].sort()).toEqual(views.map((v) => v.id).sort());
    const focusShows = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return 'nothing focused';
        const style = getComputedStyle(el);
        const ring =
          (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
          style.boxShadow !== 'none';
        return ring ? 'visible' : `no ring on ${el.tagName}.${el.className}`;
      });
    const focusedMatches = (selector: string) =>
      page.evaluate(
        (sel) =>
          !!document.activeElement?.closest('.side-bar-view:not([hidden])') &&
          !!document.activeElement?.matches(sel),
        selector,
      );

    /**
     * Into the activity bar from wherever focus is: to the side bar by its key (View: Focus Side Bar), back one Tab stop,
     * then the arrow keys. An editor just opened may still move focus into itself as it loads, so a
     * walk that loses focus on the way starts again (three tries).
     */
    const reachActivityButton = async (id: string) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await page.keyboard.press('Control+0');
          await expect
            .poll(() => page.evaluate(() => !!document.activeElement?.closest('.side-bar')), {
              timeout: 3000,
            })
            .toBe(true);
          for (
            let i = 0;
            !(await page.evaluate(() => !!document.activeElement?.matches('.activity-button')));
            i++
          ) {
            if (i > 40) throw new Error(`Shift+Tab never reached the activity bar (for ${id})`);
            await page.keyboard.press('Shift+Tab');
          }
          const seen: string[] = [];
          for (
            let i = 0;
            !(await page.evaluate(
              (v) => document.activeElement?.getAttribute('data-view') === v,
              id,
            ));
            i++
          ) {
            if (i > 12)
              throw new Error(`Arrow keys never reached the ${id} button: ${seen.join(' > ')}`);
            await page.keyboard.press('ArrowDown');
            seen.push(
              await page.evaluate(
                () =>
                  document.activeElement?.getAttribute('data-view') ??
                  document.activeElement?.tagName ??
                  '',
              ),
            );
          }
          return;
        } catch (error) {
          if (attempt === 3) throw error;
        }
      }
    };

    for (const view of views) {
      // No editor open, so the tab that shows up next is the one Enter opened.
      await closeAllEditors(page);
      await reachActivityButton(view.id);
      let guard: number;
      expect(await focusShows(), `focus ring on the ${view.id} button`).toBe('visible');
      if (
        (await page
          .locator(`.activity-button[data-view="${view.id}"]`)
          .getAttribute('aria-pressed')) !== 'true'
      )
        await page.keyboard.press('Enter');
      await expect
        .poll(
          () =>
            page.locator(`.activity-button[data-view="${view.id}"]`).getAttribute('aria-pressed'),
          { message: `Enter shows the ${view.id} view` },
        )
        .toBe('true');
      if (view.type) {
        guard = 0;
        while (
          !(await page.evaluate(
            () =>
              !!document.activeElement?.matches(
                '.side-bar-view:not([hidden]) input[type="search"], .side-bar-view:not([hidden]) [role="searchbox"]',
              ),
          ))
        ) {
          if (++guard > 10) throw new Error(`Tab never reached the search box of ${view.id}`);
          await page.keyboard.press('Tab');
        }
        await page.keyboard.press('Control+A');
        await page.keyboard.type(view.type);
        await page.locator('.side-bar-view:not([hidden])').locator(view.item).first().waitFor();
      }
      await page.locator('.side-bar-view:not([hidden])').locator(view.item).first().waitFor();
      const path: string[] = [];
      guard = 0;
      while (!(await focusedMatches(view.item))) {
        if (++guard > 25)
          throw new Error(`Tab never reached the first item of ${view.id}: ${path.join(' > ')}`);
        await page.keyboard.press('Tab');
        path.push(
          await page.evaluate(
            () =>
              `${document.activeElement?.tagName}[${document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent?.slice(0, 30)}]`,
          ),
        );
        if (await page.evaluate(() => !!document.activeElement?.closest('.side-bar'))) {
          expect(await focusShows(), `focus ring in the ${view.id} view at ${path.at(-1)}`).toBe(
            'visible',
          );
        }
      }
      guard = 0;
      while (view.leaf && !(await focusedMatches(view.leaf))) {
        if (++guard > 10) throw new Error(`Arrow keys never reached an item of ${view.id}`);
        await page.keyboard.press('ArrowDown');
      }
      expect(await focusShows(), `focus ring on the first item of ${view.id}`).toBe('visible');
      const itemText = await page.evaluate(() =>
        (document.activeElement?.textContent ?? '').replace(/\s+/g, ' '),
      );
      await page.keyboard.press('Enter');
      // A new tab takes over; once its pane has read the item it carries the item's title (its start, as
      // long titles are shortened) or the view's own name for it. Until then it shows the item's id.
      const tabTitle = async () =>
        ((await selectedTab().count()) > 0 ? ((await selectedTab().textContent()) ?? '') : '')
          .replace(/\s+/g, ' ')
          .trim();
      const opened = (title: string) =>
        title !== '' && (view.tab ? view.tab.test(title) : itemText.includes(title.slice(0, 16)));
      await expect
        .poll(async () => opened(await tabTitle()), {
          message: `${view.id}: Enter on "${itemText}" opens it`,
        })
        .toBe(true);
      visited.push(`Keyboard: ${view.id} view, first item opened`);
    }
    expect(browser.pageErrors).toEqual([]);
    expect(browser.requests.filter((url) => !url.startsWith(`${app.origin}/`))).toEqual([]);
  });

  it('shows a focus ring on every control Tab reaches in each editor', async () => {
    onTestFailed(() =>
      page
        .screenshot({ path: join(tmpdir(), 'ladder-allViews-editors.png') })
        .then(() => undefined),
    );
    const sessions = await callApi<{ id: string }[]>(app, 'rehearsal.history', { all: true });
    const inputs = [
      { type: 'entry', id: seeded.entryId },
      { type: 'history', id: seeded.entryId },
      { type: 'profile', id: 'values' },
      { type: 'profile', id: 'skills' },
      { type: 'profile', id: 'goals' },
      { type: 'conversation', id: seeded.conversationId },
      { type: 'agenda-print', id: seeded.conversationId },
      { type: 'question', id: seeded.questionId },
      { type: 'rehearsal-session', id: sessions[0]!.id },
      { type: 'data.import', id: 'import' },
      { type: 'welcome', id: 'welcome' },
    ];
    await replaceSettingsAway(page, app, {
      theme: 'light',
      layout: {
        sideBarVisible: true,
        sideBarWidth: 24,
        activeView: 'journal',
        openTabs: inputs,
        activeTab: `${inputs[0]!.type}:${inputs[0]!.id}`,
      },
    });
    await page.goto(app.url);
    await waitForWorkbench(page);
    const tabs = page.getByRole('tablist', { name: 'Open editors' }).getByRole('tab');
    await expect.poll(() => tabs.count()).toBe(inputs.length);
    const missing: string[] = [];
    for (let i = 0; i < inputs.length; i++) {
      await tabs.nth(i).click();
      const pane = page.locator('.editor-pane:visible');
      await expect
        .poll(() =>
          pane.evaluate(
            (el) =>
              (el.textContent ?? '').trim() !== '' && !el.querySelector('.ladder-pane-message'),
          ),
        )
        .toBe(true);
      // From the tab into its pane, then on through the pane's controls (at most 80 stops).
      let inside = 0;
      for (let step = 0; step < 120 && inside < 80; step++) {
        await page.keyboard.press('Tab');
        const state = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el?.closest('.editor-pane')) return null;
          const style = getComputedStyle(el);
          const ring =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
            style.boxShadow !== 'none';
          return ring
            ? ''
            : `${el.tagName.toLowerCase()}[type=${el.getAttribute('type')}].${el.className} "${el.getAttribute('aria-label') ?? el.textContent?.slice(0, 30) ?? ''}"`;
        });
        if (state === null) {
          if (inside > 0) break;
          continue;
        }
        inside++;
        if (state) missing.push(`${inputs[i]!.type}: ${state}`);
      }
      visited.push(
        `Focus rings: ${inputs[i]!.type} editor${inputs[i]!.type === 'profile' ? ` (${inputs[i]!.id})` : ''}, ${inside} stops`,
      );
      // A finished rehearsal is a read-only report without controls.
      if (inputs[i]!.type !== 'rehearsal-session')
        expect(inside, `Tab reached nothing in the ${inputs[i]!.type} editor`).toBeGreaterThan(0);
    }
    expect([...new Set(missing)].join('\n')).toBe('');
    expect(browser.pageErrors).toEqual([]);
  });
});
