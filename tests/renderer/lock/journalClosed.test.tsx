// @vitest-environment jsdom
// A page whose journal closes under it (locked, or found damaged after open) hears of it from the
// first refused call, through the client, on the real store host; gate calls never count.
import { call, useRealHost } from './realHost';
import { describe, expect, it } from 'vitest';
import { api, onJournalClosed } from '../../../src-renderer/src/api/client';

describe('a journal closed under the page', () => {
  it('is reported by the first call it refuses, and not by gate calls or other errors', async () => {
    useRealHost();
    let heard = 0;
    const stop = onJournalClosed(() => (heard += 1));
    try {
      await api['journal.list']({});
      await expect(api['journal.get']({ id: 'missing' })).rejects.toMatchObject({
        code: 'not-found',
      });
      expect(heard).toBe(0);
      await call('lock.protect', { passphrase: 'correct horse battery staple' });
      await call('lock.lock', {});
      await expect(api['journal.list']({})).rejects.toMatchObject({ code: 'locked' });
      expect(heard).toBe(1);
      await expect(
        api['lock.unlock']({ passphrase: 'not the passphrase at all' }),
      ).rejects.toMatchObject({ code: 'wrong-passphrase' });
      await api['app.state']({});
      expect(heard).toBe(1);
    } finally {
      stop();
    }
    await expect(api['journal.list']({})).rejects.toMatchObject({ code: 'locked' });
    expect(heard).toBe(1);
  });
});
