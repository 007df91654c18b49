// Saves that arrive late or from an older version of an entry: which apply, which are ignored or
// refused, and what the person is told. On real SQLite files.
import { describe, expect, it } from 'vitest';
import { body, expectCode, fingerprint, testStore, type TestStore } from '../helpers';

async function reflection(t: TestStore) {
  const e = await t.call('journal.create', { kind: 'reflection' });
  return { id: e.id, title: 'T', date: e.date, fields: {}, tags: [] };
}

describe('journal saves arriving out of order', () => {
  it('ignores a save carrying the same number as one already applied from its page', async () => {
    const t = testStore();
    const base = await reflection(t);
    await t.call('journal.save', { ...base, body: body('first'), session: 'p', seq: 3 });
    const again = await t.call('journal.save', {
      ...base,
      body: body('not newer'),
      session: 'p',
      seq: 3,
    });
    expect(again.text).toBe('first');
    expect((await t.call('journal.get', { id: base.id })).text).toBe('first');
    await t.call('journal.save', { ...base, body: body('newer'), session: 'p', seq: 4 });
    expect((await t.call('journal.get', { id: base.id })).text).toBe('newer');
  });

  it("applies a page's saves based on a version it wrote itself, refuses another page's", async () => {
    const t = testStore();
    const base = await reflection(t);
    // One page sends two saves before the first one's answer: both name version 1.
    const one = { ...base, session: 'page-1', baseVersion: 1 };
    expect((await t.call('journal.save', { ...one, body: body('a'), seq: 1 })).version).toBe(2);
    const second = await t.call('journal.save', { ...one, body: body('a b'), seq: 2 });
    expect(second).toMatchObject({ version: 3, text: 'a b' });

    const before = fingerprint(t.store.dbPath);
    const other = await expectCode(
      t.call('journal.save', {
        ...base,
        body: body('from a stale tab'),
        session: 'page-2',
        seq: 1,
        baseVersion: 1,
      }),
      'conflict',
    );
    expect(other.message).toBe(
      'This entry was changed in another tab or window since this one loaded it, so this save was not applied.',
    );
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('tells why an entry cannot be read or saved once it is gone', async () => {
    const t = testStore();
    const base = await reflection(t);
    await t.call('journal.trash', { id: base.id });
    await t.call('journal.deleteForever', { id: base.id });
    const read = await expectCode(t.call('journal.get', { id: base.id }), 'not-found');
    expect(read.message).toBe('That journal entry no longer exists.');
    const saved = await expectCode(t.call('journal.save', { ...base, body: '' }), 'not-found');
    expect(saved.message).toBe('That journal entry no longer exists.');
  });
});
