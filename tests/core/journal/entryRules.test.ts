// What the store keeps and refuses when an entry is created or saved: the reasons it gives, the
// list's filters, and entries found by search as soon as they exist. On real SQLite files.
import { describe, expect, it } from 'vitest';
import { packStoredBodies } from '../../../src-main/core/journal/entriesRepository.write';
import { tidyTags } from '../../../src-main/core/journal/entryRules';
import { body, expectCode, fingerprint, testStore } from '../helpers';

describe('entries as the store takes them', () => {
  it('names every unknown field it refuses, and says why a body is not editor content', async () => {
    const t = testStore();
    const unknown = await expectCode(
      t.call('journal.create', { kind: 'learning', fields: { mood: 'x', venue: 'y' } }),
      'invalid-argument',
    );
    expect(unknown.message).toBe('A learning entry has no field named mood, venue.');
    const e = await t.call('journal.create', { kind: 'reflection' });
    const save = (b: string) =>
      t.call('journal.save', { id: e.id, title: '', date: e.date, fields: {}, body: b, tags: [] });
    expect((await expectCode(save('{"root":'), 'invalid-argument')).message).toContain('not JSON');
    for (const noRoot of ['{}', '[]', '42', '"root"', 'null', '{"root":[]}', '{"root":null}']) {
      expect((await expectCode(save(noRoot), 'invalid-argument')).message).toContain(
        'no root node',
      );
    }
  });

  it('takes at most 20 fields at the door; the kind then names the ones it does not have', async () => {
    const t = testStore();
    const fields = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, 'x']));
    const before = fingerprint(t.store.dbPath);
    const tooMany = await expectCode(
      t.call('journal.create', { kind: 'praise', fields: fields(21) }),
      'invalid-argument',
    );
    expect(tooMany.message).toContain('too many fields');
    const twenty = await expectCode(
      t.call('journal.create', { kind: 'praise', fields: fields(20) }),
      'invalid-argument',
    );
    expect(twenty.message).toContain('has no field named f0');
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('lists every kind for an empty kinds filter, and either of two kinds asked for', async () => {
    const t = testStore();
    const praise = await t.call('journal.create', { kind: 'praise', date: '2026-03-01' });
    const lesson = await t.call('journal.create', { kind: 'lesson', date: '2026-02-01' });
    const learning = await t.call('journal.create', { kind: 'learning', date: '2026-01-01' });
    const ids = async (kinds: ('praise' | 'lesson')[]) =>
      (await t.call('journal.list', { kinds })).map((e) => e.id);
    expect(await ids([])).toEqual([praise.id, lesson.id, learning.id]);
    expect(await ids(['praise', 'lesson'])).toEqual([praise.id, lesson.id]);
    expect(
      (await t.call('journal.page', { kinds: ['lesson', 'praise'], offset: 0, limit: 10 })).map(
        (e) => e.id,
      ),
    ).toEqual([praise.id, lesson.id]);
  });

  it('finds a new entry in search at once, before any save', async () => {
    const t = testStore();
    const e = await t.call('journal.create', {
      kind: 'accomplishment',
      title: 'Quarterly roadmap',
      body: body('Shipped the billing migration.'),
    });
    expect((await t.call('search.query', { text: 'roadmap' })).map((h) => h.id)).toEqual([e.id]);
    expect((await t.call('search.query', { text: 'billing' })).map((h) => h.id)).toEqual([e.id]);
  });

  it('packs the bodies a journal from before migration 14 kept as text, batch by batch', async () => {
    const t = testStore();
    const texts = ['one', 'two', 'three', 'four', 'five'];
    const entries = [];
    for (const text of texts) {
      entries.push(await t.call('journal.create', { kind: 'reflection', body: body(text) }));
    }
    const db = t.store.db;
    // As such a journal stored them: the body as text, nothing packed.
    const unpack = db.prepare('UPDATE entries SET body = ?, body_packed = NULL WHERE id = ?');
    for (const e of entries) unpack.run(e.body, e.id);

    expect(packStoredBodies(db, 2)).toBe(5);
    const left = db
      .prepare("SELECT count(*) FROM entries WHERE body <> '' OR body_packed IS NULL")
      .pluck()
      .get();
    expect(left).toBe(0);
    for (const [i, e] of entries.entries()) {
      expect((await t.call('journal.get', { id: e.id })).body).toBe(body(texts[i]!));
    }
    expect(packStoredBodies(db, 2)).toBe(0);
  });

  it('keeps tags trimmed, once whatever their case, in their first spelling and order', () => {
    // What an import hands over is not trimmed by the channel's schema.
    expect(tidyTags([' Team ', 'ops', 'team', '', '   ', 'OPS', 'Growth'])).toEqual([
      'Team',
      'ops',
      'Growth',
    ]);
  });
});
