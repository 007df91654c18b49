// The passphrase verifier on real files: a damaged protected journal takes the damaged path with the
// right passphrase and stays "wrong passphrase" with a wrong one; old records gain a verifier; the
// verifier follows every passphrase change and never calls a sound file damaged.
import {
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  closeSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { scryptSync } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newRecord, protectionPath, readProtection } from '../../../src-main/core/lock/protection';
import type { ReencryptStep } from '../../../src-main/core/lock/reencrypt';
import { makeVerifier, SCRYPT_PARAMS, verifierMatches } from '../../../src-main/core/lock/verifier';
import { body, expectCode, tempDir } from '../helpers';
import { closeHost, PASS, SECRET, testHost, type TestHost } from './hostHelpers';

const NEXT = 'a second, newer passphrase';

const damages = {
  'its first 4 KiB overwritten': (file: string) => {
    const fd = openSync(file, 'r+');
    try {
      writeSync(fd, Buffer.alloc(4096, 0x5a), 0, 4096, 0);
    } finally {
      closeSync(fd);
    }
  },
  'garbage over the whole file': (file: string) =>
    writeFileSync(file, Buffer.alloc(readFileSync(file).length, 0x33)),
};
const kinds = Object.keys(damages) as (keyof typeof damages)[];

/** A protected journal with one backup (holding "In the backup") and a later entry it lacks. */
async function protectedWithBackup(lines: string[] = []) {
  const t = testHost(undefined, undefined, { log: (line) => lines.push(line) });
  const kept = await t.call('journal.create', {
    kind: 'praise',
    title: 'In the backup',
    body: body(SECRET),
  });
  await t.call('lock.protect', { passphrase: PASS });
  t.clock.advance(60_000);
  const backup = await t.call('backup.now', {});
  const later = await t.call('journal.create', { kind: 'praise', title: 'After the backup' });
  return { t, kept, later, backup };
}

/** Closes the host (the WAL is folded in), damages the file, and starts a new host over the folder. */
function damageAndRestart(
  t: TestHost,
  kind: keyof typeof damages,
  lines: string[] = [],
): { again: TestHost; damaged: Buffer } {
  closeHost(t);
  damages[kind](t.host.dbPath);
  const damaged = readFileSync(t.host.dbPath);
  return { again: testHost(t.dataDir, t.clock, { log: (line) => lines.push(line) }), damaged };
}

function damagedFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((n) => n.startsWith('ladder.damaged-'));
}

describe('a damaged protected journal', () => {
  it.each(kinds)(
    'with %s and the right passphrase: kept aside byte-identical, the newest backup offered and restored',
    async (kind) => {
      const lines: string[] = [];
      const { t, kept, later, backup } = await protectedWithBackup(lines);
      const { again, damaged } = damageAndRestart(t, kind, lines);
      expect((await again.call('app.state', {})).state).toBe('locked');

      const state = await again.call('lock.unlock', { passphrase: PASS });
      expect(state).toMatchObject({
        state: 'damaged',
        protected: true,
        damaged: { newestBackup: { name: backup.name } },
      });
      const keptAs = join(t.dataDir, state.damaged?.keptAs ?? 'missing');
      expect(readFileSync(keptAs).equals(damaged)).toBe(true);
      expect(existsSync(t.host.dbPath)).toBe(false);
      await expectCode(again.call('journal.list', {}), 'locked');

      expect((await again.call('app.restoreNewestBackup', {})).state).toBe('open');
      expect((await again.call('journal.get', { id: kept.id })).title).toBe('In the backup');
      await expectCode(again.call('journal.get', { id: later.id }), 'not-found');
      expect(readFileSync(keptAs).equals(damaged)).toBe(true);
      // The restored journal keeps the passphrase, and its verifier still fits it.
      closeHost(again);
      expect((await testHost(t.dataDir).call('lock.unlock', { passphrase: PASS })).state).toBe(
        'open',
      );

      // The verifier is never logged.
      const verifier = readProtection(t.host.dbPath)?.verifier;
      expect(verifier).toBeDefined();
      expect(lines.join('\n')).not.toContain(verifier?.hash);
      expect(lines.join('\n')).not.toContain(verifier?.salt);
    },
  );

  it.each(kinds)(
    'with %s and a wrong passphrase: still a wrong passphrase, the file byte-identical',
    async (kind) => {
      const { t } = await protectedWithBackup();
      const { again, damaged } = damageAndRestart(t, kind);
      await expectCode(
        again.call('lock.unlock', { passphrase: 'not the passphrase' }),
        'wrong-passphrase',
      );
      expect((await again.call('app.state', {})).state).toBe('locked');
      expect(readFileSync(t.host.dbPath).equals(damaged)).toBe(true);
      expect(damagedFiles(t.dataDir)).toEqual([]);
    },
  );
});

