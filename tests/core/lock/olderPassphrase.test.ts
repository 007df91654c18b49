// Backups under another passphrase than the journal's: the restore says which passphrase they need,
// that route works, and a restore left waiting for the next start never blocks the unlock.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, RESTORE_MARKER } from '../../../src-main/core/backup/backupFiles';
import { body, expectCode, tempDir } from '../helpers';
import { closeHost, PASS, SECRET, testHost, type TestHost } from './hostHelpers';

const NEXT = 'a second, newer passphrase';

/** A protected journal with one backup, whose bytes under PASS are returned before the passphrase changes. */
async function journalWithOldBackup() {
  const t = testHost();
  const entry = await t.call('journal.create', {
    kind: 'praise',
    title: 'In the old backup',
    body: body(SECRET),
  });
  await t.call('lock.protect', { passphrase: PASS });
  t.clock.advance(60_000);
  const backup = await t.call('backup.now', {});
  const file = join(backupDir(t.host.dbPath), backup.name);
  const oldBytes = readFileSync(file);
  await t.call('journal.trash', { id: entry.id });
  await t.call('lock.changePassphrase', { current: PASS, next: NEXT });
  // The backup followed the journal to the new passphrase; put back the copy kept elsewhere.
  expect(readFileSync(file).equals(oldBytes)).toBe(false);
  writeFileSync(file, oldBytes);
  return { t, entry, backup, file };
}

function restart(t: TestHost): TestHost {
  closeHost(t);
  return testHost(t.dataDir, t.clock);
}

describe('a backup taken under an earlier passphrase', () => {
  it('is refused at restore with a message naming the passphrase it needs, not called damaged', async () => {
    const { t, backup } = await journalWithOldBackup();
    const date = new Date(backup.takenAt).toISOString().slice(0, 10);
    const refused = await t.host.handle('backup.restore', { name: backup.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    const message = refused.ok ? '' : refused.error.message;
    expect(message).toContain(`the passphrase the journal had on ${date}`);
    expect(message).toContain('Change Passphrase');
    expect(message).not.toContain('damaged');
  });

  it('restores once the passphrase is changed back to the one it was taken under', async () => {
    const { t, entry, backup } = await journalWithOldBackup();
    await t.call('lock.changePassphrase', { current: NEXT, next: PASS });
    await t.call('backup.restore', { name: backup.name });
    const again = restart(t);
    await again.call('lock.unlock', { passphrase: PASS });
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('In the old backup');
    expect((await again.call('app.state', {})).restoreSkipped).toBeUndefined();
  });

  it('a waiting restore opens with the backup’s own passphrase, which brings the journal back as it was', async () => {
    const { t, entry, backup } = await journalWithOldBackup();
    // A restore waiting under an earlier passphrase (its backup could not follow a later change).
    writeFileSync(
      join(backupDir(t.host.dbPath), RESTORE_MARKER),
      JSON.stringify({ name: backup.name }),
    );
    const again = restart(t);
    const date = new Date(backup.takenAt).toISOString().slice(0, 10);
    const wrong = await again.host.handle('lock.unlock', { passphrase: 'neither of them' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong-passphrase' } });
    expect(wrong.ok ? '' : wrong.error.message).toBe(
      `That passphrase opens neither this journal nor the backup from ${date} waiting to be restored. ` +
        `The backup opens with the passphrase the journal had on ${date}.`,
    );
    expect((await again.call('lock.unlock', { passphrase: PASS })).state).toBe('open');
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('In the old backup');
    // The journal is under the backup's passphrase now: the later one is wrong, never taken for damage.
    const third = restart(again);
    await expectCode(third.call('lock.unlock', { passphrase: NEXT }), 'wrong-passphrase');
    expect((await third.call('lock.unlock', { passphrase: PASS })).state).toBe('open');
  });

  it('a marker naming no backup, or one gone since, is no waiting restore: the unlock reports none skipped', async () => {
    const { t } = await journalWithOldBackup();
    writeFileSync(join(backupDir(t.host.dbPath), 'notes.txt'), 'not a backup');
    let host = t;
    for (const name of ['notes.txt', 'ladder-2026-01-01T00-00-00-000Z.db.gz']) {
      writeFileSync(join(backupDir(host.host.dbPath), RESTORE_MARKER), JSON.stringify({ name }));
      host = restart(host);
      const state = await host.call('lock.unlock', { passphrase: NEXT });
      expect(state.state, name).toBe('open');
      expect(state.restoreSkipped, name).toBeUndefined();
    }
  });

  it('unlocking with the current passphrase opens the journal as it is and reports the skipped restore', async () => {
    const { t, entry, backup } = await journalWithOldBackup();
    writeFileSync(
      join(backupDir(t.host.dbPath), RESTORE_MARKER),
      JSON.stringify({ name: backup.name }),
    );
    const again = restart(t);
    const state = await again.call('lock.unlock', { passphrase: NEXT });
    expect(state).toMatchObject({
      state: 'open',
      restoreSkipped: { name: backup.name, takenAt: backup.takenAt },
    });
    // Unchanged: the entry is still in the trash, and the next start does not try again.
    expect((await again.call('journal.list', {})).map((e) => e.id)).not.toContain(entry.id);
    const third = restart(again);
    expect((await third.call('lock.unlock', { passphrase: NEXT })).restoreSkipped).toBeUndefined();
  });
});

describe('backups and a journal of different kinds', () => {
  it('a plain backup and a protected journal: the restore says to remove the passphrase first', async () => {
    const t = testHost();
    await t.call('journal.create', {
      kind: 'praise',
      title: 'Plain days',
      body: body('before protection'),
    });
    const plain = await t.call('backup.now', {});
    const kept = join(tempDir(), 'plain.db');
    copyFileSync(join(backupDir(t.host.dbPath), plain.name), kept);
    await t.call('lock.protect', { passphrase: PASS });
    copyFileSync(kept, join(backupDir(t.host.dbPath), plain.name));
    const refused = await t.host.handle('backup.restore', { name: plain.name });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(refused.ok ? '' : refused.error.message).toContain('Remove Passphrase Protection');
  });

  it('an encrypted backup and a plain journal: the restore says to protect with that passphrase; a waiting one never stops the start', async () => {
    const t = testHost();
    await t.call('journal.create', { kind: 'praise', title: 'Secret days', body: body(SECRET) });
    await t.call('lock.protect', { passphrase: PASS });
    t.clock.advance(60_000);
    const backup = await t.call('backup.now', {});
    const kept = join(tempDir(), 'encrypted.db');
    copyFileSync(join(backupDir(t.host.dbPath), backup.name), kept);
    await t.call('lock.removeProtection', { passphrase: PASS });
    copyFileSync(kept, join(backupDir(t.host.dbPath), backup.name));
    const refused = await t.host.handle('backup.restore', { name: backup.name });
    expect(refused.ok ? '' : refused.error.message).toContain('Protect with Passphrase');

    writeFileSync(
      join(backupDir(t.host.dbPath), RESTORE_MARKER),
      JSON.stringify({ name: backup.name }),
    );
    const again = restart(t);
    expect(await again.call('app.state', {})).toMatchObject({
      state: 'open',
      restoreSkipped: { name: backup.name },
    });
    expect((await again.call('journal.list', {})).map((e) => e.title)).toEqual(['Secret days']);
  });
});
