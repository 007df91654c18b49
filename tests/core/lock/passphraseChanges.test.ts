// Putting on, changing and taking off the passphrase when something stands in the way: a journal that is
// not open or not protected, a step that fails half-way, Ladder closing meanwhile, a crash at any moment,
// backups that cannot follow. Each time the journal stays readable with the right passphrase only.
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, RESTORE_MARKER } from '../../../src-main/core/backup/backupFiles';
import { hasPlainHeader } from '../../../src-main/core/db/fileHeader';
import { protectionPath, readProtection } from '../../../src-main/core/lock/protection';
import type { ReencryptStep } from '../../../src-main/core/lock/reencrypt';
import { verifierMatches } from '../../../src-main/core/lock/verifier';
import { openBackupCopy } from '../durability/backupCopies';
import { body, expectCode, tempDir } from '../helpers';
import { denyWrites } from './denyWrites';
import { closeHost, fileHolds, PASS, SECRET, testHost } from './hostHelpers';

const NEXT = 'a second, newer passphrase';
const steps: ReencryptStep[] = ['copied', 'rekeyed', 'swapped'];

/** What each passphrase gets at unlock on a fresh start over the folder ('open' or the error's code). */
async function unlockOutcomes(dataDir: string, passphrases: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const passphrase of passphrases) {
    const again = testHost(dataDir);
    const answer = await again.host.handle('lock.unlock', { passphrase });
    out.push(answer.ok ? (answer.result as { state: string }).state : answer.error.code);
    closeHost(again);
  }
  return out;
}

/** Lets a call that was just made run up to its first await (the scrypt hash, off the main thread). */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('a passphrase request that cannot apply', () => {
  it('is refused with a message naming why, and changes nothing', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Kept',
      body: body(SECRET),
    });
    for (const call of [
      t.call('lock.changePassphrase', { current: PASS, next: NEXT }),
      t.call('lock.removeProtection', { passphrase: PASS }),
    ])
      expect((await expectCode(call, 'conflict')).message).toBe(
        'The journal is not protected with a passphrase.',
      );
    expect(await t.call('app.state', {})).toMatchObject({ state: 'open', protected: false });

    await t.call('lock.protect', { passphrase: PASS });
    await t.call('lock.setAutoLock', { minutes: 15 });
    const again = await expectCode(t.call('lock.protect', { passphrase: NEXT }), 'conflict');
    expect(again.message).toBe('The journal is already protected with a passphrase.');
    const wrong = await expectCode(
      t.call('lock.changePassphrase', { current: 'not the passphrase', next: NEXT }),
      'wrong-passphrase',
    );
    expect(wrong.message).toBe('That passphrase does not open this journal.');

    await t.call('lock.lock', {});
    const file = readFileSync(t.host.dbPath);
    const record = readFileSync(protectionPath(t.host.dbPath));
    for (const call of [
      t.call('lock.protect', { passphrase: NEXT }),
      t.call('lock.changePassphrase', { current: PASS, next: NEXT }),
      t.call('lock.removeProtection', { passphrase: PASS }),
    ])
      expect((await expectCode(call, 'conflict')).message).toBe('Unlock the journal first.');
    expect(readFileSync(t.host.dbPath).equals(file)).toBe(true);
    expect(readFileSync(protectionPath(t.host.dbPath)).equals(record)).toBe(true);

    closeHost(t);
    expect(await unlockOutcomes(t.dataDir, [NEXT])).toEqual(['wrong-passphrase']);
    const later = testHost(t.dataDir);
    await later.call('lock.unlock', { passphrase: PASS });
    expect((await later.call('journal.get', { id: entry.id })).title).toBe('Kept');
    expect((await later.call('lock.settings', {})).autoLockMinutes).toBe(15);
  });
});

