// The only module that touches window.ladder. Desktop: the preload's bridge over Electron IPC.
// Browser mode: the same contract over HTTP on 127.0.0.1, with the token taken from the address bar.
import {
  CHANNELS,
  type Args,
  type Channel,
  type LadderApi,
  type LadderBridge,
  type Result,
} from '../../../src-main/shared/contract';
import { LadderError, isLadderErrorShape } from '../../../src-main/shared/errors';
import { MAX_REQUEST_BYTES } from '../../../src-main/shared/limits';
import { isGateChannel } from '../../../src-main/shared/lock/lock';

declare global {
  interface Window {
    ladder?: LadderBridge;
  }
}

const TOKEN_KEY = 'ladder.token';

let keepToken: (() => void) | null = null;

/** Moves browser mode's token out of the address bar, into this tab's storage, at the next idle moment. */
export function keepTokenSoon(): void {
  const keep = keepToken;
  if (!keep) return;
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(keep, { timeout: 2000 });
  else setTimeout(keep, 200);
}

/** Reads the token once, keeps it for this tab only, and removes it from the address bar. */
function takeToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token');
  if (fromUrl) {
    // The first reads need only the value. Storage and history cost synchronous work (the first
    // sessionStorage write waits on the browser process: 95 ms in a trace of a loaded machine). The
    // page's first idle moment comes while its start-up scripts are still arriving, where such a task
    // holds back the start-up reads' answers: so main.tsx says when the start is drawn
    // (keepTokenSoon), with a timer in case it never does, and leaving the page keeps it at once.
    let kept = false;
    const keep = () => {
      if (kept) return;
      kept = true;
      sessionStorage.setItem(TOKEN_KEY, fromUrl);
      const url = new URL(window.location.href);
      url.searchParams.delete('token');
      window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    };
    window.addEventListener('pagehide', keep, { once: true });
    keepToken = keep;
    setTimeout(keep, 5000);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** Largest body a `keepalive` request may carry (the browser's limit is 64 KiB in total). */
const KEEPALIVE_LIMIT = 60_000;

/**
 * Browser mode: the server refused this tab's access token (none in the address, or one from an
 * earlier start), so every call fails; the start screen says which address to open.
 */
export class NoAccessError extends LadderError {
  constructor() {
    super(
      'invalid-argument',
      'This tab has no valid access token. Open the address that npm run web printed.',
    );
    this.name = 'NoAccessError';
  }
}

function tooLarge(): LadderError {
  const mib = MAX_REQUEST_BYTES / (1024 * 1024);
  return new LadderError(
    'payload-too-large',
    `The request is larger than ${mib} MiB, the most browser mode takes at once.`,
  );
}

function httpBridge(): LadderBridge {
  const token = takeToken();
  let unloading = false;
  const call = async <C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> => {
    const body = JSON.stringify(args ?? {});
    // Each UTF-16 unit is at least one UTF-8 byte: a body this long would only be sent to earn a 413.
    if (body.length > MAX_REQUEST_BYTES) throw tooLarge();
    let response: Response;
    try {
      response = await fetch(`/api/${channel}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ladder-token': token },
        body,
        // While the page is going away, a keepalive request still reaches the server.
        keepalive: unloading && body.length < KEEPALIVE_LIMIT,
      });
    } catch {
      throw new LadderError(
        'storage-error',
        'Ladder is not running any more. Start it again with npm run web.',
      );
    }
    const payload: unknown = await response.json().catch(() => null);
    if (response.ok && payload && typeof payload === 'object' && 'result' in payload) {
      return (payload as { result: Result<C> }).result;
    }
    const error = (payload as { error?: unknown } | null)?.error;
    // 403 is the token guard's answer alone (guards.ts); a wrong passphrase is a 401 with its own code.
    if (
      response.status === 403 &&
      (!isLadderErrorShape(error) || (error.code as string) === 'forbidden')
    )
      throw new NoAccessError();
    if (isLadderErrorShape(error)) throw new LadderError(error.code, error.message);
    if (response.status === 413) throw tooLarge();
    throw new LadderError('internal', `Unexpected answer from Ladder (HTTP ${response.status}).`);
  };
  const api = Object.fromEntries(
    CHANNELS.map((channel) => [channel, (args: never) => call(channel, args)]),
  ) as unknown as LadderApi;
  const flushers = new Set<() => Promise<void>>();
  // Requests made while the page goes away must outlive it (the workbench flushes on these events).
  const markUnloading = () => (unloading = true);
  window.addEventListener('beforeunload', markUnloading, { capture: true });
  window.addEventListener('pagehide', markUnloading, { capture: true });
  window.addEventListener('pageshow', () => (unloading = false));
  window.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') {
      for (const f of flushers) void f();
    }
  });
  return {
    api,
    onDidRequestFlush(callback) {
      flushers.add(callback);
      return () => flushers.delete(callback);
    },
  };
}

/** Errors lose their class crossing contextBridge: the preload rejects with a plain shape, rebuilt here. */
function desktopBridge(raw: LadderBridge): LadderBridge {
  const api = Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (args: never) =>
        (raw.api[channel] as (a: never) => Promise<unknown>)(args).catch((error: unknown) => {
          throw isLadderErrorShape(error) ? new LadderError(error.code, error.message) : error;
        }),
    ]),
  ) as unknown as LadderApi;
  const printToPdf = raw.printToPdf;
  return {
    api,
    onDidRequestFlush: (callback) => raw.onDidRequestFlush(callback),
    ...(printToPdf ? { printToPdf: (options) => printToPdf(options) } : {}),
  };
}

const desktop = window.ladder;
export const bridge: LadderBridge = desktop ? desktopBridge(desktop) : httpBridge();

const closedListeners = new Set<() => void>();

/**
 * `listener` runs when a call is refused because the journal closed under this page: locked
 * elsewhere, or found damaged by the check that runs after a large file opens.
 */
export function onJournalClosed(listener: () => void): () => void {
  closedListeners.add(listener);
  return () => closedListeners.delete(listener);
}

function watchClosed(raw: LadderApi): LadderApi {
  return Object.fromEntries(
    CHANNELS.map((channel) => [
      channel,
      (args: never) =>
        (raw[channel] as (a: never) => Promise<unknown>)(args).catch((error: unknown) => {
          if (error instanceof LadderError && error.code === 'locked' && !isGateChannel(channel)) {
            for (const listener of closedListeners) listener();
          }
          throw error;
        }),
    ]),
  ) as unknown as LadderApi;
}

export const api: LadderApi = watchClosed(bridge.api);

export function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  return (api[channel] as (a: Args<C>) => Promise<Result<C>>)(args);
}
