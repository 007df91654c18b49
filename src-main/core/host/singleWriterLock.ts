// One journal, one writer: the data folder is locked while a store host has it open. Two copies of
// Ladder on one folder would each write to the journal (one may swap the file while the other keeps
// writing to the old one), so a second start is refused, saying which copy holds the folder.
// The lock is an OS lock on `ladder.lock` (see holdExclusiveLock): it ends with its process, crash
// or not. `ladder.lock.json` only tells a second start who holds it; it is never trusted as a lock.
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AppInfo } from '../../shared/domain';
import { LadderError } from '../../shared/errors';
import { holdExclusiveLock } from '../db/connection';

export const LOCK_FILE_NAME = 'ladder.lock';
export const HOLDER_FILE_NAME = 'ladder.lock.json';

export interface LockHolder {
  pid: number;
  mode: AppInfo['mode'];
  since: number;
}

export interface FolderLock {
  release: () => void;
}

/** A second start on a folder another Ladder holds. */
export class FolderInUseError extends LadderError {
  constructor(
    readonly folder: string,
    readonly holder: LockHolder | null,
  ) {
    super('conflict', folderInUseMessage(folder, holder, 'Close it first.'));
  }
}

/** `advice` ends the message: browser mode adds how to pick another folder. */
export function folderInUseMessage(
  folder: string,
  holder: LockHolder | null,
  advice: string,
): string {
  return `Another Ladder is using this folder: ${folder}${holder ? ` (${describeHolder(holder)})` : ''}. ${advice}`;
}

function describeHolder(holder: LockHolder): string {
  const mode = holder.mode === 'browser' ? 'browser mode' : 'the desktop app';
  const since = new Date(holder.since).toLocaleString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  });
  return `process ${holder.pid}, ${mode}, since ${since}`;
}

function readHolder(file: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid !== 'number' || typeof value.since !== 'number') return null;
    if (value.mode !== 'browser' && value.mode !== 'desktop') return null;
    return { pid: value.pid, mode: value.mode, since: value.since };
  } catch {
    return null;
  }
}

/** Locks `dataDir` for this process, or throws FolderInUseError when another Ladder holds it. */
export function lockDataFolder(
  dataDir: string,
  mode: AppInfo['mode'],
  now: () => number = Date.now,
): FolderLock {
  const holderFile = join(dataDir, HOLDER_FILE_NAME);
  const db = holdExclusiveLock(join(dataDir, LOCK_FILE_NAME));
  if (!db) throw new FolderInUseError(dataDir, readHolder(holderFile));
  const holder: LockHolder = { pid: process.pid, mode, since: now() };
  try {
    // Whole or absent: a second start may read it at any moment.
    const partial = `${holderFile}.partial`;
    writeFileSync(partial, `${JSON.stringify(holder)}\n`);
    renameSync(partial, holderFile);
  } catch {
    // Only the name of the holder is lost; the lock itself holds.
  }
  let released = false;
  return {
    release: () => {
      if (released) return;
      released = true;
      rmSync(holderFile, { force: true });
      db.close();
    },
  };
}
