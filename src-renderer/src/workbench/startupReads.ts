// The reads every start needs, sent as early as possible: boot.ts calls beginStartupReads while the rest
// of the renderer is still being evaluated, so the answers wait in the query cache by the first render.
import type { Settings } from '../../../src-main/shared/domain';
import type { AppState } from '../../../src-main/shared/lock';
import { call } from '../api/client';
import { fetchApi } from '../api/query';
import { readStartHint } from './startHint';

let early: Promise<Settings> | null = null;
let gate: Promise<AppState> | null = null;
let gateState: AppState | null = null;

function readGate(): Promise<AppState> {
  gate ??= call('app.state', {}).then((s) => (gateState = s));
  return gate;
}
let settled: Promise<void> | null = null;

const ignore = () => undefined;

/** Starts settings.get and the side bar's reads, then each restored entry tab's read. Idempotent until taken. */
export function beginStartupReads(): Promise<Settings> {
  if (early) return early;
  // The start gate's answer decides between the workbench and the unlock or damaged screen.
  readGate();
  // What the first frame needs leaves first: browser mode has six connections to its server, and a
  // seventh request waits for one of them.
  const settings = call('settings.get', {});
  // The entries the last session left open, read now rather than after settings answer.
  for (const id of readStartHint()) fetchApi('journal.get', { id }).catch(ignore);
  for (const read of [fetchApi('journal.list', {}), fetchApi('journal.counts', {}), fetchApi('journal.tags', {}), fetchApi('app.info', {})]) {
    read.catch(ignore);
  }
  settled = settings.then(
    async (s) => {
      // Through the cache: the restore's existence check and the entry pane reuse these answers.
      const reads = (s.layout?.openTabs ?? [])
        .filter((tab) => tab.type === 'entry' || tab.type === 'history')
        .map((tab) => fetchApi('journal.get', { id: tab.id }));
      await Promise.allSettled(reads);
    },
    ignore,
  );
  // A locked journal refuses the other reads at once: the gate's answer is what the first render needs.
  const gateAnswered = readGate().then(ignore, ignore);
  settled = Promise.all([settled, gateAnswered]).then(ignore);
  early = settings;
  return settings;
}

/** The gate's state read at boot; an unanswered read counts as open so the workbench reports the error. */
export function startupState(): Promise<AppState> {
  return readGate().catch((): AppState => ({ state: 'open', protected: false }));
}

/** The gate's state if it has answered already (it usually has by the first render). */
export function peekStartupState(): AppState | null {
  return gateState;
}

/** Resolves once the boot reads have answered (or failed), or after `limit` ms, whichever is first. */
export function startupReadsSettled(limit: number): Promise<void> {
  const waiting = settled ?? Promise.resolve();
  return Promise.race([waiting, new Promise<void>((resolve) => setTimeout(resolve, limit))]);
}

/** The settings read begun at boot (or a new one); each start takes it once. */
export function takeStartupSettings(): Promise<Settings> {
  const settings = beginStartupReads();
  early = null;
  return settings;
}
