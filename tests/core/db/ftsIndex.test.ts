// The search index kept in step with each write (db/ftsIndex.ts): a save that changes only the
// title, the tags or the fields is searchable by the new value and no longer by the old; a long
// entry whose first piece changes length keeps every piece right; an entry removed for good leaves
// nothing behind. FTS5's integrity check compares every index row with the entries after each step.
import { describe, expect, it } from 'vitest';
import type { Db } from '../../../src-main/core/db/connection';
import { deleteEntries } from '../../../src-main/core/journal/entriesRepository.write';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { body, testStore, type TestStore } from '../helpers';

function integrity(db: Db): void {
  db.prepare("INSERT INTO entries_fts (entries_fts, rank) VALUES ('integrity-check', 1)").run();
}

const found = async (t: TestStore, text: string) =>
  (await t.call('search.query', { text })).map((h) => h.id);

describe('the search index after each write', () => {
  it('a save changing only the title, the tags or the fields finds the new value, not the old', async () => {
    const t = testStore();
    const text = body('We moved forty clients to the new ledger.');
    const e = await t.call('journal.create', {
      kind: 'accomplishment',
      title: 'Quarterly migration',
      date: '2026-03-10',
      body: text,
      fields: { impact: 'Invoices went out on time' },
      tags: ['ledger'],
    });
    // Each save changes one thing of the entry as it now is.
    const now = {
      title: 'Quarterly migration',
      fields: { impact: 'Invoices went out on time' },
      tags: ['ledger'],
    };
    const save = (change: Partial<typeof now>) => {
      Object.assign(now, change);
      return t.call('journal.save', { id: e.id, date: '2026-03-10', body: text, ...now });
    };

    await save({ title: 'Kangaroo rollout' });
    integrity(t.store.db);
    expect(await found(t, 'kangaroo')).toEqual([e.id]);
    expect(await found(t, 'quarterly')).toEqual([]);

    await save({ tags: ['platypus', 'wombat'] });
    integrity(t.store.db);
    expect(await found(t, 'platypus')).toEqual([e.id]);
    expect(await found(t, 'wombat')).toEqual([e.id]);
    expect(await found(t, 'ledger')).toEqual([e.id]); // still in the text

    await save({ fields: { impact: 'Echidna payments cleared' } });
    integrity(t.store.db);
    expect(await found(t, 'echidna')).toEqual([e.id]);
    expect(await found(t, 'invoices')).toEqual([]);
    expect(await found(t, 'kangaroo platypus')).toEqual([e.id]);
  });

  it("a long entry's first piece growing keeps every piece searchable and the index whole", async () => {
    const t = testStore();
    const paras = Array.from(
      { length: 60 },
      (_, i) => `Paragraph ${i} about the offsite, the roadmap and the team ${'plan '.repeat(30)}`,
    );
    paras[59] = `${paras[59] ?? ''} quokkas at the end`;
    const e = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Long notes',
      date: '2026-02-02',
      body: lexicalFromParagraphs(paras),
    });
    const pieces = t.store.db
      .prepare(
        'SELECT count(*) FROM entry_chunks c JOIN entries e ON e.seq = c.entry_seq WHERE e.id = ?',
      )
      .pluck();
    expect(pieces.get(e.id)).toBeGreaterThan(3);
    paras[0] = `Zanzibar first. ${paras[0] ?? ''}`;
    await t.call('journal.save', {
      id: e.id,
      title: 'Long notes',
      date: '2026-02-02',
      fields: {},
      tags: [],
      body: lexicalFromParagraphs(paras),
    });
    integrity(t.store.db);
    expect(await found(t, 'zanzibar')).toEqual([e.id]);
    const last = await t.call('search.query', { text: 'quokkas' });
    expect(last.map((h) => h.id)).toEqual([e.id]);
    expect(last[0]?.snippet).toContain('quokkas');
  });

  it('an entry removed for good leaves nothing in the index', async () => {
    const t = testStore();
    const gone = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Zanzibar offsite',
      body: body('Quokkas everywhere.'),
      tags: ['travel'],
    });
    const kept = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Kept',
      body: body('Quokkas too.'),
    });
    const seq = t.store.db
      .prepare('SELECT seq FROM entries WHERE id = ?')
      .pluck()
      .get(gone.id) as number;
    deleteEntries(t.store.db, [seq]);
    integrity(t.store.db);
    expect(await found(t, 'quokkas')).toEqual([kept.id]);
    const rows = t.store.db.prepare('SELECT count(*) FROM entries_fts_docsize').pluck().get();
    expect(rows).toBe(1);
  });
});
