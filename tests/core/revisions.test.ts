// What history keeps: the state a save replaces, on a new editing session, a rewrite, or after a
// long stretch of writing; nothing per keystroke save. On real SQLite files with a movable clock.
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../src-main/shared/domain';
import { KEEP_EVERY_MS, isRewrite, wordsLost } from '../../src-main/core/journal/revisionRules';
import { body, expectCode, testStore, type TestStore } from './helpers';

const MINUTE = 60_000;

type Change = Partial<Pick<Entry, 'title' | 'fields' | 'body' | 'tags'>>;

/** One editor session, as the renderer's autosave sends it: a session id and rising sequence numbers. */
function session(t: TestStore, name: string) {
  let seq = 0;
  return async (entry: Entry, change: Change): Promise<Entry> => {
    const { id, title, date, fields, body: b, tags } = entry;
    return t.call('journal.save', {
      id,
      title,
      date,
      fields,
      body: b,
      tags,
      ...change,
      session: name,
      seq: ++seq,
    });
  };
}

function draftOf({ id, title, date, fields, body: b, tags }: Entry) {
  return { id, title, date, fields, body: b, tags };
}

async function versions(t: TestStore, id: string) {
  const list = await t.call('journal.history', { id });
  return Promise.all(list.map((r) => t.call('journal.revision', { revisionId: r.id })));
}

const ORIGINAL = 'We agreed the migration ships in March with three engineers and a weekly demo.';

