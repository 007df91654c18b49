// On a computer shared with other accounts, nobody else may read the journal: on real files, the
// data folder and backups/ are 0700 and the journal, its WAL and shared memory, backups, the
// protection record and files Ladder writes are 0600, whatever the umask; files an earlier version
// left 0755/0644 are tightened at start.
import Database from 'better-sqlite3-multiple-ciphers';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tightenDataFolder, writePrivateFile } from '../../src-main/core/common/privateFiles';
import { body, tempDir } from './helpers';
import { closeHost, PASS, SECRET, testHost } from './lock/hostHelpers';

const modeOf = (path: string): string => (statSync(path).mode & 0o777).toString(8);

/** Every file and folder under `dir` with its mode, for a readable failure. */
function modes(dir: string): Record<string, string> {
  const out: Record<string, string> = { '.': modeOf(dir) };
  for (const name of readdirSync(dir)) {
    out[name] = modeOf(join(dir, name));
    if (statSync(join(dir, name)).isDirectory())
      for (const inner of readdirSync(join(dir, name)))
        out[`${name}/${inner}`] = modeOf(join(dir, name, inner));
  }
  return out;
}

describe.skipIf(process.platform === 'win32')('private files', () => {
  let umask = 0;
  beforeEach(() => {
    // The most open umask: modes must not depend on it.
    umask = process.umask(0);
  });
  afterEach(() => {
    process.umask(umask);
  });

  it('creates the folder 0700 and the journal, WAL, shared memory, backups, restore marker and protection record 0600', async () => {
    const dataDir = join(tempDir(), 'nested', 'Ladder');
    const t = testHost(dataDir);
    await t.call('journal.create', { kind: 'lesson', title: SECRET, body: body('private words') });
    expect(existsSync(join(dataDir, 'ladder.db-wal'))).toBe(true);
    expect(existsSync(join(dataDir, 'ladder.db-shm'))).toBe(true);
    const backup = await t.call('backup.now', {});
    await t.call('backup.restore', { name: backup.name });
    // Any other file Ladder keeps there (the folder lock) is private too.
    expect(
      Object.entries(modes(dataDir)).filter(([, mode]) => mode !== '600' && mode !== '700'),
    ).toEqual([]);
    expect(modes(dataDir)).toMatchObject({
      '.': '700',
      'ladder.db': '600',
      'ladder.db-wal': '600',
      'ladder.db-shm': '600',
      backups: '700',
      [`backups/${backup.name}`]: '600',
      'backups/restore-pending.json': '600',
    });

    await t.call('lock.protect', { passphrase: PASS });
    await t.call('journal.create', {
      kind: 'lesson',
      title: 'After protecting',
      body: body('more'),
    });
    const after = modes(dataDir);
    expect(after['ladder.protection.json']).toBe('600');
    expect(Object.entries(after).filter(([, mode]) => mode !== '600' && mode !== '700')).toEqual(
      [],
    );
    expect(Object.keys(after)).toEqual(
      expect.arrayContaining([
        'ladder.db',
        'ladder.db-wal',
        'ladder.db-shm',
        `backups/${backup.name}`,
      ]),
    );
  });

  it('tightens a folder, journal, WAL, shared memory, backups and protection record left 0755/0644', async () => {
    const dataDir = tempDir();
    const first = testHost(dataDir);
    await first.call('journal.create', {
      kind: 'lesson',
      title: SECRET,
      body: body('private words'),
    });
    const backup = await first.call('backup.now', {});
    await first.call('lock.protect', { passphrase: PASS });
    closeHost(first);
    writeFileSync(join(dataDir, 'window-state.json'), '{}');
    writeFileSync(join(dataDir, 'ladder.damaged-2026-11-01T00-00-00-000Z.db'), 'kept aside');
    // Another connection keeps the WAL and shared memory in place, as an earlier version left them.
    const other = new Database(join(dataDir, 'ladder.db'));
    other.pragma("cipher = 'aegis'");
    other.key(Buffer.from(PASS));
    other.pragma('schema_version');
    try {
      chmodSync(dataDir, 0o755);
      chmodSync(join(dataDir, 'backups'), 0o755);
      for (const name of readdirSync(dataDir))
        if (name !== 'backups') chmodSync(join(dataDir, name), 0o644);
      chmodSync(join(dataDir, 'backups', backup.name), 0o644);
      expect(Object.keys(modes(dataDir))).toEqual(
        expect.arrayContaining([
          'ladder.db-wal',
          'ladder.db-shm',
          'ladder.protection.json',
          `backups/${backup.name}`,
        ]),
      );
      expect(Object.values(modes(dataDir))).toContain('644');

      const again = testHost(dataDir);
      expect((await again.call('app.state', {})).state).toBe('locked');
      expect(
        Object.entries(modes(dataDir)).filter(([, mode]) => mode !== '600' && mode !== '700'),
      ).toEqual([]);
      expect(modeOf(dataDir)).toBe('700');
      expect(modeOf(join(dataDir, 'backups'))).toBe('700');
    } finally {
      other.close();
    }
  });

  it("leaves files that are not Ladder's, and the targets of symbolic links, as they are", () => {
    const dataDir = tempDir();
    const elsewhere = join(tempDir(), 'shared.txt');
    writeFileSync(elsewhere, 'not ours');
    chmodSync(elsewhere, 0o644);
    mkdirSync(join(dataDir, 'backups'));
    symlinkSync(elsewhere, join(dataDir, 'backups', 'link.db'));
    writeFileSync(join(dataDir, 'Cookies'), 'chromium');
    chmodSync(join(dataDir, 'Cookies'), 0o644);
    tightenDataFolder(dataDir, 'backups');
    expect(modeOf(elsewhere)).toBe('644');
    expect(modeOf(join(dataDir, 'Cookies'))).toBe('644');
    expect(modeOf(dataDir)).toBe('700');
  });

  it('leaves a folder elsewhere alone when backups/ is a symbolic link to it, and the files in it', () => {
    const dataDir = tempDir();
    const shared = tempDir();
    chmodSync(shared, 0o755);
    writeFileSync(join(shared, 'photos.txt'), 'not ours');
    chmodSync(join(shared, 'photos.txt'), 0o644);
    symlinkSync(shared, join(dataDir, 'backups'));
    tightenDataFolder(dataDir, 'backups');
    expect(modeOf(shared)).toBe('755');
    expect(modeOf(join(shared, 'photos.txt'))).toBe('644');
    expect(modeOf(dataDir)).toBe('700');
  });

  it('writes exports and other files 0600, also over an existing 0644 file', () => {
    const dir = tempDir();
    const fresh = join(dir, 'Agenda.pdf');
    writePrivateFile(fresh, Buffer.from('%PDF-1.7'));
    expect(modeOf(fresh)).toBe('600');
    const replaced = join(dir, 'Old agenda.pdf');
    writeFileSync(replaced, 'old');
    chmodSync(replaced, 0o644);
    writePrivateFile(replaced, Buffer.from('%PDF-1.7 new'));
    expect(modeOf(replaced)).toBe('600');
  });
});
