// The clean-up of copies cut short (run at every open) while a backup of this process is under way:
// the pieces that backup is writing stay, so it still finishes, and a stale half copy beside them
// still goes.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir, backupName } from '../../../src-main/core/backup/backupFiles';
import { removeInterruptedCopies } from '../../../src-main/core/backup/backupLeftovers';
import { listBackups } from '../../../src-main/core/backup/backupService';
import { backupTo } from '../../../src-main/core/backup/liveCopy';
import { body, testStore } from '../helpers';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('the clean-up of copies cut short while a backup runs', () => {
  it('still removes a stale half copy, and leaves the copy being written', async () => {
    const t = testStore();
    await t.store.autoBackup;
    const insert = t.store.db.prepare(
      "INSERT INTO entries (id, kind, title, date, body, text, created_at, updated_at) VALUES (?, 'lesson', ?, '2026-11-21', '', ?, 0, 0)",
    );
    // About 10 MB: the copy takes several steps, so the clean-up comes between two of them.
    t.store.db.transaction(() => {
      for (let i = 0; i < 12_000; i++) insert.run(`seed-${i}`, `seed ${i}`, 'x'.repeat(800));
    })();
    const dir = backupDir(t.store.dbPath);
    const stale = join(dir, 'ladder-2026-11-20T10-00-00-000Z.db.gz.partial');
    writeFileSync(stale, 'half');
    const destination = join(dir, backupName(t.clock.now() + 1000));
    const copy = backupTo(t.store.db, destination);
    while (!existsSync(`${destination}.partial-journal`)) await tick();
    removeInterruptedCopies(t.store.dbPath);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(`${destination}.partial`)).toBe(true);
    await copy;
    expect(existsSync(destination)).toBe(true);
  });

  it('leaves every piece of a backup under way, so it finishes and is listed', async () => {
    const t = testStore();
    await t.store.autoBackup;
    for (let i = 0; i < 200; i++)
      await t.call('journal.create', {
        kind: 'lesson',
        title: `Lesson ${i}`,
        body: body('word '.repeat(200)),
      });
    let done = false;
    const made = t.call('backup.now', {}).finally(() => (done = true));
    while (!done) {
      removeInterruptedCopies(t.store.dbPath);
      await tick();
    }
    const { name } = await made;
    expect(listBackups(t.store.dbPath).map((b) => b.name)).toContain(name);
  });
});