describe('the passphrase verifier', () => {
  it('tells a passphrase from the same one with NUL bytes after it (HMAC pads short keys with zeros)', async () => {
    const v = await makeVerifier(Buffer.from('pass', 'utf8'));
    expect(await verifierMatches(v, Buffer.from('pass', 'utf8'))).toBe(true);
    expect(await verifierMatches(v, Buffer.from('pass\0', 'utf8'))).toBe(false);
    expect(await verifierMatches(v, Buffer.from('pass\0\0\0', 'utf8'))).toBe(false);
  });

  it('refuses another passphrase of the same length (every byte counts, not only the length)', async () => {
    const v = await makeVerifier(Buffer.from(PASS, 'utf8'));
    const sameLength = PASS.replace('c', 'k');
    expect(sameLength).toHaveLength(PASS.length);
    expect(await verifierMatches(v, Buffer.from(sameLength, 'utf8'))).toBe(false);
    expect(await verifierMatches(v, Buffer.alloc(PASS.length))).toBe(false);
    expect(await verifierMatches(v, Buffer.from(PASS, 'utf8'))).toBe(true);
  });

  it('checks at the cost the record names: one a later Ladder writes at 2^17 proves its passphrase', async () => {
    // The record's format, as another program (or a later Ladder) would compute it: scrypt of the
    // passphrase's length (4 bytes, big-endian) followed by its UTF-8 bytes, 32 bytes out.
    const N = 2 ** 17;
    const salt = Buffer.alloc(16, 7);
    const input = Buffer.concat([Buffer.alloc(4), Buffer.from(PASS, 'utf8')]);
    input.writeUInt32BE(Buffer.byteLength(PASS), 0);
    const hash = scryptSync(input, salt, 32, { N, r: 8, p: 1, maxmem: 256 * N * 8 });
    const dbPath = join(tempDir(), 'ladder.db');
    const later = {
      kdf: 'scrypt',
      N,
      r: 8,
      p: 1,
      salt: salt.toString('base64'),
      hash: hash.toString('base64'),
    };
    writeFileSync(protectionPath(dbPath), JSON.stringify({ ...newRecord(1), verifier: later }));
    const verifier = readProtection(dbPath)?.verifier;
    expect(verifier).toEqual(later);
    expect(verifier && (await verifierMatches(verifier, Buffer.from(PASS)))).toBe(true);
    expect(verifier && (await verifierMatches(verifier, Buffer.from(`${PASS}?`)))).toBe(false);
  });

  it('protecting stores a salted scrypt hash, never the passphrase, and nothing of it reaches app.state', async () => {
    const t = testHost();
    const state = await t.call('lock.protect', { passphrase: PASS });
    const raw = readFileSync(protectionPath(t.host.dbPath), 'utf8');
    expect(raw).not.toContain(PASS);
    expect(raw).not.toContain(Buffer.from(PASS).toString('base64'));
    const verifier = readProtection(t.host.dbPath)?.verifier;
    expect(verifier).toMatchObject({ kdf: 'scrypt', ...SCRYPT_PARAMS });
    expect(verifier && (await verifierMatches(verifier, Buffer.from(PASS)))).toBe(true);
    expect(verifier && (await verifierMatches(verifier, Buffer.from(`${PASS}!`)))).toBe(false);
    expect(JSON.stringify(state)).not.toContain(verifier?.hash);
    expect(JSON.stringify(await t.call('lock.settings', {}))).not.toContain(verifier?.hash);
  });

  it('a protection file from before verifiers still unlocks and gains one; a wrong passphrase is still refused', async () => {
    const { t, kept } = await protectedWithBackup();
    closeHost(t);
    const record = JSON.parse(readFileSync(protectionPath(t.host.dbPath), 'utf8')) as Record<
      string,
      unknown
    >;
    delete record.verifier;
    writeFileSync(protectionPath(t.host.dbPath), JSON.stringify(record));
    const before = readFileSync(t.host.dbPath);

    const again = testHost(t.dataDir);
    await expectCode(
      again.call('lock.unlock', { passphrase: 'not the passphrase' }),
      'wrong-passphrase',
    );
    expect(readFileSync(t.host.dbPath).equals(before)).toBe(true);
    expect(readProtection(t.host.dbPath)?.verifier).toBeUndefined();
    expect((await again.call('lock.unlock', { passphrase: PASS })).state).toBe('open');
    expect((await again.call('journal.get', { id: kept.id })).title).toBe('In the backup');
    const verifier = readProtection(t.host.dbPath)?.verifier;
    expect(verifier && (await verifierMatches(verifier, Buffer.from(PASS)))).toBe(true);
  });

  it('without a verifier, a damaged file reads as a wrong passphrase as before, and is left untouched', async () => {
    const { t } = await protectedWithBackup();
    closeHost(t);
    const record = readProtection(t.host.dbPath);
    delete record?.verifier;
    writeFileSync(protectionPath(t.host.dbPath), JSON.stringify(record));
    const { again, damaged } = damageAndRestart(testHost(t.dataDir), 'garbage over the whole file');
    await expectCode(again.call('lock.unlock', { passphrase: PASS }), 'wrong-passphrase');
    expect(readFileSync(t.host.dbPath).equals(damaged)).toBe(true);
    expect(damagedFiles(t.dataDir)).toEqual([]);
  });

  it('changing the passphrase replaces the verifier; removing protection deletes it with the record', async () => {
    const t = testHost();
    await t.call('lock.protect', { passphrase: PASS });
    const first = readProtection(t.host.dbPath)?.verifier;
    await t.call('lock.setAutoLock', { minutes: 15 });
    expect(readProtection(t.host.dbPath)?.verifier).toEqual(first);
    await t.call('lock.changePassphrase', { current: PASS, next: NEXT });
    const second = readProtection(t.host.dbPath)?.verifier;
    expect(second?.salt).not.toBe(first?.salt);
    expect(second && (await verifierMatches(second, Buffer.from(NEXT)))).toBe(true);
    expect(second && (await verifierMatches(second, Buffer.from(PASS)))).toBe(false);
    expect(readProtection(t.host.dbPath)?.autoLockMinutes).toBe(15);
    await t.call('lock.removeProtection', { passphrase: NEXT });
    expect(existsSync(protectionPath(t.host.dbPath))).toBe(false);
  });

  it('a journal copied back by hand under an earlier passphrase still opens with it, and the verifier follows', async () => {
    const t = testHost();
    const entry = await t.call('journal.create', {
      kind: 'praise',
      title: 'Copied back',
      body: body(SECRET),
    });
    await t.call('lock.protect', { passphrase: PASS });
    await t.call('lock.lock', {});
    const copy = readFileSync(t.host.dbPath);
    await t.call('lock.unlock', { passphrase: PASS });
    await t.call('lock.changePassphrase', { current: PASS, next: NEXT });
    closeHost(t);
    writeFileSync(t.host.dbPath, copy);

    const again = testHost(t.dataDir);
    expect((await again.call('lock.unlock', { passphrase: PASS })).state).toBe('open');
    expect((await again.call('journal.get', { id: entry.id })).title).toBe('Copied back');
    const verifier = readProtection(t.host.dbPath)?.verifier;
    expect(verifier && (await verifierMatches(verifier, Buffer.from(PASS)))).toBe(true);
  });

  const steps: ReencryptStep[] = ['copied', 'rekeyed', 'swapped'];
  it.each(steps)(
    'a crash after "%s" while changing the passphrase: one passphrase opens, the other is wrong, never damaged',
    async (step) => {
      let armed = false;
      const t = testHost(undefined, undefined, {
        afterReencryptStep: (s) => {
          if (armed && s === step) throw new Error('crash');
        },
      });
      const entry = await t.call('journal.create', {
        kind: 'praise',
        title: 'Survives',
        body: body(SECRET),
      });
      await t.call('lock.protect', { passphrase: PASS });
      armed = true;
      await t.call('lock.changePassphrase', { current: PASS, next: NEXT }).catch(() => undefined);
      closeHost(t);
      const left = readProtection(t.host.dbPath)?.verifier;

      const outcomes: string[] = [];
      for (const passphrase of [PASS, NEXT]) {
        const again = testHost(t.dataDir);
        const answer = await again.host.handle('lock.unlock', { passphrase });
        outcomes.push(answer.ok ? (answer.result as { state: string }).state : answer.error.code);
        if (answer.ok)
          expect((await again.call('journal.get', { id: entry.id })).title).toBe('Survives');
        closeHost(again);
      }
      expect([...outcomes].sort()).toEqual(['open', 'wrong-passphrase']);
      expect(damagedFiles(t.dataDir)).toEqual([]);
      // What the interrupted change left on disk: a verifier of the passphrase that opens the file.
      expect(
        left && (await verifierMatches(left, Buffer.from(outcomes[0] === 'open' ? PASS : NEXT))),
      ).toBe(true);
    },
  );
});

