// Damages a journal file the way a failing disk might, and reads what was kept aside; used by the
// renderer's lock tests, which cannot touch files themselves.
import { existsSync, mkdirSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const GARBAGE = new Uint8Array(8192).fill(0x5a);

/** Overwrites the file with garbage and removes its WAL and shared memory. */
export function damage(dbPath: string): void {
  writeFileSync(dbPath, GARBAGE);
  for (const suffix of ['-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
}

/** Puts a folder (holding one file of the person's) where the journal file should be. */
export function folderInstead(dbPath: string): void {
  rmSync(dbPath, { force: true });
  mkdirSync(dbPath);
  writeFileSync(join(dbPath, 'kept.txt'), 'mine');
}

export function removeFolder(dbPath: string): void {
  rmSync(dbPath, { recursive: true });
}

/** Leaves the journal file in place with nothing in it. */
export function emptyFile(dbPath: string): void {
  truncateSync(dbPath, 0);
}

/** Whether the file beside the journal still holds exactly the garbage written by `damage`. */
export function keptUntouched(dataDir: string, name: string): boolean {
  const file = join(dataDir, name);
  return existsSync(file) && readFileSync(file).equals(GARBAGE);
}
