import { describe, expect, it } from 'vitest';
import { ENTRY_KINDS } from '../../src-main/shared/journal/entryKinds';
import type { Entry } from '../../src-main/shared/domain';
import { body, expectCode, fingerprint, testStore, type TestStore } from './helpers';

function draft(
  entry: Entry,
  change: Partial<Pick<Entry, 'title' | 'date' | 'fields' | 'body' | 'tags'>> = {},
) {
  const { id, title, date, fields, body: b, tags } = entry;
  return { id, title, date, fields, body: b, tags, ...change };
}

async function save(
  t: TestStore,
  entry: Entry,
  change: Parameters<typeof draft>[1],
  checkpoint?: boolean,
) {
  return t.call('journal.save', {
    ...draft(entry, change),
    ...(checkpoint === undefined ? {} : { checkpoint }),
  });
}

describe('journal entries', () => {
  it('creates with defaults: empty title and body, today in local time, version 1', async () => {
    const t = testStore();
    const e = await t.call('journal.create', { kind: 'praise' });
    const d = new Date(t.clock.now());
    const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    expect(e).toMatchObject({
      kind: 'praise',
      title: '',
      date: today,
      fields: {},
      body: '',
      text: '',
      tags: [],
      version: 1,
      deletedAt: null,
    });
    expect(e.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await t.call('journal.get', { id: e.id })).toEqual(e);
  });

  it('refuses field keys the kind does not have, without storing anything', async () => {
    const t = testStore();
    const before = fingerprint(t.store.dbPath);
    const err = await expectCode(
      t.call('journal.create', { kind: 'learning', fields: { source: 'A book', impact: 'x' } }),
      'invalid-argument',
    );
    expect(err.message).toContain('impact');
    expect(fingerprint(t.store.dbPath)).toBe(before);
    const e = await t.call('journal.create', {
      kind: 'learning',
      fields: { skill: 'SQL', source: 'A book' },
    });
    expect(e.fields).toEqual({ source: 'A book', skill: 'SQL' });
    await expectCode(save(t, e, { fields: { quote: 'no' } }), 'invalid-argument');
  });

  it('derives plain text and word count on save and bumps the version', async () => {
    const t = testStore();
    const e = await t.call('journal.create', { kind: 'accomplishment' });
    const saved = await save(t, e, {
      title: 'Two words',
      fields: { impact: 'three more words' },
      body: body('Four words right here.', 'And five more words here.'),
      tags: ['growth', ' Growth ', 'team'],
    });
    expect(saved.text).toBe(
      'Four words right here.\n\nAnd five more words here.'.replace('\n\n', '\n'),
    );
    expect(saved.wordCount).toBe(2 + 3 + 4 + 5);
    expect(saved.tags).toEqual(['growth', 'team']);
    expect(saved.version).toBe(2);
    expect((await save(t, saved, {})).version).toBe(3);
  });

  it('refuses a body that is not editor content and leaves the store untouched', async () => {
    const t = testStore();
    const e = await t.call('journal.create', { kind: 'reflection', body: body('keep me') });
    const before = fingerprint(t.store.dbPath);
    for (const bad of [
      'not json',
      '{}',
      '[]',
      'null',
      '{"root":null}',
      '{"root":[]}',
      '{"root":"x"}',
      '42',
    ]) {
      await expectCode(save(t, e, { body: bad }), 'invalid-argument');
    }
    expect(fingerprint(t.store.dbPath)).toBe(before);
    expect((await save(t, e, { body: '' })).text).toBe('');
  });

  it('keeps only http, https and mailto links of a saved body: a javascript: link becomes its text', async () => {
    const t = testStore();
    const e = await t.call('journal.create', { kind: 'reflection' });
    const link = (url: string, text: string) => ({
      type: 'link',
      version: 1,
      url,
      children: [{ type: 'text', version: 1, text, format: 0 }],
    });
    const state = (children: unknown[]) =>
      JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children }] } });
    // The second spells "link" with a JSON escape, as a hostile client could.
    const hostile = state([
      link('javascript:alert(1)', 'click'),
      link('https://example.com', 'fine'),
    ]).replace('"type":"link"', '"type":"\\u006cink"');
    const saved = await save(t, e, { body: hostile });
    expect(saved.body).not.toContain('javascript:');
    expect(saved.body).toContain('"text":"click"');
    expect(saved.body).toContain('"url":"https://example.com"');
    expect((await t.call('journal.get', { id: e.id })).body).toBe(saved.body);
    const created = await t.call('journal.create', {
      kind: 'praise',
      body: state([link(' data:text/html,x', 'data')]),
    });
    expect(created.body).not.toContain('data:text');
    expect(created.text).toBe('data');
    // A body without unsafe links is kept byte for byte.
    const plain = state([link('mailto:sam@example.com', 'mail')]);
    expect((await save(t, saved, { body: plain })).body).toBe(plain);
  });

  it('lists live dated entries newest first, with filters, counts and tags', async () => {
    const t = testStore();
    const mk = async (kind: (typeof ENTRY_KINDS)[number], date: string, tags: string[] = []) => {
      t.clock.advance(1000);
      return t.call('journal.create', { kind, date, tags });
    };
    const a = await mk('praise', '2026-01-05', ['Team']);
    const b = await mk('lesson', '2026-02-10', ['team', 'ops']);
    const c = await mk('praise', '2026-02-10');
    const d = await mk('learning', '2026-03-01', ['ops']);
    await t.call('profile.get', { page: 'values' });
    const trashed = await mk('praise', '2026-03-02', ['team']);
    await t.call('journal.trash', { id: trashed.id });

    const ids = async (q: Parameters<typeof t.call<'journal.list'>>[1]) =>
      (await t.call('journal.list', q)).map((e) => e.id);
    expect(await ids({})).toEqual([d.id, c.id, b.id, a.id]);
    expect(await ids({ kinds: ['praise'] })).toEqual([c.id, a.id]);
    expect(await ids({ tag: 'TEAM' })).toEqual([b.id, a.id]);
    expect(await ids({ from: '2026-02-01', to: '2026-02-28' })).toEqual([c.id, b.id]);
    expect(await ids({ limit: 2 })).toEqual([d.id, c.id]);

    const counts = await t.call('journal.counts', {});
    expect(Object.keys(counts).sort()).toEqual([...ENTRY_KINDS].sort());
    expect(counts).toMatchObject({
      praise: 2,
      lesson: 1,
      learning: 1,
      accomplishment: 0,
      feedback: 0,
      reflection: 0,
    });
    // Trashed entries do not count; 'Team' and 'team' are one tag.
    expect(await t.call('journal.tags', {})).toEqual([
      { tag: 'ops', count: 2 },
      { tag: 'Team', count: 2 },
    ]);
  });

  it('treats tags differing only in accented capitals as one, in the tag list, the list and search', async () => {
    const t = testStore();
    const mk = async (title: string, tags: string[]) => {
      t.clock.advance(1000);
      return t.call('journal.create', { kind: 'lesson', title, date: '2026-06-01', tags });
    };
    const summer = await mk('Summer launch', ['été']);
    const autumn = await mk('Autumn launch', ['Été', 'Über']);
    const winter = await mk('Winter launch', ['über', 'ÜBER', 'Zeta']);
    expect((await t.call('journal.get', { id: winter.id })).tags).toEqual(['über', 'Zeta']);
    expect(await t.call('journal.tags', {})).toEqual([
      { tag: 'Été', count: 2 },
      { tag: 'Über', count: 2 },
      { tag: 'Zeta', count: 1 },
    ]);
    const listed = async (tag: string) =>
      (await t.call('journal.list', { tag })).map((e) => e.id).sort();
    expect(await listed('ÉTÉ')).toEqual([summer.id, autumn.id].sort());
    expect(await listed('über')).toEqual([autumn.id, winter.id].sort());
    const found = async (text: string, tag: string) =>
      (await t.call('search.query', { text, tag })).map((r) => r.id).sort();
    expect(await found('launch', 'été')).toEqual([summer.id, autumn.id].sort());
    expect(await found('la', 'Über')).toEqual([autumn.id, winter.id].sort());
  });

  it('answers not-found for ids that do not exist', async () => {
    const t = testStore();
    await expectCode(t.call('journal.get', { id: 'nope' }), 'not-found');
    await expectCode(
      t.call('journal.save', {
        id: 'nope',
        title: '',
        date: '2026-01-01',
        fields: {},
        body: '',
        tags: [],
      }),
      'not-found',
    );
    await expectCode(t.call('journal.history', { id: 'nope' }), 'not-found');
    await expectCode(t.call('journal.revision', { revisionId: 99 }), 'not-found');
    await expectCode(t.call('journal.trash', { id: 'nope' }), 'not-found');
  });
});