describe('a protection record edited by hand', () => {
  /** Writes `record` as the protection file beside a journal and reads it back as Ladder does at start. */
  function readBack(record: unknown): ReturnType<typeof readProtection> {
    const dbPath = join(tempDir(), 'ladder.db');
    writeFileSync(protectionPath(dbPath), JSON.stringify(record));
    return readProtection(dbPath);
  }

  it('keeps a sound verifier; one weaker than Ladder writes, too costly to check, or malformed is ignored and the file decides', async () => {
    const sound = await makeVerifier(Buffer.from(PASS));
    const record = { ...newRecord(1_700_000_000_000), autoLockMinutes: 15 };
    expect(readBack({ ...record, verifier: sound })).toEqual({ ...record, verifier: sound });
    expect(readBack({ ...record, verifier: { ...sound, N: 2 ** 18 } })?.verifier).toEqual({
      ...sound,
      N: 2 ** 18,
    });
    const salt16 = sound.salt;
    const ignored: Record<string, unknown> = {
      'cost below 2^16': { ...sound, N: 2 ** 15 },
      'cost above 2^18 (memory without bound)': { ...sound, N: 2 ** 19 },
      'cost not a power of two': { ...sound, N: 3 * 2 ** 16 },
      'cost as text': { ...sound, N: String(2 ** 16) },
      'another block size': { ...sound, r: 16 },
      'block size as text': { ...sound, r: '8' },
      'more parallelism': { ...sound, p: 2 },
      'parallelism as text': { ...sound, p: '1' },
      'another hash function': { ...sound, kdf: 'pbkdf2' },
      'a salt of 8 bytes': { ...sound, salt: Buffer.alloc(8, 1).toString('base64') },
      'a salt with a stray character before it': { ...sound, salt: `*${salt16}` },
      'a salt with a stray character after it': { ...sound, salt: `${salt16}*` },
      'a salt that is not text': { ...sound, salt: 16 },
      'a hash of 16 bytes': { ...sound, hash: Buffer.alloc(16, 1).toString('base64') },
      'a hash with a stray character before it': { ...sound, hash: `*${sound.hash}` },
      'text instead of a verifier': 'scrypt',
      'null instead of a verifier': null,
    };
    for (const [what, verifier] of Object.entries(ignored)) {
      const read = readBack({ ...record, verifier });
      expect(read, what).toEqual(record);
      expect(read && 'verifier' in read, what).toBe(false);
    }
  });

  it('an unreadable or odd record still says "protected", with the defaults for what it lacks', () => {
    const dbPath = join(tempDir(), 'ladder.db');
    writeFileSync(protectionPath(dbPath), '{ not json');
    expect(readProtection(dbPath)).toEqual(newRecord(0));
    expect(readBack(null)).toEqual(newRecord(0));
    expect(readBack({ protectedAt: '2026-12-01', autoLockMinutes: 7 })).toEqual(newRecord(0));
    expect(readBack({ protectedAt: 5, autoLockMinutes: 15 })).toEqual({
      ...newRecord(5),
      autoLockMinutes: 15,
    });
  });
});
