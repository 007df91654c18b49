// Going back to an earlier version and the trash: what history and the trash keep, and what the
// person is told when a version or a move is refused. On real SQLite files.
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../src-main/shared/domain';
import { body, expectCode, fingerprint, testStore, type TestStore } from '../helpers';

function saver(t: TestStore, session: string) {
  let seq = 0;
  return (e: Entry, text: string) =>
    t.call('journal.save', {
      id: e.id,
      title: e.title,
      date: e.date,
      fields: e.fields,
      body: body(text),
      tags: e.tags,
      session,
      seq: ++seq,
    });
}

const texts = async (t: TestStore, id: string) =>
  Promise.all(
    (await t.call('journal.history', { id })).map(
      async (r) => (await t.call('journal.revision', { revisionId: r.id })).text,
    ),
  );

describe('going back to an earlier version', () => {
  it('adds no copy of the current state when the newest version already holds it', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection' });
    e = await saver(t, 'a')(e, 'We ship in March.');
    const b = saver(t, 'b');
    e = await b(e, 'We ship in April.');
    // Typed back in the same session: the newest version holds the current state again.
    e = await b(e, 'We ship in March.');
    const [version] = await t.call('journal.history', { id: e.id });
    expect(await texts(t, e.id)).toEqual(['We ship in March.']);
    const restored = await t.call('journal.restoreRevision', { id: e.id, revisionId: version!.id });
    expect(restored.text).toBe('We ship in March.');
    expect(await texts(t, e.id)).toEqual(['We ship in March.']);
  });

  it("refuses another entry's version or one that is gone, changing nothing", async () => {
    const t = testStore();
    let a = await t.call('journal.create', { kind: 'reflection' });
    a = await saver(t, 'a1')(a, 'Entry A, first words.');
    a = await saver(t, 'a2')(a, 'Entry A, second words.');
    const b = await t.call('journal.create', { kind: 'reflection', body: body('Entry B') });
    const [ofA] = await t.call('journal.history', { id: a.id });
    const before = fingerprint(t.store.dbPath);
    const other = await expectCode(
      t.call('journal.restoreRevision', { id: b.id, revisionId: ofA!.id }),
      'not-found',
    );
    expect(other.message).toBe('That version belongs to another entry.');
    const gone = await expectCode(
      t.call('journal.restoreRevision', { id: a.id, revisionId: ofA!.id + 100 }),
      'not-found',
    );
    expect(gone.message).toBe('That version of the entry no longer exists.');
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });
});

describe('the trash', () => {
  it('keeps the time an entry was first trashed when it is trashed again', async () => {
    const t = testStore();
    const e = await t.call('journal.create', { kind: 'lesson', title: 'Late' });
    await t.call('journal.trash', { id: e.id });
    const trashedAt = t.clock.now();
    t.clock.advance(60_000);
    await t.call('journal.trash', { id: e.id });
    expect((await t.call('journal.get', { id: e.id })).deletedAt).toBe(trashedAt);
  });

  it('says why a profile page cannot be trashed and a live entry cannot be deleted for good', async () => {
    const t = testStore();
    const page = await t.call('profile.get', { page: 'values' });
    const refused = await expectCode(t.call('journal.trash', { id: page.id }), 'invalid-argument');
    expect(refused.message).toBe(
      'Profile pages are kept current and cannot be moved to the trash.',
    );
    const e = await t.call('journal.create', { kind: 'lesson', title: 'Keep me' });
    const live = await expectCode(t.call('journal.deleteForever', { id: e.id }), 'conflict');
    expect(live.message).toBe('Move the entry to the trash before deleting it for good.');
    expect((await t.call('journal.get', { id: e.id })).title).toBe('Keep me');
  });
});
