// What the search service's one ranked pass must keep right while it stops early: the limit (fewer
// hits, exactly as many), entries dropped by filters in the middle of the ranking, ties in rank, a
// hit standing for a long entry by a later piece (title from the first piece, snippet from its own),
// and statements kept per connection answering each filter shape, not the previous one.
import { describe, expect, it } from 'vitest';
import { paragraphs, rng } from '../../../bench/corpus';
import { HIT_END, HIT_START, type SearchHit } from '../../../src-main/shared/domain';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { body, testStore, type TestStore } from '../helpers';

const KINDS = ['accomplishment', 'reflection', 'praise'] as const;

/** 30 entries holding "lantern" more or less often (so ranked apart), kinds, tags and dates mixed. */
async function journal(): Promise<TestStore> {
  const t = testStore();
  for (let i = 0; i < 30; i++) {
    const often = 1 + ((i * 7) % 5);
    await t.call('journal.create', {
      kind: KINDS[i % 3] ?? 'reflection',
      title: i % 10 === 0 ? `Lantern ${i}` : `Day ${i}`,
      date: `2026-0${1 + (i % 6)}-1${i % 10}`,
      body: body(`${'lantern '.repeat(often)}and other words ${'filler '.repeat(i)} number ${i}`),
      tags: i % 4 === 0 ? ['lamp'] : [],
    });
  }
  return t;
}

const search = (
  t: TestStore,
  args: {
    text: string;
    limit?: number;
    kinds?: string[];
    tag?: string;
    from?: string;
    to?: string;
  },
) =>
  t.call('search.query', args as Parameters<TestStore['call']>[1] & { text: string }) as Promise<
    SearchHit[]
  >;

describe('search hits while the ranked pass stops at the limit', () => {
  it('gives the first hits of the whole ranking for any limit: fewer, exactly as many, more', async () => {
    const t = await journal();
    const all = await search(t, { text: 'lantern', limit: 500 });
    expect(all).toHaveLength(30);
    const ranks = all.map((h) => h.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    for (const limit of [1, 7, 29, 30, 31]) {
      const hits = await search(t, { text: 'lantern', limit });
      expect(hits, `limit ${limit}`).toEqual(all.slice(0, limit));
    }
  });

  it('keeps filtered entries in their ranked order when the best-ranked are filtered out', async () => {
    const t = await journal();
    const all = await search(t, { text: 'lantern', limit: 500 });
    // The best-ranked entries are of every kind: a filter drops some from the head of the ranking.
    expect(new Set(all.slice(0, 3).map((h) => h.kind)).size).toBeGreaterThan(1);
    const shapes = [
      { args: { kinds: ['praise'] }, keep: (h: SearchHit) => h.kind === 'praise' },
      { args: { tag: 'LAMP' }, keep: (h: SearchHit) => h.tags.includes('lamp') },
      {
        args: { from: '2026-03-01', to: '2026-04-30' },
        keep: (h: SearchHit) => h.date >= '2026-03-01' && h.date <= '2026-04-30',
      },
      {
        args: { kinds: ['praise', 'reflection'], tag: 'lamp' },
        keep: (h: SearchHit) => h.kind !== 'accomplishment' && h.tags.includes('lamp'),
      },
    ];
    // Twice over, alternating shapes on one connection: each shape answers its own filters.
    for (let round = 0; round < 2; round++)
      for (const { args, keep } of shapes) {
        const expected = all.filter(keep);
        expect(expected.length).toBeGreaterThan(1);
        expect(
          await search(t, { text: 'lantern', limit: 500, ...args }),
          JSON.stringify(args),
        ).toEqual(expected);
        expect(await search(t, { text: 'lantern', limit: 2, ...args })).toEqual(
          expected.slice(0, 2),
        );
        expect(await search(t, { text: 'lantern', limit: 500 })).toEqual(all);
      }
  });

  it('with a short term filtering the indexed ones, gives the ranked entries that hold it', async () => {
    const t = await journal();
    const all = await search(t, { text: 'lantern', limit: 500 });
    // Entry i holds its number in its title and text, and no other digit.
    const withNine = all.filter((h) => h.title.includes('9'));
    const hits = await search(t, { text: 'lantern 9', limit: 500 });
    expect(hits.map((h) => h.id)).toEqual(withNine.map((h) => h.id));
    expect(hits.length).toBeGreaterThan(1);
  });

  it('cuts ties in rank the same way at every limit', async () => {
    const t = testStore();
    for (let i = 0; i < 12; i++)
      await t.call('journal.create', {
        kind: 'reflection',
        title: 'Same',
        date: '2026-01-01',
        body: body('identical walrus text'),
      });
    const all = await search(t, { text: 'walrus', limit: 500 });
    expect(new Set(all.map((h) => h.rank)).size).toBe(1);
    expect(new Set(all.map((h) => h.id)).size).toBe(12);
    for (const limit of [1, 5, 11, 12])
      expect(await search(t, { text: 'walrus', limit })).toEqual(all.slice(0, limit));
  });

  it("stands for a long entry by its best piece, a later one: that piece's snippet, the first piece's title", async () => {
    const t = testStore();
    // Made first, so a lookup of the long entry's first piece that missed its row id would find it.
    await t.call('journal.create', {
      kind: 'reflection',
      title: 'Ferry to Zanzibar',
      date: '2026-01-01',
      body: body('Okapis were not on board.'),
    });
    const paras = paragraphs(rng(5), 10_000);
    const late = paras.length - 3;
    paras[late] = `Okapis grazing near Zanzibar. ${paras[late] ?? ''}`;
    const e = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Zanzibar diary',
      date: '2026-02-02',
      body: lexicalFromParagraphs(paras),
    });
    const seqs = t.store.db.prepare('SELECT count(*) FROM entry_chunks').pluck().get() as number;
    expect(seqs).toBeGreaterThan(10);
    const hits = await search(t, { text: 'okapis zanzibar' });
    const hit = hits.find((h) => h.id === e.id);
    expect(hits).toHaveLength(2);
    expect(hit?.titleHighlighted).toBe(`${HIT_START}Zanzibar${HIT_END} diary`);
    expect(hit?.snippet).toContain(
      `${HIT_START}Okapis${HIT_END} grazing near ${HIT_START}Zanzibar${HIT_END}`,
    );
  });

  it('finds and marks an entry whose terms are in different pieces, before another long entry', async () => {
    const t = testStore();
    const paras = paragraphs(rng(9), 10_000);
    paras[0] = `${paras[0] ?? ''} Zanzibar`;
    paras[paras.length - 1] = `Quokkas at dusk. ${paras.at(-1) ?? ''}`;
    const e = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Travel',
      date: '2026-02-02',
      body: lexicalFromParagraphs(paras),
    });
    // A later long entry: the spread entry's first piece (its row id, its seq) is the lowest searched.
    await t.call('journal.create', {
      kind: 'reflection',
      title: 'Other',
      date: '2026-02-03',
      body: lexicalFromParagraphs(paragraphs(rng(10), 10_000)),
    });
    const hits = await search(t, { text: 'quokkas zanzibar' });
    expect(hits.map((h) => h.id)).toEqual([e.id]);
    expect(hits[0]?.snippet).toContain(`${HIT_START}Quokkas${HIT_END} at dusk`);
    expect(hits[0]?.titleHighlighted).toBe('Travel');
  });
});
