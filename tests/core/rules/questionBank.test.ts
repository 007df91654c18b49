// The Questions view's rules as a person meets them: each filter narrows the list to what it names, a
// question of one's own starts with plain defaults, "edited" tells an edited built-in from a hidden one,
// hiding works for one's own questions too (in the list and in a rehearsal's choice), a damaged
// probes row falls back instead of breaking the view, and a refused call writes nothing.
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_QUESTIONS } from '../../../src-main/core/questions/questionBank';
import { parseBank } from '../../../src-main/shared/questions/questionBankSchema';
import { expectCode, fingerprint, testStore, type TestStore } from '../helpers';

const SETTINGS = {
  count: 5,
  timeBoxSec: 60,
  order: 'script' as const,
  followUps: false,
  voice: false,
  seed: 1,
};

const builtIn = (i = 0) => {
  const q = BUILT_IN_QUESTIONS[i];
  if (!q) throw new Error('no built-in question');
  return q;
};

function rawSql(t: TestStore, sql: string, ...params: unknown[]): void {
  const db = new Database(join(t.dataDir, 'ladder.db'));
  try {
    db.prepare(sql).run(...params);
  } finally {
    db.close();
  }
}

describe('question bank view', () => {
  it('each filter keeps only the questions it names', async () => {
    const t = testStore();
    const all = await t.call('questions.list', {});
    const sample = builtIn(0);
    const cases = [
      { category: sample.category },
      { framework: sample.framework },
      { step: sample.step },
      { direction: 'employee-asks' as const },
    ];
    for (const filter of cases) {
      const [[key, value]] = Object.entries(filter) as [[keyof typeof sample, string]];
      const expected = all.filter((q) => q[key] === value).map((q) => q.id);
      const listed = (await t.call('questions.list', filter)).map((q) => q.id);
      expect(listed, key).toEqual(expected);
      expect(listed.length, key).toBeGreaterThan(0);
      expect(listed.length, key).toBeLessThan(all.length);
    }
  });

  it('a tag filter keeps the tagged questions only, whatever the case', async () => {
    const t = testStore();
    await t.call('questions.tag', { id: builtIn(1).id, tags: ['Promotion'] });
    await t.call('questions.tag', { id: builtIn(2).id, tags: ['Salary'] });
    expect((await t.call('questions.list', { tag: 'promotion' })).map((q) => q.id)).toEqual([
      builtIn(1).id,
    ]);
  });

  it('text search reads the question, its tip and each probe, never across two probes', async () => {
    const t = testStore();
    const mine = await t.call('questions.create', {
      text: 'What did you ship?',
      probes: ['Why now', 'Later on'],
      tip: 'Name the outcome',
    });
    expect((await t.call('questions.list', { text: 'later ON' })).map((q) => q.id)).toEqual([
      mine.id,
    ]);
    expect((await t.call('questions.list', { text: 'nowlater' })).length).toBe(0);
  });

  it('a question of my own starts in my category, any step, no probes and no tip', async () => {
    const t = testStore();
    const mine = await t.call('questions.create', { text: 'How do I grow here?' });
    expect(mine).toMatchObject({
      category: 'mine',
      framework: 'mine',
      step: 'any',
      direction: 'manager-asks',
      difficulty: 2,
      probes: [],
      tip: '',
      builtIn: false,
      edited: false,
      hidden: false,
      tags: [],
    });
    const edited = await t.call('questions.update', { id: mine.id, text: 'How do I grow?' });
    expect(edited.edited).toBe(false);
  });

  it('a built-in is "edited" by its text, tip or probes, not by being hidden; revert clears it', async () => {
    const t = testStore();
    const [a, b, c] = [builtIn(0), builtIn(1), builtIn(2)];
    expect((await t.call('questions.hide', { id: a.id })).edited).toBe(false);
    expect((await t.call('questions.update', { id: b.id, tip: 'My own tip' })).edited).toBe(true);
    expect((await t.call('questions.update', { id: c.id, probes: ['And then?'] })).edited).toBe(
      true,
    );
    const reverted = await t.call('questions.revert', { id: c.id });
    expect(reverted.edited).toBe(false);
    expect(reverted.probes).toEqual(c.probes);
  });

  it('my own question can be hidden and shown again; hidden, a rehearsal does not pick it', async () => {
    const t = testStore();
    const mine = await t.call('questions.create', { text: 'Mine to hide', tags: ['solo'] });
    expect((await t.call('questions.hide', { id: mine.id })).hidden).toBe(true);
    expect((await t.call('questions.list', {})).some((q) => q.id === mine.id)).toBe(false);
    const plan = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { tag: 'solo' },
      settings: SETTINGS,
    });
    expect(plan.empty?.reason).toBe('all-hidden');
    expect((await t.call('questions.unhide', { id: mine.id })).hidden).toBe(false);
    const again = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { tag: 'solo' },
      settings: SETTINGS,
    });
    expect(again.questions.map((q) => q.id)).toEqual([mine.id]);
  });

  it('an edited built-in that is not hidden is still picked for a rehearsal', async () => {
    const t = testStore();
    const q = builtIn(3);
    await t.call('questions.tag', { id: q.id, tags: ['edited-one'] });
    await t.call('questions.update', { id: q.id, text: 'My wording' });
    const plan = await t.call('rehearsal.plan', {
      mode: 'filter',
      filter: { tag: 'edited-one' },
      settings: SETTINGS,
    });
    expect(plan.questions.map((p) => p.id)).toEqual([q.id]);
  });

  it('the same tab may save a question twice on what it read; another tab may not', async () => {
    const t = testStore();
    const q = builtIn(4);
    const first = await t.call('questions.update', {
      id: q.id,
      text: 'First',
      baseVersion: 1,
      session: 'tab-a',
    });
    expect(first.version).toBe(2);
    await t.call('questions.update', {
      id: q.id,
      text: 'Second',
      baseVersion: 1,
      session: 'tab-a',
    });
    const refused = await expectCode(
      t.call('questions.update', { id: q.id, text: 'Third', baseVersion: 1, session: 'tab-b' }),
      'conflict',
    );
    expect(refused.message).toMatch(/^This question was changed in another tab or window/);
  });

  it("a save that changes nothing does not make another tab's version its own", async () => {
    const t = testStore();
    const q = builtIn(8);
    await t.call('questions.update', { id: q.id, text: 'By B', baseVersion: 1, session: 'tab-b' });
    const same = await t.call('questions.update', {
      id: q.id,
      text: 'By B',
      baseVersion: 2,
      session: 'tab-a',
    });
    expect(same.version).toBe(2);
    await expectCode(
      t.call('questions.update', { id: q.id, text: 'By A', baseVersion: 1, session: 'tab-a' }),
      'conflict',
    );
  });

  it('probes stored damaged fall back to the shipped ones (or none), without breaking the list', async () => {
    const t = testStore();
    const [a, b, c] = [builtIn(5), builtIn(6), builtIn(7)];
    const mine = await t.call('questions.create', { text: 'Mine', probes: ['Why?'] });
    for (const q of [a, b, c]) await t.call('questions.update', { id: q.id, probes: ['X?'] });
    const setProbes = (id: string, probes: string) =>
      rawSql(t, 'UPDATE question_overlays SET probes = ? WHERE question_id = ?', probes, id);
    setProbes(a.id, '["Kept?", 3, null]');
    setProbes(b.id, '{"not": "a list"}');
    setProbes(c.id, '"one string"');
    rawSql(t, 'UPDATE user_questions SET probes = ? WHERE id = ?', '7', mine.id);
    const byId = new Map((await t.call('questions.list', {})).map((q) => [q.id, q]));
    expect(byId.get(a.id)?.probes).toEqual(['Kept?']);
    expect(byId.get(b.id)?.probes).toEqual(b.probes);
    expect(byId.get(c.id)?.probes).toEqual(c.probes);
    expect(byId.get(mine.id)?.probes).toEqual([]);
  });

  it('tagging or opening a question that is not in the bank says so and writes nothing', async () => {
    const t = testStore();
    const before = fingerprint(join(t.dataDir, 'ladder.db'));
    await expectCode(t.call('questions.tag', { id: 'no-such-question', tags: ['x'] }), 'not-found');
    const missing = await expectCode(
      t.call('questions.get', { id: 'no-such-question' }),
      'not-found',
    );
    expect(missing.message).toBe('That question is not in the bank.');
    expect(fingerprint(join(t.dataDir, 'ladder.db'))).toBe(before);
  });

  it("a bad bank file's error names the file, the field's path and what is wrong", () => {
    const q = { ...builtIn(0), difficulty: 4 };
    expect(() => parseBank({ 'grow.json': { theme: 'grow', questions: [q] } })).toThrow(
      /^Bad question file grow\.json: questions\.0\.difficulty \S/,
    );
  });

  it('reads bank files in the order of their names, whatever order they arrive in', () => {
    const [a, b] = [builtIn(0), builtIn(1)];
    const files = {
      'b-second.json': { theme: 'second', questions: [b] },
      'a-first.json': { theme: 'first', questions: [a] },
    };
    expect(parseBank(files).map((q) => q.id)).toEqual([a.id, b.id]);
    // The same id twice is reported in the later file.
    expect(() =>
      parseBank({ ...files, 'a-first.json': { theme: 'first', questions: [a, b] } }),
    ).toThrow(`Duplicate question id ${b.id} in b-second.json`);
  });
});
