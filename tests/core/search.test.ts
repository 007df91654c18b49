import { describe, expect, it } from 'vitest';
import { HIT_END, HIT_START } from '../../src-main/shared/domain';
import { body, testStore } from './helpers';

const S = HIT_START;
const E = HIT_END;

async function seed() {
  const t = testStore();
  const a = await t.call('journal.create', {
    kind: 'accomplishment',
    title: 'Shipped the billing migration',
    date: '2026-03-10',
    body: body('We accomplished the move of 40 clients to the new ledger in two weeks.'),
    fields: { impact: 'Invoices went out on time for the first quarter' },
    tags: ['billing', 'Q1'],
  });
  const b = await t.call('journal.create', {
    kind: 'praise',
    title: 'Note from the director',
    date: '2026-04-02',
    body: body(
      'She said my résumé of the incident was the clearest she had read, and mentioned billing briefly.',
    ),
    fields: { from: 'Inès Dupont', quote: 'Clear, calm and complete' },
    tags: ['incident'],
  });
  const c = await t.call('journal.create', {
    kind: 'reflection',
    title: 'Billing',
    date: '2026-05-20',
    body: body('A quiet week.'),
  });
  return { t, a, b, c };
}

describe('search', () => {
  it('matches substrings and prefixes, ignoring case and accents', async () => {
    const { t, a, b } = await seed();
    const ids = async (text: string) => (await t.call('search.query', { text })).map((h) => h.id);
    expect(await ids('accompl')).toEqual([a.id]);
    expect(await ids('ccomplish')).toEqual([a.id]);
    expect(await ids('LEDGER')).toEqual([a.id]);
    expect(await ids('resume')).toEqual([b.id]);
    expect(await ids('ines')).toEqual([b.id]);
    expect(await ids('Clear, calm')).toEqual([b.id]);
  });

  it('requires every word, ranks title hits first and marks matches without HTML', async () => {
    const { t, a, b, c } = await seed();
    const hits = await t.call('search.query', { text: 'billing' });
    expect(hits.map((h) => h.id)).toEqual([c.id, a.id, b.id]);
    expect(hits[0]?.titleHighlighted).toBe(`${S}Billing${E}`);
    const praise = hits.find((h) => h.id === b.id);
    expect(praise?.snippet).toContain(`${S}billing${E}`);
    expect(praise?.snippet).not.toMatch(/<[a-z]/i);
    expect((await t.call('search.query', { text: 'billing clients' })).map((h) => h.id)).toEqual([
      a.id,
    ]);
    expect(await t.call('search.query', { text: 'billing nowhere-to-be-found' })).toEqual([]);
  });

  it('takes a NUL in the query as a space, instead of failing in the index (found by the fuzzer)', async () => {
    const { t, c } = await seed();
    expect((await t.call('search.query', { text: '\u0000ﷺ\u202e' })).map((h) => h.id)).toEqual([]);
    expect((await t.call('search.query', { text: 'Billing\u0000' })).map((h) => h.id)[0]).toBe(
      c.id,
    );
  });

  it('finds field text and shows it in the snippet when the body has no match', async () => {
    const { t, a } = await seed();
    const hits = await t.call('search.query', { text: 'invoices' });
    expect(hits.map((h) => h.id)).toEqual([a.id]);
    expect(hits[0]?.snippet).toContain(`${S}Invoices${E}`);
    expect(hits[0]?.tags).toEqual(['billing', 'Q1']);
  });

  it('answers one- and two-character queries by scanning, with the same shape', async () => {
    const { t, a } = await seed();
    const hits = await t.call('search.query', { text: 'q1' });
    expect(hits.map((h) => h.id)).toEqual([a.id]);
    expect(Object.keys(hits[0] ?? {}).sort()).toEqual(
      ['date', 'id', 'kind', 'rank', 'snippet', 'tags', 'title', 'titleHighlighted'].sort(),
    );
    const forty = await t.call('search.query', { text: '40' });
    expect(forty.map((h) => h.id)).toEqual([a.id]);
    expect(forty[0]?.snippet).toContain(`${S}40${E}`);
    // A short term alongside a long one narrows the indexed match.
    expect((await t.call('search.query', { text: 'billing 40' })).map((h) => h.id)).toEqual([a.id]);
  });

  it('lists a title match before a body match for one- and two-character queries, whatever their dates', async () => {
    const t = testStore();
    // The body matches are newer, so the scan (newest first) meets them before the title matches.
    const inTitle = await t.call('journal.create', {
      kind: 'reflection',
      title: 'HR review',
      date: '2026-01-05',
      body: body('Notes to follow.'),
    });
    const inBody = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Quarterly planning',
      date: '2026-06-01',
      body: body('Asked HR about the new ladder.'),
    });
    const fiveInTitle = await t.call('journal.create', {
      kind: 'reflection',
      title: '5 goals for the year',
      date: '2026-01-06',
    });
    const fiveInBody = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Release week',
      date: '2026-06-02',
      body: body('Shipped in 5 days.'),
    });
    const ids = async (text: string) => (await t.call('search.query', { text })).map((h) => h.id);
    expect(await ids('hr')).toEqual([inTitle.id, inBody.id]);
    expect(await ids('5')).toEqual([fiveInTitle.id, fiveInBody.id]);
  });

  it('lists a title match first for two short words, and for an accented letter in either case', async () => {
    const t = testStore();
    const inTitle = await t.call('journal.create', {
      kind: 'reflection',
      title: 'HR 5 review',
      date: '2026-01-05',
    });
    const inBody = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Planning',
      date: '2026-06-01',
      body: body('Asked HR for an answer in 5 days.'),
    });
    // The title holds "é", the newer entry's body "É": the title match still comes first.
    const accentTitle = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Plans for été',
      date: '2026-01-07',
      body: body('ÉQUIPE offsite.'),
    });
    const accentBody = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Weekly',
      date: '2026-06-03',
      body: body('École visit.'),
    });
    const ids = async (text: string) => (await t.call('search.query', { text })).map((h) => h.id);
    expect(await ids('hr 5')).toEqual([inTitle.id, inBody.id]);
    expect(await ids('5 hr')).toEqual([inTitle.id, inBody.id]);
    const accented = await t.call('search.query', { text: 'É' });
    expect(accented.map((h) => h.id)).toEqual([accentTitle.id, accentBody.id]);
    expect(accented[0]?.titleHighlighted).toBe(`Plans for ${S}é${E}t${S}é${E}`);
  });

  it('takes % and _ in a short query as the characters themselves', async () => {
    const t = testStore();
    const percent = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Raise',
      body: body('A 5% raise.'),
    });
    await t.call('journal.create', { kind: 'reflection', title: 'Team', body: body('50 people.') });
    const underscore = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Config',
      body: body('Set a_b to true.'),
    });
    await t.call('journal.create', { kind: 'reflection', title: 'Letters', body: body('ab cd') });
    const ids = async (text: string) => (await t.call('search.query', { text })).map((h) => h.id);
    expect(await ids('5%')).toEqual([percent.id]);
    expect(await ids('a_')).toEqual([underscore.id]);
  });

  it('finds a three-letter word ignoring accents, as longer words are', async () => {
    const { t, b } = await seed();
    // "Inès" in a field: the index folds the accent, a plain scan would not.
    expect((await t.call('search.query', { text: 'ine' })).map((h) => h.id)).toEqual([b.id]);
  });

  it('keeps an old title match at the top of a short query even when newer body matches fill the list', async () => {
    const t = testStore();
    const title = await t.call('journal.create', {
      kind: 'reflection',
      title: 'HR review',
      date: '2025-01-05',
    });
    for (let i = 0; i < 12; i++) {
      await t.call('journal.create', {
        kind: 'reflection',
        title: `Week ${i + 1}`,
        date: `2026-02-${String(i + 10)}`,
        body: body('Met HR again.'),
      });
    }
    const hits = await t.call('search.query', { text: 'hr', limit: 5 });
    expect(hits).toHaveLength(5);
    expect(hits[0]?.id).toBe(title.id);
    expect(hits.slice(1).map((h) => h.title)).toEqual(['Week 12', 'Week 11', 'Week 10', 'Week 9']);
  });

  it('treats the query as text: punctuation and FTS syntax never error', async () => {
    const { t, a, b } = await seed();
    const d = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Old tool',
      date: '2026-05-21',
      body: body('Typed bill* into the old tool and it found nothing.'),
    });
    const ids = async (text: string) => (await t.call('search.query', { text })).map((h) => h.id);
    for (const text of ['', '   ', '!!!', '"', '***', '(', 'NEAR(', '-', '^', ':', '%_', '\\']) {
      expect(await t.call('search.query', { text })).toEqual([]);
    }
    // Operators are plain words that must appear too: NOT excludes nothing, it is the "Not" of "Note".
    expect(await ids('NOT billing')).toEqual([b.id]);
    // "OR" is a short word found by scanning: "for" and "director" hold it, the "Billing" reflection does not.
    expect((await ids('billing OR')).sort()).toEqual([a.id, b.id].sort());
    expect((await ids('OR')).sort()).toEqual([a.id, b.id].sort());
    // A star is a character, not a prefix wildcard: only the entry with "bill*" written in it.
    expect(await ids('bill*')).toEqual([d.id]);
    // Column filters and quotes are text nobody wrote.
    for (const text of ['title:billing', '"billing', 'a"b AND'])
      expect(await ids(text)).toEqual([]);
  });

  it('filters by kind, tag and date range', async () => {
    const { t, a, b, c } = await seed();
    const ids = async (args: Parameters<typeof t.call<'search.query'>>[1]) =>
      (await t.call('search.query', args)).map((h) => h.id).sort();
    expect(await ids({ text: 'billing', kinds: ['praise'] })).toEqual([b.id]);
    expect(await ids({ text: 'billing', tag: 'q1' })).toEqual([a.id]);
    expect(await ids({ text: 'billing', from: '2026-04-01', to: '2026-04-30' })).toEqual([b.id]);
    expect(await ids({ text: 'billing', from: '2026-04-01' })).toEqual([b.id, c.id].sort());
    expect(await ids({ text: 'bi', kinds: ['reflection'] })).toEqual([c.id]);
  });

  it('finds right-to-left, emoji and combining-mark titles and returns them intact', async () => {
    const t = testStore();
    const titles = [
      'مراجعة الأداء السنوية',
      'Launch party 🚀🎉 recap',
      'Cafe\u0301 talk with Zoë',
      'שיחת קריירה',
    ];
    const ids: string[] = [];
    for (const title of titles)
      ids.push((await t.call('journal.create', { kind: 'reflection', title })).id);
    const cases: [string, number][] = [
      ['الأداء', 0],
      ['🚀🎉', 1],
      ['Cafe\u0301', 2],
      ['talk', 2],
      ['קריירה', 3],
    ];
    for (const [text, index] of cases) {
      const hits = await t.call('search.query', { text });
      expect(hits.map((h) => h.id)).toEqual([ids[index]]);
      expect(hits[0]?.title).toBe(titles[index]);
      expect(hits[0]?.titleHighlighted.replaceAll(S, '').replaceAll(E, '')).toBe(titles[index]);
    }
  });

  it('keeps trashed entries out and follows every save', async () => {
    const { t, a } = await seed();
    await t.call('journal.trash', { id: a.id });
    expect(await t.call('search.query', { text: 'ledger' })).toEqual([]);
    expect(await t.call('search.query', { text: 'q1' })).toEqual([]);
    await t.call('journal.restore', { id: a.id });
    expect((await t.call('search.query', { text: 'ledger' })).map((h) => h.id)).toEqual([a.id]);
    await t.call('journal.save', {
      id: a.id,
      title: a.title,
      date: a.date,
      fields: a.fields,
      body: body('Rewritten without that word.'),
      tags: [],
    });
    expect(await t.call('search.query', { text: 'ledger' })).toEqual([]);
    expect((await t.call('search.query', { text: 'rewritten' })).map((h) => h.id)).toEqual([a.id]);
  });

  it('limits the number of hits', async () => {
    const t = testStore();
    for (let i = 0; i < 8; i++)
      await t.call('journal.create', { kind: 'reflection', title: `Standup note ${i}` });
    expect(await t.call('search.query', { text: 'standup', limit: 3 })).toHaveLength(3);
    expect(await t.call('search.query', { text: 'st', limit: 3 })).toHaveLength(3);
  });
});
