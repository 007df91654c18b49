import { describe, expect, it } from 'vitest';
import { defaultDataDir } from '../../src-main/core/host/dataDir';
import { closeStore, expectCode, testStore } from './helpers';

describe('skills', () => {
  it('adds, rates with history newest first, renames, notes colleagues and removes', async () => {
    const t = testStore();
    const s = await t.call('skills.add', { name: '  Facilitation ' });
    expect(s).toMatchObject({
      name: 'Facilitation',
      rating: null,
      colleaguesView: '',
      history: [],
    });
    await expectCode(t.call('skills.add', { name: 'facilitation' }), 'conflict');
    await t.call('skills.rate', { id: s.id, rating: 2 });
    t.clock.advance(1000);
    const rated = await t.call('skills.rate', { id: s.id, rating: 4, note: 'Ran the offsite' });
    expect(rated.rating).toBe(4);
    expect(rated.history.map((h) => h.rating)).toEqual([4, 2]);
    expect(rated.history[0]).toEqual({
      rating: 4,
      note: 'Ran the offsite',
      ratedAt: t.clock.now(),
    });
    expect((await t.call('skills.rename', { id: s.id, name: 'Workshop facilitation' })).name).toBe(
      'Workshop facilitation',
    );
    expect((await t.call('skills.rename', { id: s.id, name: 'workshop FACILITATION' })).name).toBe(
      'workshop FACILITATION',
    );
    const other = await t.call('skills.add', { name: 'SQL' });
    await expectCode(
      t.call('skills.rename', { id: other.id, name: 'Workshop facilitation' }),
      'conflict',
    );
    expect(
      (await t.call('skills.setColleaguesView', { id: s.id, text: 'Calm under pressure' }))
        .colleaguesView,
    ).toBe('Calm under pressure');
    expect((await t.call('skills.list', {})).map((k) => k.id)).toEqual([s.id, other.id]);
    expect(await t.call('skills.remove', { id: s.id })).toBeNull();
    await expectCode(t.call('skills.remove', { id: s.id }), 'not-found');
    await expectCode(t.call('skills.rate', { id: s.id, rating: 3 }), 'not-found');
    expect((await t.call('skills.list', {})).map((k) => k.id)).toEqual([other.id]);
  });
});

describe('goals', () => {
  it('inserts, updates, lists short before long by target date, and removes', async () => {
    const t = testStore();
    const longLater = await t.call('goals.save', {
      horizon: 'long',
      text: 'Lead a product area',
      targetDate: '2030-01-01',
      done: false,
    });
    const shortNone = await t.call('goals.save', {
      horizon: 'short',
      text: 'Find a mentor',
      targetDate: null,
      done: false,
    });
    const shortSoon = await t.call('goals.save', {
      horizon: 'short',
      text: 'Present at the all-hands',
      targetDate: '2027-02-01',
      done: false,
    });
    const longSoon = await t.call('goals.save', {
      horizon: 'long',
      text: 'Move to staff level',
      targetDate: '2028-06-01',
      done: false,
    });
    expect((await t.call('goals.list', {})).map((g) => g.id)).toEqual([
      shortSoon.id,
      shortNone.id,
      longSoon.id,
      longLater.id,
    ]);
    const updated = await t.call('goals.save', {
      id: shortNone.id,
      horizon: 'short',
      text: 'Found a mentor',
      targetDate: null,
      done: true,
    });
    expect(updated).toMatchObject({
      id: shortNone.id,
      text: 'Found a mentor',
      done: true,
      createdAt: shortNone.createdAt,
    });
    await expectCode(
      t.call('goals.save', {
        id: 'missing',
        horizon: 'short',
        text: 'x',
        targetDate: null,
        done: false,
      }),
      'not-found',
    );
    expect(await t.call('goals.remove', { id: longLater.id })).toBeNull();
    await expectCode(t.call('goals.remove', { id: longLater.id }), 'not-found');
    expect(await t.call('goals.list', {})).toHaveLength(3);
  });
});

describe('settings', () => {
  it('starts from defaults and merges changes across reopening', async () => {
    const t = testStore();
    expect(await t.call('settings.get', {})).toEqual({
      theme: 'system',
      layout: null,
      welcomeSeen: false,
    });
    expect(await t.call('settings.set', { theme: 'dark' })).toEqual({
      theme: 'dark',
      layout: null,
      welcomeSeen: false,
    });
    const layout = {
      sideBarVisible: false,
      sideBarWidth: 22,
      activeView: 'journal',
      openTabs: [{ type: 'entry', id: 'a' }],
      activeTab: 'entry:a',
    };
    expect(await t.call('settings.set', { welcomeSeen: true, layout })).toEqual({
      theme: 'dark',
      layout,
      welcomeSeen: true,
    });
    closeStore(t);
    const again = testStore(t.dataDir);
    expect(await again.call('settings.get', {})).toEqual({
      theme: 'dark',
      layout,
      welcomeSeen: true,
    });
  });
});

describe('default data folder', () => {
  it('matches where Electron keeps userData for "Ladder"', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Ladder');
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/ana')).toBe('/xdg/Ladder');
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Ladder',
    );
    expect(
      defaultDataDir('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana'),
    ).toMatch(/Roaming[\\/]Ladder$/);
  });
});
