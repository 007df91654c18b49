// Bugs the fuzzing found, each pinned by the smallest call that showed it.
import { describe, expect, it } from 'vitest';
import { LONE_SURROGATE_MESSAGE } from '../../../src-main/shared/wellFormed';
import { fingerprint, testStore } from '../helpers';
import { testHost } from '../lock/hostHelpers';

describe('found by fuzzing', () => {
  it('a schema check that throws on odd input answers invalid-argument instead of rejecting the call', async () => {
    // The wall-clock refinement read `new Date('T00:00:00Z').toISOString()` for '', which throws.
    const t = testStore();
    const before = fingerprint(t.store.dbPath);
    for (const startsAt of ['', '2026-13', 'T09:30']) {
      const out = await t.store.handle('conversations.create', { templateId: 'blank', startsAt });
      expect(out).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    }
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });

  it('the gate refuses a passphrase holding a lone surrogate, as every other channel refuses such text', async () => {
    // It passed the schema and protected the journal under "…\uFFFD": any lone surrogate there would then unlock it.
    const t = testHost();
    const before = fingerprint(t.host.dbPath);
    for (const [channel, args] of [
      ['lock.protect', { passphrase: 'abcdefgh\uD800' }],
      ['lock.unlock', { passphrase: '\uDFFF' }],
      ['lock.changePassphrase', { current: 'abcdefgh', next: 'abcdefgh\uDBFF' }],
    ] as const) {
      expect(await t.host.handle(channel, args)).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: LONE_SURROGATE_MESSAGE },
      });
    }
    expect(await t.call('app.state', {})).toMatchObject({ state: 'open', protected: false });
    expect(fingerprint(t.host.dbPath)).toBe(before);
  });

  it('arguments that throw when read get invalid-argument instead of rejecting the call', async () => {
    // No transport carries a getter, but `handle` must answer whatever it is given.
    const t = testStore();
    const getter = Object.defineProperty({}, 'id', {
      enumerable: true,
      get: () => {
        throw new Error('read');
      },
    });
    expect(await t.store.handle('journal.get', getter)).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
  });
});
