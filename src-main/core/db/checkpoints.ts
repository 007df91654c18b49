// WAL checkpoints in idle time. SQLite's automatic checkpoint runs inside whichever commit crosses
// its threshold, so with a large full-text index a save now and then paid for copying hundreds of
// pages (the save p95 doubled). Automatic checkpoints are off (see enableWal); this runs them a
// moment after activity stops, and at the latest every `maxDelayMs` under steady writing.
import type { Db } from './connection';

/** Free pages kept in the file before they are given back (4 MB at 4 KB a page). */
const RECLAIM_MIN_PAGES = 1024;

/**
 * Gives free pages back to the disk, on files made with auto_vacuum=INCREMENTAL (new ones, see
 * host/store.ts), when there are enough to matter; never on a connection that refuses writes.
 */
export function reclaimFreePages(db: Db, minPages = RECLAIM_MIN_PAGES): void {
  if (db.pragma('auto_vacuum', { simple: true }) !== 2) return;
  if (db.pragma('query_only', { simple: true }) === 1) return;
  if ((db.pragma('freelist_count', { simple: true }) as number) < minPages) return;
  db.pragma('incremental_vacuum');
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
