// Component tests of the lock screens against the real main side: a store host (with its start gate)
// over a temp dir behind window.ladder, as the preload exposes it. Import this module FIRST.
import { afterEach } from 'vitest';
import { cleanup } from '@testing-library/react';
import type { Args, Channel, LadderApi, Result } from '../../../src-main/shared/contract';
import { CHANNELS } from '../../../src-main/shared/contract';

// Node code outside this (DOM) project's types: loaded by address, typed by what is used.
interface TestHost {
  host: {
    state: () => string;
    dbPath: string;
    handle: (
      c: string,
      a: unknown,
    ) => Promise<
      { ok: true; result: unknown } | { ok: false; error: { code: string; message: string } }
    >;
  };
  dataDir: string;
  call: <C extends Channel>(channel: C, args: Args<C>) => Promise<Result<C>>;
}
const hostHelpersUrl: string = '../../core/lock/hostHelpers.ts';
const { testHost, closeHost } = (await import(/* @vite-ignore */ hostHelpersUrl)) as {
  testHost: (dataDir?: string) => TestHost;
  closeHost: (t: TestHost) => void;
};

const damageUrl: string = '../../core/lock/damage.ts';
const files = (await import(/* @vite-ignore */ damageUrl)) as {
  damage: (dbPath: string) => void;
  keptUntouched: (dataDir: string, name: string) => boolean;
  folderInstead: (dbPath: string) => void;
  removeFolder: (dbPath: string) => void;
  emptyFile: (dbPath: string) => void;
};

/** Overwrites the journal file with garbage (its WAL removed), as found at the next start. */
export const damage = files.damage;
/** Whether the file kept aside beside the journal still holds exactly that garbage. */
export const keptUntouched = files.keptUntouched;
/** A folder where the journal file should be, and its removal; an emptied journal file. */
export const { folderInstead, removeFolder, emptyFile } = files;

class NoopResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;

let current: TestHost | null = null;

/** Channel names the renderer called, in order (never their arguments: they may hold passphrases). */
export const calls: string[] = [];

const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    async (args: unknown) => {
      if (!current) throw new Error('no host: call useRealHost() first');
      calls.push(channel);
      const answer = await current.host.handle(channel, args);
      if (!answer.ok) throw answer.error;
      return structuredClone(answer.result);
    },
  ]),
) as unknown as LadderApi;

window.ladder = { api, onDidRequestFlush: () => () => undefined };

const { resetWorkbench, useWorkbench } = await import('../../../src-renderer/src/workbench/store');

/** A fresh host over a new temp dir, and an empty workbench. */
export function useRealHost(): TestHost {
  current = testHost();
  calls.length = 0;
  resetWorkbench();
  return current;
}

/** Closes the host, lets `meanwhile` touch its files, and starts a new one over the same folder. */
export function restartHost(
  meanwhile: (dataDir: string, dbPath: string) => void = () => undefined,
): TestHost {
  if (!current) throw new Error('no host');
  const { dataDir, dbPath } = { dataDir: current.dataDir, dbPath: current.host.dbPath };
  closeHost(current);
  meanwhile(dataDir, dbPath);
  current = testHost(dataDir);
  calls.length = 0;
  return current;
}

export function call<C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> {
  if (!current) throw new Error('no host');
  return current.call(channel, args);
}

export function hostState(): string {
  return current?.host.state() ?? 'none';
}

export function notifications(): string[] {
  return useWorkbench.getState().notifications.map((n) => n.message);
}

afterEach(() => cleanup());
