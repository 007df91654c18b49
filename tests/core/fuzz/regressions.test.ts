// Bugs the fuzzing found, each pinned by the smallest call that showed it.
import { describe, expect, it } from 'vitest';
import { fingerprint, testStore } from '../helpers';

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
});
