// Encryption at rest through the store host, on real files: protect, unlock, lock, change, remove.
import { readFileSync } from 'node:fs';
import Database from 'better-sqlite3-multiple-ciphers';
import { describe, expect, it } from 'vitest';
import { body, expectCode } from '../helpers';
import { closeHost, fileHolds, PASS, SECRET, testHost } from './hostHelpers';
import { readProtection } from '../../../src-main/core/lock/protection';

async function protectedHost() {
  const t = testHost();
  const entry = await t.call('journal.create', {
    kind: 'accomplishment',
    title: 'Plan',
    body: body(`My ${SECRET} in detail.`),
  });
  await t.call('lock.protect', { passphrase: PASS });
  return { t, entry };
}

describe('encryption at rest', () => {
  it('protecting leaves no journal text in the file or its WAL, and the journal stays whole', async () => {
    const { t, entry } = await protectedHost();
    const { dbPath } = t.host;
    // Writes after protecting go to the encrypted WAL.
    await t.call('journal.save', {
      id: entry.id,
      title: 'Plan',
      date: entry.date,
      fields: {},
      body: body(`Still ${SECRET}.`),
      tags: [],
    });
    expect(fileHolds(dbPath, SECRET)).toBe(false);
    expect(fileHolds(dbPath, 'SQLite format 3')).toBe(false);
    expect((await t.call('app.state', {})).protected).toBe(true);
    closeHost(t);
    expect(fileHolds(dbPath, SECRET)).toBe(false);

    const again = testHost(t.dataDir);
    expect(await again.call('app.state', {})).toMatchObject({ state: 'locked', protected: true });
    await expectCode(again.call('journal.list', {}), 'locked');
    await again.call('lock.unlock', { passphrase: PASS });
    const rows = again.host.store()?.db.pragma('integrity_check') as { integrity_check: string }[];
    expect(rows).toEqual([{ integrity_check: 'ok' }]);
    expect(JSON.stringify((await again.call('journal.get', { id: entry.id })).body)).toContain(
      SECRET,
    );
  });

  it('a wrong passphrase is refused and the file stays byte-identical', async () => {
    const { t } = await protectedHost();
    closeHost(t);
    const before = readFileSync(t.host.dbPath);
    const again = testHost(t.dataDir);
    await expectCode(
      again.call('lock.unlock', { passphrase: 'not the passphrase' }),
      'wrong-passphrase',
    );
    expect((await again.call('app.state', {})).state).toBe('locked');
    expect(readFileSync(t.host.dbPath).equals(before)).toBe(true);
  });

  it('search works on an encrypted journal', async () => {
    const { t } = await protectedHost();
    const hits = await t.call('search.query', { text: 'Quetzal' });
    expect(hits.length).toBe(1);
  });

  it('locking drops access until the passphrase is given again', async () => {
    const { t, entry } = await protectedHost();
    expect((await t.call('lock.lock', {})).state).toBe('locked');
    expect(t.host.store()).toBeNull();
    await expectCode(t.call('journal.get', { id: entry.id }), 'locked');
    await t.call('lock.unlock', { passphrase: PASS });
    expect((await t.call('journal.get', { id: entry.id })).title).toBe('Plan');
  });

  it('a new passphrase needs 8 to 1024 characters, said plainly; a longer one given to unlock or remove is refused unread', async () => {
    const t = testHost();
    const tooShort = await expectCode(
      t.call('lock.protect', { passphrase: '7 chars' }),
      'invalid-argument',
    );
    expect(tooShort.message).toContain('a passphrase needs at least 8 characters');
    await expectCode(t.call('lock.protect', { passphrase: 'x'.repeat(1025) }), 'invalid-argument');
    expect((await t.call('app.state', {})).protected).toBe(false);

    await t.call('lock.protect', { passphrase: '8 chars!' });
    const short = await expectCode(
      t.call('lock.changePassphrase', { current: '8 chars!', next: '7 chars' }),
      'invalid-argument',
    );
    expect(short.message).toContain('a passphrase needs at least 8 characters');
    for (const args of [
      { current: '8 chars!', next: 'y'.repeat(1025) },
      { current: 'x'.repeat(1025), next: 'a good new passphrase' },
      { current: '8 chars!', next: 'a good new passphrase', confirm: 'a good new passphrase' },
    ])
      await expectCode(t.call('lock.changePassphrase', args), 'invalid-argument');
    const longest = 'y'.repeat(1024);
    await t.call('lock.changePassphrase', { current: '8 chars!', next: longest });
    for (const args of [{ passphrase: 'y'.repeat(1025) }, { passphrase: longest, extra: 1 }])
      await expectCode(t.call('lock.removeProtection', args), 'invalid-argument');
    expect((await t.call('app.state', {})).protected).toBe(true);
    await t.call('lock.lock', {});
    await expectCode(t.call('lock.unlock', { passphrase: 'y'.repeat(1025) }), 'invalid-argument');
    expect((await t.call('lock.unlock', { passphrase: longest })).state).toBe('open');
    await t.call('lock.removeProtection', { passphrase: longest });
    expect((await t.call('app.state', {})).protected).toBe(false);
  });

  it('a wrong passphrase as long as the right one neither changes nor removes the protection', async () => {
    const { t, entry } = await protectedHost();
    const sameLength = PASS.replace('c', 'k');
    expect(sameLength).toHaveLength(PASS.length);
    expect(sameLength).not.toBe(PASS);
    const before = readFileSync(t.host.dbPath);
    await expectCode(
      t.call('lock.changePassphrase', { current: sameLength, next: 'another passphrase' }),
      'wrong-passphrase',
    );
    await expectCode(
      t.call('lock.removeProtection', { passphrase: sameLength }),
      'wrong-passphrase',
    );
    expect(readFileSync(t.host.dbPath).equals(before)).toBe(true);
    expect((await t.call('app.state', {})).protected).toBe(true);
    await t.call('lock.lock', {});
    await expectCode(t.call('lock.unlock', { passphrase: sameLength }), 'wrong-passphrase');
    await t.call('lock.unlock', { passphrase: PASS });
    expect((await t.call('journal.get', { id: entry.id })).title).toBe('Plan');
  });

  it('an unprotected journal cannot be locked', async () => {
    const t = testHost();
    await expectCode(t.call('lock.lock', {}), 'conflict');
    expect((await t.call('app.state', {})).state).toBe('open');
  });

  it('changing the passphrase: the old one stops working, the new one opens', async () => {
    const { t, entry } = await protectedHost();
    await expectCode(
      t.call('lock.changePassphrase', { current: 'wrong one!', next: 'another passphrase' }),
      'wrong-passphrase',
    );
    await t.call('lock.changePassphrase', { current: PASS, next: 'another passphrase' });
    expect((await t.call('journal.get', { id: entry.id })).title).toBe('Plan');
    closeHost(t);
    const again = testHost(t.dataDir);
    await expectCode(again.call('lock.unlock', { passphrase: PASS }), 'wrong-passphrase');
    await again.call('lock.unlock', { passphrase: 'another passphrase' });
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Plan');
  });

  it('removing protection leaves a plain journal that opens without a passphrase', async () => {
    const { t, entry } = await protectedHost();
    await expectCode(
      t.call('lock.removeProtection', { passphrase: 'wrong one!' }),
      'wrong-passphrase',
    );
    expect((await t.call('lock.removeProtection', { passphrase: PASS })).protected).toBe(false);
    closeHost(t);
    expect(fileHolds(t.host.dbPath, 'SQLite format 3')).toBe(true);
    const again = testHost(t.dataDir);
    expect((await again.call('app.state', {})).state).toBe('open');
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Plan');
  });

  it('keeps the auto-lock choice beside the journal, only for a protected one', async () => {
    const t = testHost();
    await expectCode(t.call('lock.setAutoLock', { minutes: 15 }), 'conflict');
    await t.call('lock.protect', { passphrase: PASS });
    expect(await t.call('lock.setAutoLock', { minutes: 15 })).toEqual({
      protected: true,
      autoLockMinutes: 15,
    });
    await t.call('lock.lock', {});
    expect(await t.call('lock.settings', {})).toEqual({ protected: true, autoLockMinutes: 15 });
  });

  it('the encrypted file opens with the driver and the passphrase alone (no hidden key material)', async () => {
    const { t } = await protectedHost();
    closeHost(t);
    const db = new Database(t.host.dbPath, { readonly: true });
    // The cipher is not secret: ladder.protection.json names it.
    db.pragma(`cipher = '${readProtection(t.host.dbPath)?.cipher}'`);
    db.key(Buffer.from(PASS));
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });
});