describe('revisions keep what a save replaces', () => {
  it('keeps the original body when an entry is reopened after five minutes and typed over', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection', body: body(ORIGINAL) });
    const first = session(t, 'first-open');
    e = await first(e, { title: 'Migration plan' });
    const savedAt = e.updatedAt;

    t.clock.advance(5 * MINUTE);
    const reopened = session(t, 'reopened');
    // Select all, type over: the first save already holds only the new words.
    e = await reopened(e, { body: body('Scrapped') });
    e = await reopened(e, { body: body('Scrapped the whole plan after the review.') });

    expect(e.text).toBe('Scrapped the whole plan after the review.');
    const kept = await versions(t, e.id);
    // Newest first: the state the reopened session replaced, then the state as created (the first
    // session's first save replaced it).
    expect(kept.map((r) => r.text)).toEqual([ORIGINAL, ORIGINAL]);
    expect(kept[0]).toMatchObject({
      title: 'Migration plan',
      body: body(ORIGINAL),
      createdAt: savedAt,
    });
    expect(kept[1]).toMatchObject({ title: '', body: body(ORIGINAL) });
  });

  it('keeps the previous state at the first change of a new session, even a small one', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection' });
    e = await session(t, 'a')(e, { body: body(ORIGINAL) });
    t.clock.advance(MINUTE);
    const b = session(t, 'b');
    e = await b(e, { body: body(`${ORIGINAL} Maybe.`) });
    e = await b(e, { body: body(`${ORIGINAL} Maybe not.`) });
    expect((await versions(t, e.id)).map((r) => r.text)).toEqual([ORIGINAL]);
  });

  it('keeps the previous state before a save that removes most of the words, in the same session', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection' });
    const s = session(t, 'one');
    e = await s(e, { body: body(ORIGINAL) });
    t.clock.advance(MINUTE);
    e = await s(e, { body: body(`${ORIGINAL} And a retro.`) });
    expect(await versions(t, e.id)).toEqual([]);
    t.clock.advance(MINUTE);
    e = await s(e, { body: body('Three engineers.') });
    expect((await versions(t, e.id)).map((r) => r.text)).toEqual([`${ORIGINAL} And a retro.`]);
  });

  it('coalesces ordinary typing: 50 small saves in one session over eight minutes keep one version', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'lesson', title: 'Estimates' });
    const s = session(t, 'typing');
    let text = 'Estimates';
    for (let i = 0; i < 50; i++) {
      t.clock.advance(9_000);
      text += ` word${i}`;
      e = await s(e, { body: body(text) });
    }
    // Only the state before the session's first change (the title alone).
    const kept = await versions(t, e.id);
    expect(kept.map((r) => [r.title, r.text])).toEqual([['Estimates', '']]);
  });

  it('keeps the previous state once more than ten minutes have passed since the last version', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'lesson', title: 'Estimates' });
    const s = session(t, 'long');
    let text = 'Start';
    const texts: string[] = [];
    // One small save a minute for 25 minutes.
    for (let i = 0; i < 25; i++) {
      t.clock.advance(MINUTE);
      text += ` w${i}`;
      texts.push(text);
      e = await s(e, { body: body(text) });
    }
    const kept = await versions(t, e.id);
    // The title-only start, then the state before the first save more than ten minutes after the last version.
    expect(kept.map((r) => r.text).reverse()).toEqual(['', texts[9], texts[19]]);
    const start = kept.at(-1)!.createdAt;
    expect(kept.map((r) => r.createdAt - start).reverse()).toEqual([
      0,
      KEEP_EVERY_MS,
      2 * KEEP_EVERY_MS,
    ]);
  });

  it('keeps nothing for an empty start or a save that changes nothing', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection' });
    e = await session(t, 'a')(e, { body: body('First words') });
    expect(await versions(t, e.id)).toEqual([]);
    e = await session(t, 'b')(e, {});
    expect(await versions(t, e.id)).toEqual([]);
    e = await session(t, 'c')(e, { body: body('First words here') });
    expect(await versions(t, e.id)).toHaveLength(1);
    // A page that closes and reopens without changing anything adds nothing either.
    e = await session(t, 'd')(e, {});
    expect(await versions(t, e.id)).toHaveLength(1);
  });

  it('counts a change of formatting alone as a change: the same words made bold are kept as before', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection', body: body(ORIGINAL) });
    const plain = e.body;
    const bold = plain.replace('"format":0', '"format":1');
    expect(bold).not.toBe(plain);
    t.clock.advance(MINUTE);
    e = await session(t, 'a')(e, { body: bold });
    expect(e.text).toBe(ORIGINAL);
    expect(e.body).toBe(bold);
    const kept = await versions(t, e.id);
    expect(kept.map((r) => r.body)).toEqual([plain]);
    // And undoing it in another session keeps the bold state.
    e = await session(t, 'b')(e, { body: plain });
    expect((await versions(t, e.id)).map((r) => r.body)).toEqual([bold, plain]);
  });

  it('compares a body stored before packing by its text: unchanged keeps nothing, changed keeps it whole', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection', body: body(ORIGINAL) });
    // As a journal from before migration 14 stored it: the body as text, nothing packed.
    const db = new Database(t.store.dbPath);
    db.prepare('UPDATE entries SET body = ?, body_packed = NULL WHERE id = ?').run(e.body, e.id);
    db.close();
    e = await session(t, 'a')(e, {});
    expect(await versions(t, e.id)).toEqual([]);
    t.clock.advance(MINUTE);
    e = await session(t, 'b')(e, { body: body(`${ORIGINAL} Then it slipped.`) });
    const kept = await versions(t, e.id);
    expect(kept.map((r) => r.body)).toEqual([body(ORIGINAL)]);
  });

  it('adds no copy of a state history already holds (a journal from before these rules kept the newest state)', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection' });
    e = await session(t, 'a')(e, { title: 'Plan', body: body(ORIGINAL) });
    // As the earlier rule did on closing the tab: the state just saved, stored as a revision.
    const db = new Database(t.store.dbPath);
    db.prepare(
      "INSERT INTO revisions (entry_id, title, date, fields, body, text, tags, word_count, created_at) VALUES (?, ?, ?, '{}', ?, ?, '[]', ?, ?)",
    ).run(e.id, e.title, e.date, e.body, e.text, e.wordCount, e.updatedAt);
    db.close();
    t.clock.advance(MINUTE);
    e = await session(t, 'b')(e, { body: body(`${ORIGINAL} Maybe.`) });
    expect((await versions(t, e.id)).map((r) => r.text)).toEqual([ORIGINAL]);
  });

  it('does the same for profile pages, whose fixed name is not something written', async () => {
    const t = testStore();
    let page = await t.call('profile.get', { page: 'values' });
    page = await session(t, 'a')(page, { body: body('Candour and care.') });
    expect(await versions(t, page.id)).toEqual([]);
    t.clock.advance(5 * MINUTE);
    page = await session(t, 'b')(page, { body: body('Craft.') });
    expect((await versions(t, page.id)).map((r) => r.text)).toEqual(['Candour and care.']);
  });

  it('keeps what each new session replaced, whichever part it changed: body, title, field, date or tags', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'learning' });
    e = await session(t, 's1')(e, { title: 'SQL', body: body('B1'), fields: { skill: 'Joins' } });
    e = await session(t, 's2')(e, { body: body('B2') });
    e = await session(t, 's3')(e, { body: body('B3') });
    e = await session(t, 's4')(e, { title: 'Better SQL' });
    e = await session(t, 's5')(e, { fields: { skill: 'Indexes' } });
    const { date } = e;
    e = await t.call('journal.save', { ...draftOf(e), date: '2026-01-02', session: 's6', seq: 1 });
    e = await session(t, 's7')(e, { tags: ['sql'] });
    const kept = await versions(t, e.id);
    expect(kept.map((r) => [r.title, r.text, r.fields.skill, r.date, r.tags])).toEqual([
      ['Better SQL', 'B3', 'Indexes', '2026-01-02', []],
      ['Better SQL', 'B3', 'Indexes', date, []],
      ['Better SQL', 'B3', 'Joins', date, []],
      ['SQL', 'B3', 'Joins', date, []],
      ['SQL', 'B2', 'Joins', date, []],
      ['SQL', 'B1', 'Joins', date, []],
    ]);
  });

  it('keeps a state that holds only tags when a new session writes the first words', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'reflection', tags: ['ideas'] });
    e = await session(t, 'a')(e, { body: body('First words') });
    const kept = await versions(t, e.id);
    expect(kept.map((r) => [r.text, r.tags])).toEqual([['', ['ideas']]]);
  });

  it('loses no words when a paragraph is split into lines or words move between title, fields and body', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'learning' });
    const s = session(t, 'one');
    e = await s(e, { body: body('red blue green') });
    t.clock.advance(MINUTE);
    e = await s(e, { body: body('red', 'blue', 'green') });
    expect(await versions(t, e.id)).toEqual([]);

    e = await s(e, {
      title: 'Quarterly plan',
      fields: { source: 'Team offsite', skill: 'Roadmap review' },
      body: body('Budget talk'),
    });
    // A rewrite: the three colours are gone.
    expect(await versions(t, e.id)).toHaveLength(1);
    t.clock.advance(MINUTE);
    e = await s(e, {
      title: 'Quarterly plan Team',
      fields: { source: 'offsite Roadmap', skill: 'review Budget' },
      body: body('talk'),
    });
    expect(await versions(t, e.id)).toHaveLength(1);
  });
});

