// A lean backup's search index is left out and rebuilt before the journal is used (db/indexLeftOut.ts):
// after the rebuild a search finds the entries again; a whole index is left as it is.
import { describe, expect, it } from 'vitest';
import { LEAVE_INDEX_OUT, rebuildLeftOutIndex } from '../../../src-main/core/db/indexLeftOut';
import { body, testStore } from '../helpers';

describe('a left-out search index', () => {
  it('is rebuilt so a search finds the entries again; a whole one is not touched', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Trip',
      body: body('The offsite in zanzibar went well.'),
    });
    const search = async () =>
      (await t.call('search.query', { text: 'zanzibar' })).map((h) => h.id);
    expect(await search()).toEqual([entry.id]);
    // A whole index: nothing to do.
    const changes = () => t.store.db.prepare('SELECT total_changes()').pluck().get() as number;
    const before = changes();
    expect(rebuildLeftOutIndex(t.store.db)).toBe(false);
    expect(changes()).toBe(before);

    t.store.db.exec(LEAVE_INDEX_OUT); // as a lean backup holds it
    expect(await search()).toEqual([]);
    expect(rebuildLeftOutIndex(t.store.db)).toBe(true);
    expect(await search()).toEqual([entry.id]);
    expect(rebuildLeftOutIndex(t.store.db)).toBe(false);
  });
});
