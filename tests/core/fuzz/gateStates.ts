// A store host held in one of its three states for a whole fuzz run (open unprotected, locked
// protected, damaged), and a digest of every file in its data folder to prove refused calls changed
// nothing. The host and its folder live for the run, not one test, so they are not the helpers' ones.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Args, Channel, Result } from '../../../src-main/shared/contract';
import { LadderError } from '../../../src-main/shared/errors';
import { createStoreHost, type StoreHost } from '../../../src-main/core/host/storeHost';
import { body, fakeClock } from '../helpers';
import { damage } from '../lock/damage';
import { PASS, SECRET } from '../lock/hostHelpers';

export type GateState = 'open' | 'locked' | 'damaged';

export interface HeldHost {
  host: StoreHost;
  dataDir: string;
  entryId: string;
  call: <C extends Channel>(channel: C, args: Args<C>) => Promise<Result<C>>;
  /** Closes the host and removes its folder. */
  dispose: () => void;
}

function hostOn(dataDir: string): Pick<HeldHost, 'host' | 'call'> {
  const clock = fakeClock();
  const host = createStoreHost({
    dataDir,
    mode: 'browser',
    version: '0.0.0-test',
    now: clock.now,
    log: () => {},
    autoBackup: false,
  });
  const call = async <C extends Channel>(channel: C, args: Args<C>): Promise<Result<C>> => {
    const r = await host.handle(channel, args);
    if (!r.ok) throw new LadderError(r.error.code, r.error.message);
    return r.result as Result<C>;
  };
  return { host, call };
}

/** A journal with one entry and one backup, brought into the given state. */
export async function holdHostIn(state: GateState): Promise<HeldHost> {
  const dataDir = mkdtempSync(join(tmpdir(), 'ladder-gate-fuzz-'));
  const first = hostOn(dataDir);
  const entry = await first.call('journal.create', {
    kind: 'praise',
    title: 'Kept through the gate',
    body: body(SECRET),
  });
  await first.call('backup.now', {});
  let held = first;
  if (state === 'open') {
    // An empty WAL: the bytes of ladder.db can then only move if something writes.
    first.host.store()?.db.pragma('wal_checkpoint(TRUNCATE)');
  } else {
    if (state === 'locked') await first.call('lock.protect', { passphrase: PASS });
    first.host.close();
    if (state === 'damaged') damage(first.host.dbPath);
    held = hostOn(dataDir);
  }
  const dispose = () => {
    held.host.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  return { ...held, dataDir, entryId: entry.id, dispose };
}

/** Paths and bytes of every file under `dir`, but the WAL index (`-shm`), which plain reads rewrite. */
export function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (at: string, rel: string) => {
    for (const name of readdirSync(at).sort()) {
      const file = join(at, name);
      if (statSync(file).isDirectory()) walk(file, `${rel}${name}/`);
      else if (!name.endsWith('-shm'))
        hash.update(`${rel}${name}\0`).update(readFileSync(file)).update('\0');
    }
  };
  walk(dir, '');
  return hash.digest('hex');
}
