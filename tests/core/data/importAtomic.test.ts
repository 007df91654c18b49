// An import writes its entries in short transactions so other requests get through; until its last
// transaction commits, a failure or a crash takes every one of them out again.
import { describe, expect, it } from 'vitest';
import { entryWriter } from '../../../src-main/core/data/entryLoadRepository';
import { EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import { closeStore, expectCode, testStore } from '../helpers';
import { exportDoc, syntheticEntries } from './dataHelpers';
import { richStore } from './richStore';

function ftsOk(t: ReturnType<typeof testStore>): void {
  t.store.db.prepare("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')").run();
}

describe('an import cut short', () => {
  it('takes out the entries of the slices already written when a later one fails (disk full)', async () => {
    const { t } = await richStore();
    const { doc } = await exportDoc(t);
    doc.entries = syntheticEntries(4000, 2000, t.clock.now());
    const target = testStore();
    const kept = await target.call('journal.create', { kind: 'lesson', title: 'Already here' });
    const pages = Number(target.store.db.pragma('page_count', { simple: true }));
    // Room for a few slices, not for all of it.
    target.store.db.pragma(`max_page_count = ${pages + 1500}`);
    let most = 0;
    const importing = expectCode(
      target.call('data.import', {
        files: [{ name: EXPORT_JSON_NAME, text: JSON.stringify(doc) }],
      }),
      'storage-full',
    );
    let done = false;
    void importing.then(() => (done = true));
    while (!done) {
      most = Math.max(most, (await target.call('journal.list', {})).length);
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await importing;
    target.store.db.pragma('max_page_count = 1073741823');
    // Slices were written and seen meanwhile, and all of them are gone again.
    expect(most).toBeGreaterThan(1);
    expect((await target.call('journal.list', {})).map((e) => e.id)).toEqual([kept.id]);
    expect(await target.call('search.query', { text: 'Paragraph' })).toEqual([]);
    expect(target.store.db.prepare('SELECT count(*) FROM import_pending').pluck().get()).toBe(0);
    ftsOk(target);
  }, 60_000);

  it('takes out, at the next start, the entries of an import a crash cut short', async () => {
    const t = testStore();
    const kept = await t.call('journal.create', { kind: 'lesson', title: 'Already here' });
    // As a crash would leave it: one slice committed, the last transaction never run.
    const write = entryWriter(t.store.db, 'crashed-run');
    t.store.db.transaction(() => {
      for (const entry of syntheticEntries(20, 200, t.clock.now()))
        write({ entry, text: 'Paragraph', wordCount: 1, revisions: [] });
    })();
    expect((await t.call('journal.list', {})).length).toBe(21);
    closeStore(t);
    const reopened = testStore(t.dataDir);
    expect((await reopened.call('journal.list', {})).map((e) => e.id)).toEqual([kept.id]);
    expect(await reopened.call('search.query', { text: 'Paragraph' })).toEqual([]);
    ftsOk(reopened);
  });
});
