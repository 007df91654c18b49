// A restore carried out at the next start, on real files, in the cases the other tests leave out: a
// plain backup restored without the copy made ready at the asking (its index rebuilt in the file), a
// full copy (every backup before they were compressed), and an archive that holds no journal, which
// is refused as a damaged backup and leaves the journal and the folder as they were.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { expandArchive } from '../../../src-main/core/backup/archiveRestore';
import { imageInPieces, writeArchive } from '../../../src-main/core/backup/backupArchive';
import {
  archiveName,
  backupDir,
  backupName,
  RESTORE_MARKER,
} from '../../../src-main/core/backup/backupFiles';
import { applyPendingRestore } from '../../../src-main/core/backup/backupService';
import { backupTo } from '../../../src-main/core/backup/liveCopy';
import { LadderError } from '../../../src-main/shared/errors';
import { body, closeStore, fingerprint, tempDir, testStore, type TestStore } from '../helpers';

const DAMAGED = /^That backup is damaged, so it was not restored/;

/** 30 entries, one of them holding 'zanzibar'; then a backup of them and one entry written after. */
async function journalAndBackup(
  take: (t: TestStore) => Promise<string>,
): Promise<{ t: TestStore; name: string }> {
  const t = testStore();
  await t.store.autoBackup;
  for (let i = 0; i < 30; i++)
    await t.call('journal.create', {
      kind: 'lesson',
      title: `Lesson ${i}`,
      body: body(i === 7 ? 'the zanzibar roadmap' : `plain words ${i}`),
    });
  t.clock.advance(1000);
  const name = await take(t);
  await t.call('journal.create', { kind: 'praise', title: 'After', body: body('pangolin') });
  return { t, name };
}

async function restoredAtNextStart(t: TestStore, name: string, beforeStart = () => {}) {
  const plan = await t.call('backup.restore', { name });
  expect(plan.restartRequired).toBe(true);
  closeStore(t);
  beforeStart();
  t.clock.advance(1000);
  return testStore(t.dataDir, t.clock);
}

const titles = async (t: TestStore, text: string) =>
  (await t.call('search.query', { text })).map((h) => h.title).sort();

describe('a restore at the next start', () => {
  it('of a plain backup whose ready copy is gone rebuilds its index in the file: search finds its words', async () => {
    const { t, name } = await journalAndBackup(async (s) => (await s.call('backup.now', {})).name);
    const dir = backupDir(t.store.dbPath);
    const back = await restoredAtNextStart(t, name, () => {
      for (const n of readdirSync(dir)) if (n.startsWith('restore-ready-')) rmSync(join(dir, n));
    });
    expect(await titles(back, 'zanzibar')).toEqual(['Lesson 7']);
    expect(await titles(back, 'pangolin')).toEqual([]);
    expect((await back.call('journal.list', {})).length).toBe(30);
    // Nothing of the rebuild is left beside the journal.
    expect(readdirSync(back.dataDir).filter((n) => n.includes('.partial'))).toEqual([]);
  });

  it('of a full copy (an older backup) restores it as it is', async () => {
    const { t, name } = await journalAndBackup(async (s) => {
      const full = backupName(s.clock.now());
      await backupTo(s.store.db, join(backupDir(s.store.dbPath), full));
      return full;
    });
    const back = await restoredAtNextStart(t, name);
    expect(await titles(back, 'zanzibar')).toEqual(['Lesson 7']);
    expect((await back.call('journal.list', {})).map((e) => e.title)).not.toContain('After');
  });
});

describe('an archive that holds no journal', () => {
  async function archiveOfNothing(dir: string, time: number): Promise<string> {
    const file = join(dir, archiveName(time));
    await writeArchive(imageInPieces(Buffer.alloc(8192, 'not a journal ')), file, null);
    return file;
  }

  it('expands to nothing: the expansion throws and leaves no file', async () => {
    const dir = tempDir();
    const file = await archiveOfNothing(dir, Date.UTC(2026, 10, 21, 9));
    const destination = join(dir, 'restored.db');
    expect(() => expandArchive(file, destination, null)).toThrow();
    expect(existsSync(destination)).toBe(false);
  });

  it('named by a waiting restore is refused as a damaged backup; the journal stays as it was', async () => {
    const t = testStore();
    await t.store.autoBackup;
    await t.call('journal.create', { kind: 'lesson', title: 'Kept', body: body('kept') });
    const dbPath = t.store.dbPath;
    closeStore(t);
    const dir = backupDir(dbPath);
    const file = await archiveOfNothing(dir, t.clock.now() + 1000);
    writeFileSync(join(dir, RESTORE_MARKER), JSON.stringify({ name: file.slice(dir.length + 1) }));
    const before = fingerprint(dbPath);
    const files = readdirSync(t.dataDir).sort();
    let thrown: unknown = null;
    try {
      applyPendingRestore(dbPath, t.clock.now() + 2000);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(LadderError);
    expect((thrown as LadderError).message).toMatch(DAMAGED);
    expect(fingerprint(dbPath)).toBe(before);
    expect(readdirSync(t.dataDir).sort()).toEqual(files);
  });
});