describe('a passphrase request that fails half-way', () => {
  it.each(['copied', 'rekeyed'] as const)(
    'protect cut after "%s": refused, the journal open and unprotected in the same session, and protect works next time',
    async (step) => {
      let armed = true;
      const t = testHost(undefined, undefined, {
        afterReencryptStep: (s) => {
          if (armed && s === step) throw new Error('cut short');
        },
      });
      const entry = await t.call('journal.create', {
        kind: 'praise',
        title: 'Plain still',
        body: body(SECRET),
      });
      expect((await t.host.handle('lock.protect', { passphrase: PASS })).ok).toBe(false);
      expect(await t.call('app.state', {})).toMatchObject({ state: 'open', protected: false });
      expect(existsSync(protectionPath(t.host.dbPath))).toBe(false);
      expect(readdirSync(t.dataDir).filter((n) => n.includes('.rekeying'))).toEqual([]);
      expect(hasPlainHeader(t.host.dbPath)).toBe(true);
      expect((await t.call('journal.get', { id: entry.id })).title).toBe('Plain still');

      armed = false;
      expect((await t.call('lock.protect', { passphrase: PASS })).protected).toBe(true);
      expect(fileHolds(t.host.dbPath, SECRET)).toBe(false);
    },
  );

  it.each(['copied', 'rekeyed'] as const)(
    'a change cut after "%s": refused, the journal still open in the same session and still under the old passphrase',
    async (step) => {
      let armed = false;
      const t = testHost(undefined, undefined, {
        afterReencryptStep: (s) => {
          if (armed && s === step) throw new Error('cut short');
        },
      });
      const entry = await t.call('journal.create', {
        kind: 'praise',
        title: 'Same',
        body: body(SECRET),
      });
      await t.call('lock.protect', { passphrase: PASS });
      armed = true;
      expect((await t.host.handle('lock.changePassphrase', { current: PASS, next: NEXT })).ok).toBe(
        false,
      );
      expect((await t.call('app.state', {})).state).toBe('open');
      expect((await t.call('journal.get', { id: entry.id })).title).toBe('Same');
      const verifier = readProtection(t.host.dbPath)?.verifier;
      expect(verifier && (await verifierMatches(verifier, Buffer.from(PASS)))).toBe(true);
      closeHost(t);
      expect(await unlockOutcomes(t.dataDir, [PASS, NEXT])).toEqual(['open', 'wrong-passphrase']);
    },
  );

  it('a change cut short as the folder stops taking writes: the old passphrase still opens once it can, and the log says the check was not written back', async () => {
    const lines: string[] = [];
    let undo: (() => void) | null = null;
    let armed = false;
    const t = testHost(undefined, undefined, {
      log: (line) => lines.push(line),
      afterReencryptStep: (s) => {
        if (!armed || s !== 'copied') return;
        armed = false;
        undo = denyWrites(t.dataDir);
        throw new Error('the folder stopped taking writes');
      },
    });
    try {
      const entry = await t.call('journal.create', {
        kind: 'praise',
        title: 'Held',
        body: body(SECRET),
      });
      await t.call('lock.protect', { passphrase: PASS });
      armed = true;
      expect((await t.host.handle('lock.changePassphrase', { current: PASS, next: NEXT })).ok).toBe(
        false,
      );
      expect(lines).toContain('storage-warning: the passphrase check could not be written back');
      (undo as (() => void) | null)?.();
      undo = null;
      closeHost(t);
      expect(await unlockOutcomes(t.dataDir, [NEXT, PASS])).toEqual(['wrong-passphrase', 'open']);
      const again = testHost(t.dataDir);
      await again.call('lock.unlock', { passphrase: PASS });
      expect((await again.call('journal.get', { id: entry.id })).title).toBe('Held');
    } finally {
      (undo as (() => void) | null)?.();
    }
  });

  it('a crash at any moment of a change (the files as it leaves them): one passphrase opens, the other is wrong, never "damaged"', async () => {
    const snapshots = new Map<ReencryptStep, string>();
    let watching = false;
    const t = testHost(undefined, undefined, {
      // The process dies right after this step: only what is on disk then remains.
      afterReencryptStep: (s) => {
        if (!watching) return;
        const copy = tempDir();
        cpSync(t.dataDir, copy, { recursive: true });
        snapshots.set(s, copy);
      },
    });
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Whole',
      body: body(SECRET),
    });
    await t.call('lock.protect', { passphrase: PASS });
    watching = true;
    await t.call('lock.changePassphrase', { current: PASS, next: NEXT });
    expect([...snapshots.keys()]).toEqual(steps);

    for (const [step, dir] of snapshots) {
      const outcomes = await unlockOutcomes(dir, [PASS, NEXT]);
      expect([...outcomes].sort(), step).toEqual(['open', 'wrong-passphrase']);
      expect(
        readdirSync(dir).filter((n) => n.startsWith('ladder.damaged-')),
        step,
      ).toEqual([]);
      const again = testHost(dir);
      await again.call('lock.unlock', { passphrase: outcomes[0] === 'open' ? PASS : NEXT });
      expect((await again.call('journal.get', { id: entry.id })).title, step).toBe('Whole');
      closeHost(again);
    }
  });
});

