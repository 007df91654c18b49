// Settings change only the keys given a value: over Electron's IPC (structured clone) a key can
// arrive present but undefined, and that must leave the stored value alone, not fail or erase it.
import { describe, expect, it } from 'vitest';
import { closeStore, testStore } from '../helpers';

describe('settings', () => {
  it('a key sent as undefined keeps its stored value, across reopening', async () => {
    const t = testStore();
    await t.call('settings.set', { theme: 'dark' });
    expect(await t.call('settings.set', { theme: undefined, welcomeSeen: true })).toEqual({
      theme: 'dark',
      layout: null,
      welcomeSeen: true,
    });
    closeStore(t);
    expect(await testStore(t.dataDir).call('settings.get', {})).toMatchObject({ theme: 'dark' });
  });
});
