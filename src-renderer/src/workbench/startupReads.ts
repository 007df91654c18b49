// The reads every start needs, sent as early as possible: preboot.ts, a tiny script of its own, calls
// beginStartupReads while React, Lexical and the features are still downloading and compiling, so the
// answers are waiting by the first render. No query library here (it would grow that tiny script):
// boot.ts hands the answers to the query cache once it has loaded.
import type { Args, Channel, Result } from '../../../src-main/shared/contract';
import type { Settings } from '../../../src-main/shared/domain';
import type { AppState } from '../../../src-main/shared/lock/lock';
import { call, NoAccessError } from '../api/client';
import { LIST_PAGE } from '../../../src-main/shared/journal/journalChannels';

/** What the first render shows: the gate's state, or 'no-access' when browser mode refused this tab's token. */
export type StartGate = AppState | 'no-access';

type Seeder = (channel: Channel, args: unknown, answer: Promise<unknown>) => void;
const reads: Array<[Channel, unknown, Promise<unknown>]> = [];
let seeder: Seeder | null = null;

/** A read sent at start; the query cache receives it (now, or once boot.ts has set the seeder). */
function earlyRead<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  const answer = call(channel, args);
  reads.push([channel, args, answer]);
  seeder?.(channel, args, answer);
  return answer;
}

/** Hands every start-up read, past and future, to `seed` (boot.ts puts them in the query cache). */
export function seedStartupReads(seed: Seeder): void {
  seeder = seed;
  for (const [channel, args, answer] of reads) seed(channel, args, answer);
}

let early: Promise<Settings> | null = null;
let gate: Promise<StartGate> | null = null;
let gateState: StartGate | null = null;

function readGate(): Promise<StartGate> {
  gate ??= call('app.state', {})
    .catch((error: unknown) => {
      if (error instanceof NoAccessError) return 'no-access' as const;
      throw error;
    })
    .then((s) => (gateState = s));
  return gate;
}
let settled: Promise<void> | null = null;
let listAnswered: Promise<void> | null = null;

const ignore = () => undefined;

/** A start-up read answered already (in app.start's answer): cached as if it had been sent alone. */
function answeredRead<C extends Channel>(channel: C, args: Args<C>, result: Result<C>): void {
  const answer = Promise.resolve(result);
  reads.push([channel, args, answer]);
  seeder?.(channel, args, answer);
}

/** Starts the gate and app.start (settings and restored entries), then the list's reads. Idempotent until taken. */
export function beginStartupReads(): Promise<Settings> {
  if (early) return early;
  // The start gate's answer decides between the workbench and the unlock or damaged screen.
  readGate();
  // Only what the first frame needs: the gate, then settings and the restored tabs' entries in one
  // answer (a second request, sent once the settings' answer is handled, would wait for the big
  // scripts to finish evaluating), then the journal list's first reads.
  const start = call('app.start', {});
  const settings = start.then((s) => s.settings);
  settled = start.then(async ({ settings: s, entries }) => {
    // Through the cache: the restore's existence check and the entry pane reuse these answers. An
    // entry the start could not read is asked again, so its pane gets that call's own error.
    const unread = entries.flatMap(({ id, entry }) => {
      if (entry) answeredRead('journal.get', { id }, entry);
      return entry ? [] : [earlyRead('journal.get', { id })];
    });
    // The journal list's months and first page (unfiltered, as the view starts), sent after the
    // start's answer so the server answers the entries first. The view is in the first frame: with
    // no restored entry to show first, that frame waits for them too, so it holds the list (the
    // months read grows with the journal, and a restored entry's editor must not wait for it).
    if (s.layout?.sideBarVisible !== false && s.layout?.activeView === 'journal') {
      const months = earlyRead('journal.months', {});
      const page = earlyRead('journal.page', { offset: 0, limit: LIST_PAGE });
      listAnswered = Promise.allSettled([months, page]).then(ignore);
    }
    await Promise.allSettled(entries.length > 0 ? unread : [listAnswered]);
  }, ignore);
  // A locked journal refuses the other reads at once: the gate's answer is what the first render needs.
  const gateAnswered = readGate().then(ignore, ignore);
  settled = Promise.all([settled, gateAnswered]).then(ignore);
  early = settings;
  return settings;
}

const unanswered: AppState = { state: 'open', protected: false };

/** The gate's state read at boot; an unanswered read counts as open so the workbench reports the error. */
export function startupState(): Promise<AppState> {
  return readGate().then(
    (s) => (s === 'no-access' ? unanswered : s),
    () => unanswered,
  );
}

/** What the first render shows: the gate's state, or 'no-access' (see StartGate). */
export function startGate(): Promise<StartGate> {
  return readGate().catch(() => unanswered);
}

/** The start gate if it has answered already (it usually has by the first render). */
export function peekStartGate(): StartGate | null {
  return gateState;
}

/** Resolves once the boot reads have answered (or failed), or after `limit` ms, whichever is first. */
export function startupReadsSettled(limit: number): Promise<void> {
  const waiting = settled ?? Promise.resolve();
  return Promise.race([waiting, new Promise<void>((resolve) => setTimeout(resolve, limit))]);
}

/** Resolves once the boot reads and the journal list's first reads (when sent) have answered or failed. */
export function startupListSettled(): Promise<void> {
  return (settled ?? Promise.resolve()).then(() => listAnswered ?? undefined);
}

/** The settings read begun at boot (or a new one); each start takes it once. */
export function takeStartupSettings(): Promise<Settings> {
  const settings = beginStartupReads();
  early = null;
  return settings;
}
