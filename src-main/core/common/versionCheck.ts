// The rule behind every versioned save. A save names the version of the record it was based on and
// the page (session) it comes from. It is refused as a conflict when a version written since that
// base came from another tab or window, so nobody's change is silently overwritten; versions this
// same page wrote since (two parts of one page editing one record, a save sent as the page unloads
// overtaking one in flight) are its own and do not count. A save without a base (a one-off command
// such as Mark as Done) is applied as before.
import { LadderError } from '../../shared/errors';

/** Versions remembered per record, and records remembered, before the oldest are forgotten. */
const VERSIONS_KEPT = 64;
const RECORDS_KEPT = 10_000;

export interface VersionedSave {
  baseVersion?: number;
  session?: string;
}

export interface VersionLog {
  /** Throws `conflict` when the record moved on since `save.baseVersion` by another page's hand. */
  check(key: string, current: number, save: VersionedSave, what: string): void;
  /** Records who wrote `version` of the record (null: a caller that named no page). */
  wrote(key: string, version: number, session: string | undefined): void;
}

export function conflictError(what: string): LadderError {
  return new LadderError(
    'conflict',
    `${what} was changed in another tab or window since this one loaded it, so this save was not applied.`,
  );
}

export function createVersionLog(): VersionLog {
  // Who wrote each recent version of each record; in memory, like the journal's write order: after
  // a restart a save from an older base is refused once and the page offers to apply it again.
  const writers = new Map<string, Map<number, string | null>>();

  function ownSince(
    key: string,
    base: number,
    current: number,
    session: string | undefined,
  ): boolean {
    if (session === undefined || base > current) return false;
    const log = writers.get(key);
    for (let v = base + 1; v <= current; v += 1) if (log?.get(v) !== session) return false;
    return true;
  }

  return {
    check(key, current, save, what) {
      if (save.baseVersion === undefined || save.baseVersion === current) return;
      if (!ownSince(key, save.baseVersion, current, save.session)) throw conflictError(what);
    },
    wrote(key, version, session) {
      const log = writers.get(key) ?? new Map<number, string | null>();
      writers.delete(key);
      writers.set(key, log);
      log.set(version, session ?? null);
      if (log.size > VERSIONS_KEPT) log.delete(log.keys().next().value as number);
      if (writers.size > RECORDS_KEPT) writers.delete(writers.keys().next().value as string);
    },
  };
}
