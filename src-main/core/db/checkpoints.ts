// WAL checkpoints in idle time. SQLite's automatic checkpoint runs inside whichever commit crosses
// its threshold, so with a large full-text index a save now and then paid for copying hundreds of
// pages (the save p95 doubled). Automatic checkpoints are off (see enableWal); this runs them a
// moment after activity stops, and at the latest every `maxDelayMs` under steady writing.
import type { Db } from './connection';

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
