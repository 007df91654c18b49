// The export as a job the user starts: the file it is saved under, a later export that reads the
// journal afresh, a journal it cannot read (reported, and not stuck), and a store that closes while
// it runs (the journal is not handed over after the close).
import { renameSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { body, closeStore, expectCode, fakeClock, testStore } from '../helpers';
import { exportDoc } from './dataHelpers';

describe('the export job', () => {
  it('names the zip by the local calendar day, month and day in two digits', async () => {
    const t = testStore(undefined, fakeClock(new Date(2026, 0, 5, 12, 0).getTime()));
    expect((await t.call('data.export', {})).fileName).toBe('ladder-export-2026-01-05.zip');
    // Late on the last day of the year, local time: still that day.
    t.clock.advance(new Date(2026, 11, 31, 23, 50).getTime() - t.clock.now());
    expect((await t.call('data.export', {})).fileName).toBe('ladder-export-2026-12-31.zip');
  });

  it('reads the journal afresh for an export asked for after the last one finished', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Before' });
    const first = await exportDoc(t);
    expect(first.doc.entries.map((e) => e.title)).toEqual(['Before']);
    t.clock.advance(60_000);
    await t.call('journal.create', { kind: 'lesson', title: 'After' });
    const second = await exportDoc(t);
    expect(second.doc.entries.map((e) => e.title)).toEqual(['Before', 'After']);
    expect(second.doc.exportedAt).toBe(new Date(t.clock.now()).toISOString());
  });

  it('reports a damaged entry as an error, then exports again once it is repaired', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', {
      kind: 'lesson',
      title: 'Damaged',
      body: body('A body long enough to be stored deflated.'),
    });
    const raw = new Database(t.store.dbPath);
    const saved = raw.prepare('SELECT body_packed FROM entries WHERE id = ?').pluck().get(entry.id);
    raw
      .prepare('UPDATE entries SET body_packed = ? WHERE id = ?')
      .run(Buffer.from([1, 2, 3]), entry.id);
    const error = await expectCode(t.call('data.export', {}), 'internal');
    expect(error.message).toBe('Something went wrong inside Ladder. Nothing was changed.');
    // The failed export is over: the next one reads the repaired journal, not the failure again.
    raw.prepare('UPDATE entries SET body_packed = ? WHERE id = ?').run(saved, entry.id);
    raw.close();
    const { doc } = await exportDoc(t);
    expect(doc.entries.map((e) => e.title)).toEqual(['Damaged']);
  });

  it("says what the journal's file reported when the export cannot open it", async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Kept' });
    // The app keeps its open file; the export opens the journal by its name, now gone.
    renameSync(t.store.dbPath, `${t.store.dbPath}.away`);
    try {
      const error = await expectCode(t.call('data.export', {}), 'storage-error');
      expect(error.message).toBe(
        "The journal's data file reported a problem (SQLITE_CANTOPEN). Nothing was changed.",
      );
    } finally {
      renameSync(`${t.store.dbPath}.away`, t.store.dbPath);
    }
  });

  it('hands over nothing when the store closes while the export runs', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Private' });
    const exporting = t.call('data.export', {});
    closeStore(t);
    const error = await expectCode(exporting, 'storage-error');
    expect(error.message).toBe('The work stopped before it was done. Nothing was changed.');
  });

  it('refuses an export asked for once the store has closed', async () => {
    const t = testStore();
    await t.call('journal.create', { kind: 'lesson', title: 'Private' });
    closeStore(t);
    const error = await expectCode(t.call('data.export', {}), 'conflict');
    expect(error.message).toBe('Ladder is closing.');
  });
});
