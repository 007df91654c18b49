// The data folder deleted, moved or swapped while the app is open. SQLite writes to the file it
// opened, not to its name: without a check every later save "succeeded" into a file no one can find
// and was lost at close. The host now puts the open journal back at its path before the next request.
import { copyFileSync, existsSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { body, tempDir } from '../helpers';
import { closeHost, fileHolds, PASS, testHost } from '../lock/hostHelpers';

const titles = async (t: ReturnType<typeof testHost>) =>
  (await t.call('journal.list', {})).map((e) => e.title).sort();

describe('a data folder gone while the journal is open', () => {
  it('deleted: the next save puts the journal back, and every entry is there after a restart', async () => {
    const dataDir = join(tempDir(), 'Ladder');
    const t = testHost(dataDir);
    await t.call('journal.create', { kind: 'praise', title: 'Before', body: body('one') });
    rmSync(dataDir, { recursive: true, force: true });

    await t.call('journal.create', { kind: 'accomplishment', title: 'After', body: body('two') });
    expect(existsSync(t.host.dbPath)).toBe(true);
    await t.call('journal.create', { kind: 'lesson', title: 'Later', body: body('three') });
    closeHost(t);

    const again = testHost(dataDir);
    expect(again.host.state()).toBe('open');
    expect(await titles(again)).toEqual(['After', 'Before', 'Later']);
  });

  it('a protected journal goes back encrypted, with its protection record, and unlocks with its passphrase', async () => {
    const dataDir = join(tempDir(), 'Ladder');
    const t = testHost(dataDir);
    await t.call('lock.protect', { passphrase: PASS });
    await t.call('journal.create', { kind: 'praise', title: 'Before', body: body('secretword') });
    rmSync(dataDir, { recursive: true, force: true });

    await t.call('journal.create', {
      kind: 'accomplishment',
      title: 'After',
      body: body('hiddenword'),
    });
    closeHost(t);
    expect(fileHolds(join(dataDir, 'ladder.db'), 'hiddenword')).toBe(false);

    const again = testHost(dataDir);
    expect(again.host.state()).toBe('locked');
    expect((await again.call('lock.unlock', { passphrase: PASS })).state).toBe('open');
    expect(await titles(again)).toEqual(['After', 'Before']);
  });

  it('swapped for another file: that file is kept beside, and the open journal goes back whole', async () => {
    const dataDir = join(tempDir(), 'Ladder');
    const t = testHost(dataDir);
    await t.call('journal.create', { kind: 'praise', title: 'First', body: body('one') });
    const older = join(dataDir, '..', 'older.db');
    t.host.store()!.db.pragma('wal_checkpoint(TRUNCATE)');
    copyFileSync(t.host.dbPath, older);
    await t.call('journal.create', { kind: 'accomplishment', title: 'Second', body: body('two') });
    // A sync tool brings back its older copy under the same name.
    renameSync(older, t.host.dbPath);

    await t.call('journal.create', { kind: 'lesson', title: 'Third', body: body('three') });
    closeHost(t);
    expect(readdirSync(dataDir).filter((f) => /^ladder\.found-.+\.db$/.test(f))).toHaveLength(1);
    const again = testHost(dataDir);
    expect(await titles(again)).toEqual(['First', 'Second', 'Third']);
  });

  it('cannot be put back (a file where the folder was): the save fails clearly, and succeeds once the way is clear', async () => {
    const dataDir = join(tempDir(), 'Ladder');
    const t = testHost(dataDir);
    await t.call('journal.create', { kind: 'praise', title: 'Before', body: body('one') });
    rmSync(dataDir, { recursive: true, force: true });
    writeFileSync(dataDir, 'in the way');

    const failed = await t.host.handle('journal.create', {
      kind: 'accomplishment',
      title: 'After',
      body: body('two'),
    });
    expect(failed.ok).toBe(false);
    if (!failed.ok) {
      expect(failed.error.code).toBe('storage-error');
      expect(failed.error.message).toMatch(/gone from its folder/);
      expect(failed.error.message).toMatch(/keep Ladder open/);
    }

    rmSync(dataDir);
    await t.call('journal.create', { kind: 'accomplishment', title: 'After', body: body('two') });
    closeHost(t);
    const again = testHost(dataDir);
    expect(await titles(again)).toEqual(['After', 'Before']);
  });
});