describe('Ladder closing while the passphrase is being hashed', () => {
  it('protect: refused as closing, and the journal is left plain, without a record', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Plain',
      body: body(SECRET),
    });
    const pending = t.host.handle('lock.protect', { passphrase: PASS });
    await nextTurn();
    closeHost(t);
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Ladder is closing.' },
    });
    expect(hasPlainHeader(t.host.dbPath)).toBe(true);
    expect(existsSync(protectionPath(t.host.dbPath))).toBe(false);
    const again = testHost(t.dataDir);
    expect(await again.call('app.state', {})).toMatchObject({ state: 'open', protected: false });
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Plain');
  });

  it('a change: refused as closing, and the old passphrase still opens', async () => {
    const t = testHost();
    await t.call('lock.protect', { passphrase: PASS });
    const pending = t.host.handle('lock.changePassphrase', { current: PASS, next: NEXT });
    await nextTurn();
    closeHost(t);
    expect(await pending).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'Ladder is closing.' },
    });
    expect(await unlockOutcomes(t.dataDir, [PASS, NEXT])).toEqual(['open', 'wrong-passphrase']);
  });
});

describe('backups when the passphrase changes', () => {
  it('an older full-copy backup is encrypted too; one that cannot be read is left as it was, and the log says so', async () => {
    const lines: string[] = [];
    const t = testHost(undefined, undefined, { log: (line) => lines.push(line) });
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Old',
      body: body(SECRET),
    });
    closeHost(t);
    // Backups as earlier versions wrote them: a plain full copy of the journal file.
    const dir = backupDir(t.host.dbPath);
    mkdirSync(dir, { recursive: true });
    const fullCopy = join(dir, 'ladder-2026-11-01T10-00-00-000Z.db');
    const unreadable = join(dir, 'ladder-2026-11-02T10-00-00-000Z.db');
    copyFileSync(t.host.dbPath, fullCopy);
    const junk = Buffer.alloc(4096, 0x21);
    writeFileSync(unreadable, junk);
    expect(fileHolds(fullCopy, SECRET)).toBe(true);
    const again = testHost(t.dataDir, t.clock, { log: (line) => lines.push(line) });

    await again.call('lock.protect', { passphrase: PASS });
    expect(fileHolds(fullCopy, SECRET)).toBe(false);
    const db = openBackupCopy(fullCopy, PASS);
    try {
      expect(db.prepare('SELECT title FROM entries WHERE id = ?').pluck().get(entry.id)).toBe(
        'Old',
      );
    } finally {
      db.close();
    }
    expect(readFileSync(unreadable).equals(junk)).toBe(true);
    expect(lines).toContain(
      'storage-warning: a backup could not be re-encrypted and was left as it was',
    );
  });

  it('a restore waiting for a backup that cannot follow the change is dropped at once and said; its old passphrase opens nothing', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Current',
      body: body(SECRET),
    });
    await t.call('lock.protect', { passphrase: PASS });
    t.clock.advance(60_000);
    const backup = await t.call('backup.now', {});
    const file = join(backupDir(t.host.dbPath), backup.name);
    const underPass = readFileSync(file);
    await t.call('lock.changePassphrase', { current: PASS, next: NEXT });
    // A copy of the backup kept elsewhere comes back under the first passphrase, and a restore of it waits.
    writeFileSync(file, underPass);
    writeFileSync(
      join(backupDir(t.host.dbPath), RESTORE_MARKER),
      JSON.stringify({ name: backup.name }),
    );

    const third = 'a third passphrase, the newest';
    const state = await t.call('lock.changePassphrase', { current: NEXT, next: third });
    expect(state.restoreSkipped).toEqual({ name: backup.name, takenAt: backup.takenAt });
    closeHost(t);
    expect(await unlockOutcomes(t.dataDir, [PASS, NEXT])).toEqual([
      'wrong-passphrase',
      'wrong-passphrase',
    ]);
    const again = testHost(t.dataDir);
    await again.call('lock.unlock', { passphrase: third });
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Current');
  });
});
