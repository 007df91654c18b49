// Importing entries (entryLoadRepository.ts): a profile page in the import meets the journal's own,
// and an import cut short leaves nothing of itself in the search index.
import { beforeAll, describe, expect, it } from 'vitest';
import { entryWriter } from '../../../src-main/core/data/entryLoadRepository';
import { EXPORT_JSON_NAME, type ExportDocument } from '../../../src-main/shared/data/exportFormat';
import { body, closeStore, testStore, type TestStore } from '../helpers';
import { exportDoc, syntheticEntries } from './dataHelpers';
import { richStore } from './richStore';

let rich: ExportDocument;

beforeAll(async () => {
  rich = (await exportDoc((await richStore()).t)).doc;
}, 120_000);

/** An export holding only the rich store's values page ("Honesty first."). */
function valuesOnly(): ExportDocument {
  const values = rich.entries.find((e) => e.kind === 'values');
  if (!values) throw new Error('the rich store changed');
  return {
    ...structuredClone(rich),
    entries: [structuredClone(values)],
    skills: [],
    goals: [],
    settings: {},
    conversations: [],
    templates: [],
    questions: { userQuestions: [], overlays: [], tags: [] },
    rehearsals: [],
    practice: { cards: [], log: [] },
  };
}

function importDoc(t: TestStore, doc: ExportDocument) {
  return t.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }] });
}

/** FTS5's own check that the index matches the entries it reads from. */
function indexSound(t: TestStore): void {
  t.store.db.prepare("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')").run();
}

async function writeValues(t: TestStore, paragraph: string, tags: string[] = []): Promise<string> {
  const page = await t.call('profile.get', { page: 'values' });
  await t.call('journal.save', {
    id: page.id,
    title: page.title,
    date: page.date,
    fields: {},
    body: paragraph === '' ? '' : body(paragraph),
    tags,
  });
  return page.id;
}

describe('importing a profile page', () => {
  it('takes the place of the journal’s page when that page was only opened, never written', async () => {
    const doc = valuesOnly();
    const imported = doc.entries[0]!;
    const t = testStore();
    // Opened and tagged, nothing written: the last entry made, so the imported page takes its place in the index.
    const opened = await writeValues(t, '', ['northstar']);
    expect(opened).not.toBe(imported.id);
    const report = await importDoc(t, doc);
    expect(report.skipped).toEqual([]);
    expect(report.imported.entries).toBe(1);
    const page = await t.call('profile.get', { page: 'values' });
    expect(page.id).toBe(imported.id);
    expect(page.body).toContain('Honesty first.');
    expect((await t.call('search.query', { text: 'Honesty' })).map((h) => h.id)).toEqual([
      imported.id,
    ]);
    // Nothing of the page that gave way is left in the index to find the imported one by.
    expect(await t.call('search.query', { text: 'northstar' })).toEqual([]);
    indexSound(t);
  });

  it('leaves out, and says why, a page the journal has already written; the journal’s page stays', async () => {
    const doc = valuesOnly();
    const imported = doc.entries[0]!;
    const t = testStore();
    const mine = await writeValues(t, 'Kindness above all.');
    const report = await importDoc(t, doc);
    expect(report.imported.entries).toBe(0);
    expect(report.skipped).toEqual([
      {
        file: EXPORT_JSON_NAME,
        item: `entry ${imported.id}`,
        reason: 'Your journal already has this profile page with content.',
      },
    ]);
    const page = await t.call('profile.get', { page: 'values' });
    expect(page.id).toBe(mine);
    expect(page.body).toContain('Kindness above all.');
    expect(await t.call('search.query', { text: 'Honesty' })).toEqual([]);
    indexSound(t);
  });
});

describe('an import cut short', () => {
  it('leaves no trace in the search index: its words find nothing written after it', async () => {
    const t = testStore();
    // As a crash would leave it: one slice committed, the last transaction never run.
    const write = entryWriter(t.store.db, 'crashed-run');
    t.store.db.transaction(() => {
      for (const entry of syntheticEntries(3, 200, t.clock.now()))
        write({ entry, text: `Zanzibar ${entry.title}`, wordCount: 2, revisions: [] });
    })();
    expect((await t.call('search.query', { text: 'Zanzibar' })).length).toBe(3);
    closeStore(t);
    const reopened = testStore(t.dataDir);
    // New entries take the places the crashed import's entries had.
    const later = await reopened.call('journal.create', { kind: 'lesson', title: 'Quiet week' });
    expect(await reopened.call('search.query', { text: 'Zanzibar' })).toEqual([]);
    expect((await reopened.call('search.query', { text: 'Quiet' })).map((h) => h.id)).toEqual([
      later.id,
    ]);
    indexSound(reopened);
  });
});