describe('profile pages', () => {
  it('are created once, lazily, keep their date and cannot be trashed', async () => {
    const t = testStore();
    const first = await t.call('profile.get', { page: 'mission' });
    expect(first.kind).toBe('mission');
    expect(first.title).not.toBe('');
    t.clock.advance(3 * 24 * 60 * 60_000);
    expect((await t.call('profile.get', { page: 'mission' })).id).toBe(first.id);
    const saved = await save(t, first, { date: '2020-01-01', body: body('To help people grow.') });
    expect(saved.date).toBe(first.date);
    await expectCode(save(t, first, { fields: { impact: 'x' } }), 'invalid-argument');
    await expectCode(t.call('journal.trash', { id: first.id }), 'invalid-argument');
    expect(await t.call('journal.list', {})).toEqual([]);
    expect((await t.call('search.query', { text: 'grow' })).map((h) => h.id)).toEqual([first.id]);
  });
});

describe('trash', () => {
  it('hides trashed entries, keeps their history, restores them and empties for good', async () => {
    const t = testStore();
    let a = await t.call('journal.create', { kind: 'lesson', title: 'Missed deadline' });
    a = await save(t, a, { body: body('what I learned') }, true);
    const b = await t.call('journal.create', { kind: 'lesson', title: 'Second' });
    await t.call('journal.trash', { id: a.id });

    expect((await t.call('journal.list', {})).map((e) => e.id)).toEqual([b.id]);
    expect((await t.call('journal.listTrash', {})).map((e) => e.id)).toEqual([a.id]);
    expect(await t.call('search.query', { text: 'missed' })).toEqual([]);
    expect((await t.call('journal.counts', {})).lesson).toBe(1);
    expect((await t.call('journal.get', { id: a.id })).deletedAt).toBe(t.clock.now());
    expect(await t.call('journal.history', { id: a.id })).toHaveLength(1);

    expect((await t.call('journal.restore', { id: a.id })).deletedAt).toBeNull();
    expect(await t.call('journal.listTrash', {})).toEqual([]);
    expect((await t.call('journal.list', {})).map((e) => e.id).sort()).toEqual([a.id, b.id].sort());

    await expectCode(t.call('journal.deleteForever', { id: b.id }), 'conflict');
    await t.call('journal.trash', { id: a.id });
    await t.call('journal.trash', { id: b.id });
    await t.call('journal.deleteForever', { id: b.id });
    await expectCode(t.call('journal.get', { id: b.id }), 'not-found');
    expect(await t.call('journal.emptyTrash', {})).toEqual({ removed: 1 });
    await expectCode(t.call('journal.history', { id: a.id }), 'not-found');
    expect(await t.call('journal.listTrash', {})).toEqual([]);
    expect(await t.call('search.query', { text: 'learned' })).toEqual([]);
  });
});

