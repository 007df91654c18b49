// WAL checkpoints in idle time. SQLite's automatic checkpoint runs inside whichever commit crosses
// its threshold, so with a large full-text index a save now and then paid for copying hundreds of
// pages (the save p95 doubled). Automatic checkpoints are off (see enableWal); this runs them a
// moment after activity stops, and at the latest every `maxDelayMs` under steady writing.
import type { Db } from './connection';

/** Free pages kept in the file before they are given back (4 MB at 4 KB a page). */
const RECLAIM_MIN_PAGES = 1024;
/**
 * At most this many are given back per idle moment (8 MB): each moves a page from the end of the
 * file, so a large backlog (after an import) is cleared over several pauses, never in one long one.
 */
const RECLAIM_MAX_PAGES = 2048;

/**
 * Gives free pages back to the disk, on files made with auto_vacuum=INCREMENTAL (new ones, see
 * host/store.ts), when there are enough to matter; never on a connection that refuses writes.
 * Returns how many free pages are left.
 */
export function reclaimFreePages(
  db: Db,
  minPages = RECLAIM_MIN_PAGES,
  maxPages = RECLAIM_MAX_PAGES,
): number {
  const free = () => db.pragma('freelist_count', { simple: true }) as number;
  if (db.pragma('auto_vacuum', { simple: true }) !== 2) return free();
  if (db.pragma('query_only', { simple: true }) === 1) return free();
  if (free() < minPages) return free();
  db.pragma(`incremental_vacuum(${Math.max(1, Math.floor(maxPages))})`);
  return free();
}

export interface Checkpointer {
  /** Call after each request; the checkpoint runs once requests pause. */
  noteActivity(): void;
  close(): void;
}

export function createCheckpointer(
  db: Db,
  options: { idleMs?: number; maxDelayMs?: number; log?: (line: string) => void } = {},
): Checkpointer {
  const idleMs = options.idleMs ?? 2_000;
  const maxDelayMs = options.maxDelayMs ?? 30_000;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;

  const run = () => {
    timer = null;
    firstPendingAt = null;
    if (!db.open) return;
    try {
      reclaimFreePages(db);
      db.pragma('wal_checkpoint(PASSIVE)');
    } catch (error) {
      options.log?.(
        `storage-warning: checkpoint failed (${(error as { code?: string }).code ?? 'unknown'})`,
      );
    }
  };

  return {
    noteActivity() {
      const now = Date.now();
      firstPendingAt ??= now;
      if (timer) clearTimeout(timer);
      const wait = Math.max(0, Math.min(idleMs, firstPendingAt + maxDelayMs - now));
      timer = setTimeout(run, wait);
      timer.unref?.();
    },
    close() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
