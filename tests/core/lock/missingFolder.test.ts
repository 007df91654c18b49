// A data folder that is not there: removed or moved while the app waited (a drive unplugged, a folder
// renamed by hand), or a path whose parents were never made. The person is told the folder is missing,
// never "(unknown error)" nor "Something went wrong", nothing is made in its place, and the journal
// opens as it was once the folder is back; a first start on a new path simply makes it.
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UnavailableDatabaseError } from '../../../src-main/core/db/openFailure';
import { lockDataFolder } from '../../../src-main/core/host/singleWriterLock';
import { body, tempDir } from '../helpers';
import { denyWrites } from './denyWrites';
import { PASS, testHost } from './hostHelpers';

function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('it did not throw');
}

describe('a data folder that is missing', () => {
  it('the folder lock says the folder is missing (ENOENT), not "(unknown error)", and makes nothing', () => {
    const gone = join(tempDir(), 'gone');
    const error = thrownBy(() => lockDataFolder(gone, 'browser'));
    expect(error).toBeInstanceOf(UnavailableDatabaseError);
    const { info, message } = error as UnavailableDatabaseError;
    expect(info).toMatchObject({ code: 'ENOENT', path: join(gone, 'ladder.lock') });
    expect(message).toMatch(/folder is missing/);
    expect(message).not.toMatch(/unknown error/);
    expect(existsSync(gone)).toBe(false);
  });

  it('gone while locked: unlocking says the folder is missing, and the journal opens whole once it is back', async () => {
    const root = tempDir();
    const dataDir = join(root, 'Ladder');
    const t = testHost(dataDir);
    await t.call('journal.create', { kind: 'praise', title: 'Kept', body: body('still here') });
    await t.call('lock.protect', { passphrase: PASS });
    await t.call('lock.lock', {});
    const away = join(root, 'unplugged');
    renameSync(dataDir, away);

    const state = await t.call('lock.unlock', { passphrase: PASS });
    expect(state).toMatchObject({
      state: 'unavailable',
      unavailable: { code: 'ENOENT', path: t.host.dbPath },
    });
    expect(state.unavailable?.reason).toMatch(/folder is missing/);
    expect((await t.call('app.retryOpen', {})).state).toBe('unavailable');
    // Nothing was made in its place: an empty journal there would hide the real one.
    expect(existsSync(dataDir)).toBe(false);

    renameSync(away, dataDir);
    expect((await t.call('app.retryOpen', {})).state).toBe('locked');
    expect((await t.call('lock.unlock', { passphrase: PASS })).state).toBe('open');
    const list = await t.call('journal.list', {});
    expect(list.map((e) => e.title)).toEqual(['Kept']);
  });

  it('a first start on a path whose parents do not exist yet makes them and opens a new journal', async () => {
    const dataDir = join(tempDir(), 'not', 'yet', 'made');
    const t = testHost(dataDir);
    expect((await t.call('app.state', {})).state).toBe('open');
    await t.call('journal.create', { kind: 'praise', title: 'First', body: body('words') });
    expect(existsSync(join(dataDir, 'ladder.db'))).toBe(true);
  });

  it('a first start whose folder could not be made yet: Try again makes it once it can, as a restart would', async () => {
    const root = tempDir();
    const dataDir = join(root, 'Ladder');
    const undo = denyWrites(root);
    let state;
    let t;
    try {
      t = testHost(dataDir);
      state = await t.call('app.state', {});
    } finally {
      undo();
    }
    expect(state).toMatchObject({ state: 'unavailable', unavailable: { code: 'ENOENT' } });
    expect(state.unavailable?.reason).toMatch(/folder is missing and could not be made/);
    expect((await t.call('app.retryOpen', {})).state).toBe('open');
    await t.call('journal.create', { kind: 'praise', title: 'First', body: body('words') });
    expect(existsSync(join(dataDir, 'ladder.db'))).toBe(true);
  });
});