describe('save ordering within one editor session', () => {
  it('ignores a save that arrives after a newer one from the same session, and accepts other sessions', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'reflection' });
    const base = { id: entry.id, title: 'T', date: entry.date, fields: {}, tags: [] };
    await t.call('journal.save', {
      ...base,
      body: body('newest words'),
      session: 'page-1',
      seq: 2,
    });
    const stale = await t.call('journal.save', {
      ...base,
      body: body('older words'),
      session: 'page-1',
      seq: 1,
    });
    expect(stale.text).toBe('newest words');
    expect((await t.call('journal.get', { id: entry.id })).text).toBe('newest words');
    // A new page (another session) starts its own order, whatever its numbers.
    await t.call('journal.save', {
      ...base,
      body: body('after a reload'),
      session: 'page-2',
      seq: 1,
    });
    expect((await t.call('journal.get', { id: entry.id })).text).toBe('after a reload');
  });

  it('does not let a failed save block its own retry', async () => {
    const t = testStore();
    const entry = await t.call('journal.create', { kind: 'reflection' });
    const base = {
      id: entry.id,
      title: 'T',
      date: entry.date,
      fields: {},
      tags: [],
      body: body('x'),
    };
    // Passes the schema, fails in the service (not a Lexical document): nothing is applied.
    await expectCode(
      t.call('journal.save', { ...base, body: '{"not":"lexical"}', session: 's', seq: 5 }),
      'invalid-argument',
    );
    const ok = await t.call('journal.save', { ...base, session: 's', seq: 5 });
    expect(ok.text).toBe('x');
  });
});
