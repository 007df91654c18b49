// What the writing half of an import stores and reports: settings already chosen here are kept and
// unknown ones left out, an entry twice in one import is written once, a profile page that has
// content here is not overwritten, and an import that fails says why and changes nothing.
import { describe, expect, it } from 'vitest';
import { EXPORT_JSON_NAME, type ExportEntry } from '../../../src-main/shared/data/exportFormat';
import { LadderError } from '../../../src-main/shared/errors';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { runImport } from '../../../src-main/core/data/importData';
import { prepareImport } from '../../../src-main/core/data/importPrepare';
import { body, expectCode, fingerprint, testStore, type TestStore } from '../helpers';
import { exportDoc, syntheticEntries } from './dataHelpers';

let exported: string | undefined;
/** A real export of an empty journal (made once), changed by `change`. */
async function exportWith(change: (doc: Record<string, unknown>) => void): Promise<string> {
  exported ??= (await exportDoc(testStore())).text;
  const doc = JSON.parse(exported) as Record<string, unknown>;
  change(doc);
  return JSON.stringify(doc);
}

const importJson = (t: TestStore, text: string) =>
  t.call('data.import', { files: [{ name: EXPORT_JSON_NAME, text }] });

describe('what an import writes', () => {
  it('keeps the settings already chosen here, and leaves out settings this Ladder does not know', async () => {
    const t = testStore();
    await t.call('settings.set', { theme: 'light' });
    const text = await exportWith((doc) => {
      doc.settings = { theme: 'dark', welcomeSeen: true, fontSize: 14, layout: 'wide' };
    });
    const report = await importJson(t, text);
    expect(report.imported.settings).toBe(1);
    expect(report.skipped).toEqual([
      {
        file: EXPORT_JSON_NAME,
        item: 'setting theme',
        reason: 'Kept the value already set in this Ladder.',
      },
      {
        file: EXPORT_JSON_NAME,
        item: 'setting fontSize',
        reason: 'This version of Ladder does not know that setting or its value.',
      },
      {
        file: EXPORT_JSON_NAME,
        item: 'setting layout',
        reason: 'This version of Ladder does not know that setting or its value.',
      },
    ]);
    expect(await t.call('settings.get', {})).toMatchObject({ theme: 'light', welcomeSeen: true });
    expect(await t.call('settings.get', {})).not.toHaveProperty('fontSize');
  });

  it('writes an entry that comes twice in one import once, and counts the second as already here', async () => {
    const t = testStore();
    const [one] = syntheticEntries(1, 50, t.clock.now());
    const text = await exportWith((doc) => {
      doc.entries = [one, one];
    });
    const report = await importJson(t, text);
    expect(report).toMatchObject({ alreadyHere: 1, skipped: [] });
    expect(report.imported.entries).toBe(1);
    expect((await t.call('journal.list', {})).map((e) => e.id)).toEqual([one?.id]);
  });

  it('leaves a profile page that has content here as it is, and says so', async () => {
    const t = testStore();
    const values = await t.call('profile.get', { page: 'values' });
    const { id, title, date, fields, tags } = values;
    await t.call('journal.save', { id, title, date, fields, tags, body: body('Honesty first.') });
    const theirs: ExportEntry = {
      id: 'their-values',
      kind: 'values',
      title: 'Values',
      date: '2026-01-01',
      fields: {},
      body: lexicalFromParagraphs(['Speed above all.']),
      tags: [],
      createdAt: 0,
      updatedAt: 0,
      deletedAt: null,
      version: 1,
      revisions: [],
    };
    const text = await exportWith((doc) => {
      doc.entries = [theirs];
    });
    const report = await importJson(t, text);
    expect(report.skipped).toEqual([
      {
        file: EXPORT_JSON_NAME,
        item: 'entry their-values',
        reason: 'Your journal already has this profile page with content.',
      },
    ]);
    expect(report.alreadyHere).toBe(0);
    expect(report.imported.entries).toBe(0);
    expect((await t.call('profile.get', { page: 'values' })).body).toContain('Honesty first.');
  });
});

describe('an import that fails', () => {
  it('on a full disk says so, and changes nothing', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Already here' });
    const text = await exportWith((doc) => {
      doc.entries = syntheticEntries(60, 3000, t.clock.now());
    });
    await t.store.indexMerged();
    const before = fingerprint(t.store.dbPath);
    t.store.db.pragma(
      `max_page_count = ${Number(t.store.db.pragma('page_count', { simple: true }))}`,
    );
    const error = await expectCode(importJson(t, text), 'storage-full');
    t.store.db.pragma('max_page_count = 1073741823');
    expect(error.message).toBe(
      'The disk is full, so nothing was imported. Your journal was not changed.',
    );
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('when the store cannot be written for another reason says so, not that the disk is full', async () => {
    const t = testStore();
    const text = await exportWith((doc) => {
      doc.entries = syntheticEntries(3, 200, t.clock.now());
    });
    const before = fingerprint(t.store.dbPath);
    t.store.db.pragma('query_only = 1');
    const error = await expectCode(importJson(t, text), 'storage-error');
    t.store.db.pragma('query_only = 0');
    expect(error.message).toBe(
      'The import could not be written, so nothing was imported. Your journal was not changed.',
    );
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('when its reading stops half-way keeps the reader’s reason and takes out what was written', async () => {
    const t = testStore();
    const text = await exportWith((doc) => {
      doc.entries = syntheticEntries(250, 100, t.clock.now());
    });
    await t.call('journal.create', { kind: 'lesson', title: 'Already here' });
    let entries = 0;
    const run = runImport({ db: t.store.db, now: t.clock.now }, 'run-1', (emit) =>
      prepareImport([{ name: EXPORT_JSON_NAME, text }], t.clock.now(), async (event) => {
        // After two batches have been written, the reader gives up with its own reason.
        if (event.kind === 'entry' && ++entries > 220)
          throw new LadderError('conflict', 'Ladder is closing.');
        await emit(event);
      }),
    );
    const error = await expectCode(run, 'conflict');
    expect(error.message).toBe('Ladder is closing.');
    expect((await t.call('journal.list', {})).map((e) => e.title)).toEqual(['Already here']);
    expect(await t.call('search.query', { text: 'Paragraph' })).toEqual([]);
    expect(await t.call('journal.tags', {})).toEqual([]);
  });
});
