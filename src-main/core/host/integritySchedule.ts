// When a large journal's full check (quick_check in a worker, db/connection.ts) runs: at most once
// a day, and never in the first minute of use, when it would compete with the start-up for the disk
// and the two cores (16 s at 100,000 entries). The last sound check is remembered beside the file
// (`ladder.db.checked.json`), with the file's identity: a file replaced since (a restore, a copy put
// back by hand) is checked again at once-a-day's first chance, whatever the date says.
import { readFileSync, statSync } from 'node:fs';
import { writePrivateFile } from '../common/privateFiles';

export const CHECK_EVERY_MS = 86_400_000;
/** The first minute of use is left alone. */
export const CHECK_DELAY_MS = 60_000;

interface CheckRecord {
  checkedAt: number;
  /** The file's inode when it was checked: a file swapped in since is not the one checked. */
  ino: number;
}

export function checkRecordPath(dbPath: string): string {
  return `${dbPath}.checked.json`;
}

function identity(dbPath: string): number | null {
  try {
    return statSync(dbPath).ino;
  } catch {
    return null;
  }
}

function readRecord(dbPath: string): CheckRecord | null {
  try {
    const raw = JSON.parse(readFileSync(checkRecordPath(dbPath), 'utf8')) as Partial<CheckRecord>;
    if (typeof raw.checkedAt !== 'number' || typeof raw.ino !== 'number') return null;
    return { checkedAt: raw.checkedAt, ino: raw.ino };
  } catch {
    return null;
  }
}

/** Whether the full check is due: never run, run on another file, a day ago or more, or in the future. */
export function checkDue(dbPath: string, now: number): boolean {
  const record = readRecord(dbPath);
  if (!record || record.ino !== identity(dbPath)) return true;
  const since = now - record.checkedAt;
  return since < 0 || since >= CHECK_EVERY_MS;
}

/** Remembers a sound check; a record that cannot be written only means the next start checks again. */
export function rememberCheck(dbPath: string, now: number): void {
  const ino = identity(dbPath);
  if (ino === null) return;
  try {
    writePrivateFile(checkRecordPath(dbPath), JSON.stringify({ checkedAt: now, ino }));
  } catch {
    // A full disk: checked again next time.
  }
}
