// Which backups to keep: the newest of each of the last 7 days that have one, and the newest of
// each of the last 4 weeks that have one. Days and weeks are counted in UTC (weeks start Monday),
// so the choice does not move when the computer's time zone does. Pure: tested with fixed dates.
// Backups that passed their check count first (checkedBackupsToKeep).

export const KEEP_DAILY = 7;
export const KEEP_WEEKLY = 4;

export interface Dated {
  name: string;
  /** Milliseconds since the epoch. */
  time: number;
}

const DAY_MS = 86_400_000;

function dayOf(time: number): number {
  return Math.floor(time / DAY_MS);
}

/** Day number of the Monday starting the week (1970-01-01 was a Thursday). */
function weekOf(time: number): number {
  const day = dayOf(time);
  return day - ((day + 3) % 7);
}

function newestPerBucket(
  backups: readonly Dated[],
  bucket: (time: number) => number,
  count: number,
): string[] {
  const newest = new Map<number, Dated>();
  for (const b of backups) {
    const key = bucket(b.time);
    const held = newest.get(key);
    if (held === undefined || b.time > held.time || (b.time === held.time && b.name > held.name))
      newest.set(key, b);
  }
  return [...newest.entries()]
    .sort((a, b) => b[0] - a[0])
    .slice(0, count)
    .map(([, b]) => b.name);
}

/** The names to keep; every other backup may be deleted. */
export function backupsToKeep(
  backups: readonly Dated[],
  daily = KEEP_DAILY,
  weekly = KEEP_WEEKLY,
): Set<string> {
  return new Set([
    ...newestPerBucket(backups, dayOf, daily),
    ...newestPerBucket(backups, weekOf, weekly),
  ]);
}

/** However old they are, this many of the newest backups that pass their check are never deleted. */
export const KEEP_GOOD = 3;

export interface Checked extends Dated {
  /** Passed quick_check with the journal's key (a damaged one, or one under another passphrase, did not). */
  good: boolean;
  /** It could not be checked this round (locked by another program, a read that failed for now). */
  unchecked?: boolean;
}

/**
 * The names to keep when some backups failed their check: the date rule picks among the good ones,
 * so a damaged copy never takes the place of a good one, and the KEEP_GOOD newest good ones stay
 * whatever their dates (a same-day backup of an emptied journal cannot push out the last good one).
 * A backup that failed its check is kept while the date rule over all backups would keep it, as before.
 * A backup that could not be checked is kept this round: it may be the last good one.
 */
export function checkedBackupsToKeep(
  backups: readonly Checked[],
  daily = KEEP_DAILY,
  weekly = KEEP_WEEKLY,
  good = KEEP_GOOD,
): Set<string> {
  const passed = backups.filter((b) => b.good);
  const newestGood = [...passed]
    .sort((a, b) => b.time - a.time || (a.name < b.name ? 1 : -1))
    .slice(0, good);
  const failedKept = [...backupsToKeep(backups, daily, weekly)].filter(
    (name) => !passed.some((b) => b.name === name),
  );
  return new Set([
    ...backupsToKeep(passed, daily, weekly),
    ...newestGood.map((b) => b.name),
    ...failedKept,
    ...backups.filter((b) => b.unchecked === true).map((b) => b.name),
  ]);
}
