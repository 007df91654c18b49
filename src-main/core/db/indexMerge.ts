// The full-text index's segment merges, run between requests instead of inside a save. Each write
// adds a small segment; with automatic merging off (migration 7) they are merged here in bounded
// slices, one event-loop turn each, so a request arriving meanwhile waits at most one slice.
import type { Db } from './connection';

export interface IndexMerger {
  /** Call after each request; merging starts once the current turn (the answer) is done. */
  noteActivity(): void;
  /** Resolves once no merge slice is pending (tests and the benchmark wait for it). */
  settled(): Promise<void>;
  close(): void;
}

/** Pages of merge work per slice: about 1-3 ms here, far below a keystroke's budget. */
export const MERGE_SLICE_PAGES = 64;
/** A run stops after this many slices and resumes at the next request (a bulk import's backlog). */
const MAX_SLICES_PER_RUN = 200;

export function createIndexMerger(
  db: Db,
  options: { log?: (line: string) => void; slicePages?: number } = {},
): IndexMerger {
  const slicePages = options.slicePages ?? MERGE_SLICE_PAGES;
  const merge = db.prepare("INSERT INTO entries_fts (entries_fts, rank) VALUES ('merge', ?)");
  const totalChanges = db.prepare('SELECT total_changes()').pluck();
  let pending: ReturnType<typeof setImmediate> | null = null;
  let closed = false;
  const waiters: Array<() => void> = [];
  const wake = () => {
    for (const resolve of waiters.splice(0)) resolve();
  };

  // Not unref'd: libuv does not wake for an unref'd immediate, so it would wait for the next I/O.
  const schedule = (left: number) => {
    pending = setImmediate(run, left);
  };

  /** One slice; true when it found work (SQLite: fewer than 2 changes means nothing was merged). */
  const slice = (): boolean => {
    const before = totalChanges.get() as number;
    merge.run(slicePages);
    return (totalChanges.get() as number) - before >= 2;
  };

  function run(left: number): void {
    pending = null;
    if (closed || !db.open) return wake();
    try {
      if (slice() && left > 1) schedule(left - 1);
      else wake();
    } catch (error) {
      // A store refusing writes (damaged, disk full): the index stays correct, only less compact.
      // Stopped for this session so the log gets one line, not one per request.
      closed = true;
      options.log?.(
        `storage-warning: index merging stopped (${(error as { code?: string }).code ?? 'unknown'})`,
      );
      wake();
    }
  }

  return {
    noteActivity() {
      if (!pending && !closed) schedule(MAX_SLICES_PER_RUN);
    },
    settled() {
      return pending ? new Promise<void>((resolve) => waiters.push(resolve)) : Promise.resolve();
    },
    close() {
      closed = true;
      if (pending) clearImmediate(pending);
      pending = null;
      wake();
    },
  };
}
