// Kept revisions store body and plain text deflated (migration 11): history, restore and export
// read them back unchanged, and revisions written before (unpacked) still read as they were.
import { describe, expect, it } from 'vitest';
import { paragraphs, rng } from '../../../bench/corpus';
import { dumpAll } from '../../../src-main/core/data/dumpRepository';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { testStore } from '../helpers';

describe('packed revisions', () => {
  it('keep body and text deflated, read back unchanged in history, restore and export', async () => {
    const t = testStore();
    const first = lexicalFromParagraphs(paragraphs(rng(1), 300));
    const e = await t.call('journal.create', { kind: 'lesson', title: 'Packed', body: first });
    const saved = await t.call('journal.save', {
      id: e.id,
      title: 'Packed',
      date: e.date,
      fields: {},
      body: lexicalFromParagraphs(['Something else entirely.']),
      tags: [],
      session: 'next',
      seq: 1,
    });
    const row = t.store.db
      .prepare('SELECT body, text, length(packed) AS packed FROM revisions')
      .get() as { body: string; text: string; packed: number };
    expect(row.body).toBe('');
    expect(row.text).toBe('');
    // The Lexical JSON and its plain text together, in well under half their size.
    expect(row.packed).toBeLessThan((first.length + e.text.length) / 2);
    const [kept] = await t.call('journal.history', { id: e.id });
    const revision = await t.call('journal.revision', { revisionId: kept!.id });
    expect(revision.body).toBe(first);
    expect(revision.text).toBe(e.text);
    const exported = dumpAll(t.store.db).entries.find((x) => x.id === e.id);
    expect(exported?.revisions.map((r) => r.body)).toEqual([first]);
    const restored = await t.call('journal.restoreRevision', {
      id: e.id,
      revisionId: kept!.id,
    });
    expect(restored.body).toBe(first);
    expect(restored.version).toBe(saved.version + 1);
  });

  it('reads a revision written before packing as it was', async () => {
    const t = testStore();
    const e = await t.call('journal.create', { kind: 'lesson', title: 'Old' });
    const old = lexicalFromParagraphs(['An old kept state.']);
    t.store.db
      .prepare(
        "INSERT INTO revisions (entry_id, title, date, fields, body, text, tags, word_count, created_at) VALUES (?, 'Old', ?, '{}', ?, 'An old kept state.', '[]', 4, 1)",
      )
      .run(e.id, e.date, old);
    const [kept] = await t.call('journal.history', { id: e.id });
    const revision = await t.call('journal.revision', { revisionId: kept!.id });
    expect(revision.body).toBe(old);
    expect(revision.text).toBe('An old kept state.');
    expect(dumpAll(t.store.db).entries.find((x) => x.id === e.id)?.revisions[0]?.body).toBe(old);
  });
});
