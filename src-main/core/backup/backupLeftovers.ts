// Copies cut short (the app closed, killed or out of space mid-copy) leave `*.partial` files, and
// SQLite may leave their `-journal` beside them: in backups/ (a backup), and beside ladder.db (a
// restore copied in, a protection record). None is ever a whole file, so they are removed at open.
// A copy this process is still writing (a backup running while the journal was locked and opened
// again) is left alone.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { isCopyUnderWay, PARTIAL_SUFFIX } from './liveCopy';
import { backupDir } from './backupFiles';

const isPartial = (name: string): boolean => name.includes(PARTIAL_SUFFIX);

function removeIn(dir: string, ours: (name: string) => boolean): void {
  let names: string[];
  try {
    names = existsSync(dir) ? readdirSync(dir) : [];
  } catch {
    return;
  }
  for (const name of names) {
    const file = join(dir, name);
    if (!isPartial(name) || !ours(name) || isCopyUnderWay(file)) continue;
    try {
      rmSync(file, { force: true });
    } catch {
      // A leftover that cannot be removed (a folder made read-only) never keeps the journal from opening.
    }
  }
}

/** Removes the half copies in backups/ only. */
export function removeInterruptedBackups(dbPath: string): void {
  removeIn(backupDir(dbPath), () => true);
}

/** Removes half copies in backups/ and Ladder's own beside the journal (the folder may hold others' files). */
export function removeInterruptedCopies(dbPath: string): void {
  removeInterruptedBackups(dbPath);
  removeIn(dirname(dbPath), (name) => name.startsWith('ladder.'));
}
