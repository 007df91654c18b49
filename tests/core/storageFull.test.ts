import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { mapDriverError } from '../../src-main/core/db/connection';
import { LadderError } from '../../src-main/shared/errors';
import { body, fingerprint, testStore } from './helpers';

describe('a full disk', () => {
  it('refuses the save with storage-full, keeps everything else, and succeeds once there is room', async () => {
    const t = testStore();
    const kept = await t.call('journal.create', {
      kind: 'accomplishment',
      title: 'Earlier win',
      body: body('launched the portal'),
    });
    const e = await t.call('journal.create', {
      kind: 'reflection',
      title: 'Draft',
      body: body('old words'),
    });
    const pages = t.store.db.pragma('page_count', { simple: true }) as number;
    // The limit belongs to the connection: set it on the store's own.
    t.store.db.pragma(`max_page_count = ${pages + 2}`);
    const before = fingerprint(t.store.dbPath);

    const big = body(...Array.from({ length: 400 }, (_, i) => `paragraph ${i} `.repeat(40)));
    const save = { id: e.id, title: 'Draft', date: e.date, fields: {}, body: big, tags: ['long'] };
    const r = await t.store.handle('journal.save', save);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('storage-full');
      expect(r.error.message).toMatch(/disk is full/i);
      expect(r.error.message).toMatch(/kept in the editor/);
    }
    expect(fingerprint(t.store.dbPath)).toBe(before);
    expect((await t.call('journal.get', { id: kept.id })).text).toBe('launched the portal');
    // Row and index agree: the failed save left neither behind.
    expect((await t.call('search.query', { text: 'paragraph' })).length).toBe(0);
    expect((await t.call('search.query', { text: 'old words' })).map((h) => h.id)).toEqual([e.id]);

    t.store.db.pragma('max_page_count = 1000000');
    const saved = await t.call('journal.save', save);
    expect(saved.version).toBe(e.version + 1);
    expect((await t.call('search.query', { text: 'paragraph 399' })).map((h) => h.id)).toEqual([
      e.id,
    ]);
    expect(await t.call('search.query', { text: 'old words' })).toEqual([]);
  });

  it('maps driver errors to typed ones and leaves others alone', () => {
    const full = mapDriverError(
      new Database.SqliteError('database or disk is full', 'SQLITE_FULL'),
    );
    expect(full).toBeInstanceOf(LadderError);
    expect((full as LadderError).code).toBe('storage-full');
    const busy = mapDriverError(new Database.SqliteError('database is locked', 'SQLITE_BUSY'));
    expect((busy as LadderError).code).toBe('storage-error');
    const other = new TypeError('x');
    expect(mapDriverError(other)).toBe(other);
  });
});
