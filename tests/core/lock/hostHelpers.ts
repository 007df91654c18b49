// A real store host over a temp dir, and small readers of the files it leaves on disk.
import { existsSync, readFileSync } from 'node:fs';
import { afterEach } from 'vitest';
import type { Args, Channel, Result } from '../../../src-main/shared/contract';
import { LadderError } from '../../../src-main/shared/errors';
import {
  createStoreHost,
  type StoreHost,
  type StoreHostOptions,
} from '../../../src-main/core/host/storeHost';
import { registerCleanup } from '../afterEachFile';
import { fakeClock, tempDir, type Clock } from '../helpers';

const hosts: StoreHost[] = [];

function closeHosts(): void {
  for (const h of hosts.splice(0)) h.close();
}
afterEach(closeHosts);
registerCleanup(closeHosts);

export interface TestHost {
  host: StoreHost;
  dataDir: string;
  clock: Clock;
  call: <C extends Channel>(channel: C, args: Args<C>) => Promise<Result<C>>;
}

export function testHost(
  dataDir = tempDir(),
  clock = fakeClock(),
  extra: Partial<StoreHostOptions> = {},
): TestHost {
  const host = createStoreHost({
    dataDir,
    mode: 'browser',
    version: '0.0.0-test',
    now: clock.now,
    log: () => {},
    autoBackup: false,
    ...extra,
  });
  hosts.push(host);
  const call = async <C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> => {
    const r = await host.handle(channel, args);
    if (!r.ok) throw new LadderError(r.error.code, r.error.message);
    return r.result as Result<C>;
  };
  return { host, dataDir, clock, call };
}

export function closeHost(t: TestHost): void {
  const i = hosts.indexOf(t.host);
  if (i >= 0) hosts.splice(i, 1);
  t.host.close();
}

/** Whether the word appears in the file or its write-ahead log, as bytes. */
export function fileHolds(file: string, word: string): boolean {
  return [file, `${file}-wal`].some(
    (f) => existsSync(f) && readFileSync(f).includes(Buffer.from(word, 'utf8')),
  );
}

export const SECRET = 'Quetzalcoatl-resignation-plan';
export const PASS = 'correct horse battery staple';
