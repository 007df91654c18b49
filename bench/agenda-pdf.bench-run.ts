// Agenda to PDF: a conversation with 20 agenda items (talking points, questions, evidence) open in
// the print preview of the real app (browser mode, headless Chromium); each run prints the manager
// copy with page.pdf(), Chromium's own print path. Reported as a median, without a budget.
import { expect, it } from 'vitest';
import type { ConversationDoc } from '../src-main/shared/conversations';
import { lexicalFromParagraphs } from '../src-main/shared/plainText';
import { callApi, chromiumAvailable, ensureBuilt, launchBrowser, startApp, waitForWorkbench } from '../tests/e2e/harness';
import { percentile, row, writeResults } from './stats';

const ITEMS = 20;
const RUNS = 15;

it.skipIf(!chromiumAvailable())('agenda PDF benchmark', async () => {
  await ensureBuilt();
  const app = await startApp();
  const browser = await launchBrowser();
  try {
    const doc = await callApi<ConversationDoc>(app, 'conversations.create', {
      templateId: 'blank',
      title: 'Quarterly career conversation',
      personName: 'Sam Okafor',
      startsAt: '2027-04-06T14:00',
      durationMin: 120,
      expectedOutcome: 'Agree on the next two growth steps and who supports them',
    });
    const id = doc.conversation.id;
    const entries: string[] = [];
    for (let i = 0; i < 10; i++) {
      const entry = await callApi<{ id: string }>(app, 'journal.create', {
        kind: 'accomplishment',
        title: `Accomplishment ${i + 1}: shipped a piece of the platform`,
        fields: { impact: 'Fewer support tickets and a calmer on-call week' },
      });
      entries.push(entry.id);
    }
    for (const old of doc.items) await callApi(app, 'agenda.removeItem', { id: old.id });
    for (let i = 0; i < ITEMS; i++) {
      const added = await callApi<ConversationDoc>(app, 'agenda.addItem', { conversationId: id, title: `Topic ${i + 1}: scope, support and timing`, minutes: 5 });
      const item = added.items.at(-1)!;
      await callApi(app, 'agenda.updateItem', {
        id: item.id,
        talkingPoints: lexicalFromParagraphs([
          'What went well since we last spoke, with the evidence to show it.',
          'Where I would like more scope, and what support would help.',
        ]),
        questions: 'What would you need to see from me?\nWho else should I talk to?',
        privateNotes: 'Stay concrete; bring numbers.',
      });
      await callApi(app, 'agenda.linkEvidence', { itemId: item.id, entryId: entries[i % entries.length] });
    }

    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await page.keyboard.press('Control+Shift+P');
    await page.keyboard.type('Conversation: Print Agenda...');
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: /Quarterly career conversation/ }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.agenda-print-root .agenda-doc__item').nth(ITEMS - 1).waitFor({ state: 'attached' });

    // One unmeasured print warms Chromium's print path (fonts, layout caches).
    await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const samples: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      samples.push(performance.now() - start);
      bytes = pdf.length;
    }
    expect(bytes).toBeGreaterThan(1000);
    expect(browser.pageErrors).toEqual([]);
    const rows = [
      row(`manager copy to PDF, ${ITEMS} agenda items (median)`, percentile(samples, 50), 'ms'),
      row(`manager copy to PDF, ${ITEMS} agenda items (p95)`, percentile(samples, 95), 'ms'),
      row('manager copy PDF size', bytes / 1024, 'KiB'),
    ];
    const file = writeResults('agenda-pdf', rows);
    console.log(`agenda PDF benchmark → ${file}`);
    console.table(rows);
  } finally {
    await browser.close();
    await app.stop();
  }
});
