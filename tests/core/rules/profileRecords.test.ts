// Goals and skills under two tabs: a save from another tab on an old version is refused with a message
// naming what changed, the same tab may save twice on what it read; and what a person reads when a
// skill is gone or its name is taken, and a rating given without a note.
import { describe, expect, it } from 'vitest';
import { expectCode, testStore } from '../helpers';

describe('goals and skills across tabs', () => {
  it("a goal: another tab's stale save is refused, this tab may save twice", async () => {
    const t = testStore();
    const goal = await t.call('goals.save', {
      horizon: 'short',
      text: 'Lead a project',
      targetDate: null,
      done: false,
    });
    const save = (text: string, session: string) =>
      t.call('goals.save', {
        id: goal.id,
        horizon: 'short',
        text,
        targetDate: null,
        done: false,
        baseVersion: goal.version,
        session,
      });
    await save('Lead the billing project', 'A');
    expect(await save('Lead the billing project by June', 'A')).toMatchObject({
      text: 'Lead the billing project by June',
      done: false,
      version: goal.version + 2,
    });
    const refused = await expectCode(save('Mine', 'B'), 'conflict');
    expect(refused.message).toMatch(/^This goal was changed in another tab or window/);
  });

  it("a skill: another tab's stale rename or colleagues' view is refused, this tab may save twice", async () => {
    const t = testStore();
    const skill = await t.call('skills.add', { name: 'SQL' });
    const base = { id: skill.id, baseVersion: skill.version };
    await t.call('skills.rename', { ...base, name: 'SQL tuning', session: 'A' });
    await t.call('skills.setColleaguesView', { ...base, text: 'Fast', session: 'A' });
    expect(
      await t.call('skills.rename', { ...base, name: 'SQL performance', session: 'A' }),
    ).toMatchObject({
      name: 'SQL performance',
      colleaguesView: 'Fast',
      version: skill.version + 3,
    });
    for (const stale of [
      t.call('skills.rename', { ...base, name: 'Mine', session: 'B' }),
      t.call('skills.setColleaguesView', { ...base, text: 'Mine', session: 'B' }),
    ])
      expect((await expectCode(stale, 'conflict')).message).toMatch(
        /^This skill was changed in another tab or window/,
      );
  });

  it('says when a skill is gone or its name taken; a rating without a note has an empty note', async () => {
    const t = testStore();
    const sql = await t.call('skills.add', { name: 'SQL' });
    const taken = await expectCode(t.call('skills.add', { name: 'sql' }), 'conflict');
    expect(taken.message).toBe('There is already a skill with that name.');
    const rated = await t.call('skills.rate', { id: sql.id, rating: 4 });
    expect(rated.history.map((h) => h.note)).toEqual(['']);
    await t.call('skills.remove', { id: sql.id });
    for (const gone of [
      t.call('skills.rate', { id: sql.id, rating: 3 }),
      t.call('skills.remove', { id: sql.id }),
    ])
      expect((await expectCode(gone, 'not-found')).message).toBe('That skill no longer exists.');
  });
});
