// Writing a backup, on real files: every file a backup writes on the way (the copy, the copy without
// the index, the archive under its .partial name), even for a moment, is private (0600), as the
// finished backup is.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupDir } from '../../../src-main/core/backup/backupFiles';
import { body, testStore } from '../helpers';

describe('the files a backup writes on the way', () => {
  it.skipIf(process.platform === 'win32')('are all 0600 from the moment they appear', async () => {
    const t = testStore();
    await t.store.autoBackup;
    for (let i = 0; i < 200; i++)
      await t.call('journal.create', {
        kind: 'lesson',
        title: `Lesson ${i}`,
        body: body('word '.repeat(200)),
      });
    const dir = backupDir(t.store.dbPath);
    const before = new Set(readdirSync(dir));
    const modes = new Map<string, Set<number>>();
    let done = false;
    const made = t.call('backup.now', {}).finally(() => (done = true));
    while (!done) {
      for (const name of readdirSync(dir)) {
        if (before.has(name)) continue;
        let mode: number;
        try {
          mode = statSync(join(dir, name)).mode & 0o777;
        } catch {
          continue; // gone between the listing and the look
        }
        if (!modes.has(name)) modes.set(name, new Set());
        modes.get(name)?.add(mode);
      }
      await new Promise((resolve) => setImmediate(resolve));
    }
    const name = (await made).name;
    const seen = [...modes.keys()];
    // The pieces were seen, not only the finished backup.
    expect(seen.some((n) => n.endsWith('.lean.partial'))).toBe(true);
    expect(statSync(join(dir, name)).mode & 0o777).toBe(0o600);
    for (const [file, set] of modes) expect([file, [...set]]).toEqual([file, [0o600]]);
  });
});