describe('restore', () => {
  it('keeps the current state as a version first, so a restore can be undone', async () => {
    const t = testStore();
    let e = await t.call('journal.create', { kind: 'feedback' });
    e = await session(t, 'a')(e, {
      title: 'Original',
      body: body(ORIGINAL),
      tags: ['a'],
      fields: { from: 'Sam' },
    });
    t.clock.advance(MINUTE);
    e = await session(t, 'b')(e, { title: 'Changed', body: body('Second words'), tags: ['b'] });
    const [old] = await versions(t, e.id);
    expect(old).toMatchObject({ title: 'Original', text: ORIGINAL });

    t.clock.advance(MINUTE);
    const restored = await t.call('journal.restoreRevision', { id: e.id, revisionId: old!.id });
    expect(restored).toMatchObject({
      title: 'Original',
      text: ORIGINAL,
      fields: { from: 'Sam' },
      tags: ['a'],
      version: e.version + 1,
    });
    const [undo] = await versions(t, e.id);
    expect(undo).toMatchObject({
      title: 'Changed',
      text: 'Second words',
      tags: ['b'],
      createdAt: e.updatedAt,
    });

    const back = await t.call('journal.restoreRevision', { id: e.id, revisionId: undo!.id });
    expect(back).toMatchObject({ title: 'Changed', text: 'Second words' });
    // The restored original was kept again, so it is still there to go back to.
    expect((await versions(t, e.id)).map((r) => r.text)).toEqual([
      ORIGINAL,
      'Second words',
      ORIGINAL,
    ]);

    const other = await t.call('journal.create', { kind: 'reflection' });
    await expectCode(
      t.call('journal.restoreRevision', { id: other.id, revisionId: old!.id }),
      'not-found',
    );
  });
});

describe('wordsLost', () => {
  it('counts the previous words missing from the new text, ignoring order and case', () => {
    expect(wordsLost('a b c d', 'd C b a')).toEqual({ lost: 0, of: 4 });
    expect(wordsLost('the plan the team', 'the team')).toEqual({ lost: 2, of: 4 });
    expect(wordsLost('', 'new words')).toEqual({ lost: 0, of: 0 });
    expect(wordsLost('Café au lait', 'café')).toEqual({ lost: 2, of: 3 });
  });

  it('calls a rewrite more than half of the words gone, at least three', () => {
    expect(isRewrite('one two three four', 'one two five six')).toBe(false);
    expect(isRewrite('one two three four', 'one five six seven')).toBe(true);
    expect(isRewrite('Hel', 'Hello')).toBe(false);
    expect(isRewrite('Hello wor', 'Hello world')).toBe(false);
    expect(isRewrite('short note', 'different')).toBe(false);
    expect(isRewrite('a short note', 'different')).toBe(true);
  });

  it('stays linear on long texts', () => {
    const long = Array.from({ length: 200_000 }, (_, i) => `w${i % 5000}`).join(' ');
    const start = performance.now();
    expect(wordsLost(long, long).lost).toBe(0);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});
