// Property-based fuzzing of the start gate through the real store host (storeHost.ts), in each of
// its three states: every gate channel (and app.info, which the host answers for the store) gets
// hostile and near-valid arguments. Each answer is the typed error or result the gate logic owes in
// that state, never `internal` nor a throw, and a refused call leaves every file in the folder as it
// was. Each unlock attempt is slow on purpose (Argon2id, plus scrypt where the record holds a
// verifier), so schema-valid wrong passphrases reach the key check only for a fixed list of near
// misses and a few random ones per run; the rest are counted as not sent.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../src-main/shared/errors';
import {
  GATE_CHANNELS,
  MAX_PASSPHRASE,
  type GateChannel,
} from '../../../src-main/shared/lock/lock';
import { schemas } from '../../../src-main/shared/schemas';
import { findLoneSurrogate } from '../../../src-main/shared/wellFormed';
import { PASS } from '../lock/hostHelpers';
import { folderDigest, holdHostIn, type GateState, type HeldHost } from './gateStates';
import { anyValue, applyMutation, mutations, oddString } from './hostile';

type Fuzzed = GateChannel | 'app.info';
const FUZZED: readonly Fuzzed[] = [...GATE_CHANNELS, 'app.info'];
const RUNS = 40;
/** Random schema-valid wrong passphrases sent to the key check per run (the near misses come on top). */
const KEY_CHECKS = 3;
let cases = 0;
let notSent = 0;

afterAll(() => {
  console.log(
    `fuzz: ${cases} gate cases run (${notSent} valid-but-state-changing or over the unlock budget, not sent)`,
  );
});

/** What the gate answers to a schema-valid call in each state; 'skip' would leave the state (not sent). */
type Due = 'ok' | 'skip' | ErrorCode;
const ON_VALID: Record<GateState, Record<Fuzzed, Due>> = {
  open: {
    'app.state': 'ok',
    'lock.unlock': 'ok',
    'lock.lock': 'conflict',
    'lock.protect': 'skip',
    'lock.changePassphrase': 'conflict',
    'lock.removeProtection': 'conflict',
    'lock.settings': 'ok',
    'lock.setAutoLock': 'conflict',
    'app.restoreNewestBackup': 'conflict',
    'app.startEmpty': 'conflict',
    'app.retryOpen': 'ok',
    'app.info': 'ok',
  },
  locked: {
    'app.state': 'ok',
    'lock.unlock': 'wrong-passphrase',
    'lock.lock': 'ok',
    'lock.protect': 'conflict',
    'lock.changePassphrase': 'conflict',
    'lock.removeProtection': 'conflict',
    'lock.settings': 'ok',
    'lock.setAutoLock': 'ok',
    'app.restoreNewestBackup': 'conflict',
    'app.startEmpty': 'conflict',
    'app.retryOpen': 'ok',
    'app.info': 'locked',
  },
  damaged: {
    'app.state': 'ok',
    'lock.unlock': 'ok',
    'lock.lock': 'conflict',
    'lock.protect': 'conflict',
    'lock.changePassphrase': 'conflict',
    'lock.removeProtection': 'conflict',
    'lock.settings': 'ok',
    'lock.setAutoLock': 'conflict',
    'app.restoreNewestBackup': 'skip',
    'app.startEmpty': 'skip',
    'app.retryOpen': 'ok',
    'app.info': 'locked',
  },
};

const VALID: Record<Fuzzed, Record<string, unknown>> = {
  'app.state': {},
  'lock.unlock': { passphrase: 'not the passphrase' },
  'lock.lock': {},
  'lock.protect': { passphrase: 'a new passphrase' },
  'lock.changePassphrase': { current: 'not the passphrase', next: 'another passphrase' },
  'lock.removeProtection': { passphrase: 'not the passphrase' },
  'lock.settings': {},
  'lock.setAutoLock': { minutes: 15 },
  'app.restoreNewestBackup': {},
  'app.startEmpty': {},
  'app.retryOpen': {},
  'app.info': {},
};

/** Near misses of the journal's passphrase: each is sent once to unlock, and none may open it. */
const NEAR_MISSES = [
  `${PASS}\0`,
  `${PASS} `,
  PASS.toUpperCase(),
  PASS.slice(0, -1),
  `${PASS}\uFFFD`,
  `${PASS}\uD800`,
];

/** Strings at the schema's bounds, with lone surrogates, or just odd. */
const passphraseLike = fc.oneof(
  fc.constantFrom(
    '',
    'x',
    'x'.repeat(7),
    'x'.repeat(8),
    'x'.repeat(MAX_PASSPHRASE),
    'x'.repeat(MAX_PASSPHRASE + 1),
    `${PASS}\uDFFF`,
    '\uD800'.repeat(8),
  ),
  oddString,
);

/** Values no transport can carry (getters, proxies), passed straight to `handle`: still never a throw. */
const UNREADABLE: (() => unknown)[] = [
  () => Object.defineProperty({}, 'passphrase', { enumerable: true, get: () => fail('getter') }),
  () =>
    new Proxy(
      {},
      {
        ownKeys: () => fail('ownKeys'),
        get: () => fail('get'),
        getPrototypeOf: () => fail('getPrototypeOf'),
      },
    ),
  () => {
    const r = Proxy.revocable({}, {});
    r.revoke();
    return r.proxy;
  },
];

function fail(what: string): never {
  throw new Error(`hostile ${what}`);
}

/** The call the gate owes: valid by schema and free of lone surrogates (the one rule of every channel). */
function accepts(channel: Fuzzed, args: unknown): boolean {
  try {
    return findLoneSurrogate(args) === null && schemas[channel].safeParse(args ?? {}).success;
  } catch {
    return false;
  }
}

/** The argument as a failure message shows it (short; unreadable ones by name). */
function shown(args: unknown): string {
  try {
    return (JSON.stringify(args) ?? String(args)).slice(0, 80);
  } catch {
    return 'an unreadable value';
  }
}

function due(state: GateState, channel: Fuzzed, args: unknown): Due {
  // Outside the gate the host answers before reading the arguments.
  if (channel === 'app.info' && state !== 'open') return 'locked';
  return accepts(channel, args) ? ON_VALID[state][channel] : 'invalid-argument';
}

/** A successful answer is the right shape, and says the journal is still in the state it was. */
function checkResult(state: GateState, channel: Fuzzed, result: unknown, held: HeldHost): void {
  const r = result as Record<string, unknown>;
  if (channel === 'app.info') expect(r.dbPath).toBe(held.host.dbPath);
  else if (channel === 'lock.settings' || channel === 'lock.setAutoLock')
    expect(r.protected).toBe(state === 'locked');
  else expect(r).toMatchObject({ state, protected: state === 'locked' });
}

describe.each((['open', 'locked', 'damaged'] as const).map((s) => [s]))(
  'the start gate, %s, fuzzed',
  (state) => {
    let held: HeldHost;
    let before: string;
    let keyChecks = 0;

    beforeAll(async () => {
      held = await holdHostIn(state);
      expect(held.host.state()).toBe(state);
      before = folderDigest(held.dataDir);
    });
    afterAll(() => held.dispose());

    /** Sends one call and checks the answer against what the gate owes; false when it was not sent. */
    const send = async (channel: Fuzzed, args: unknown, nearMiss = false): Promise<boolean> => {
      const owed = due(state, channel, args);
      if (owed === 'wrong-passphrase' && !nearMiss && keyChecks >= KEY_CHECKS) {
        notSent++;
        return false;
      }
      if (owed === 'skip') {
        notSent++;
        return false;
      }
      if (owed === 'wrong-passphrase' && !nearMiss) keyChecks++;
      cases++;
      let out: { ok: boolean; result?: unknown; error?: { code: string; message: string } };
      try {
        out = await held.host.handle(channel, args);
      } catch (thrown) {
        throw new Error(`${channel} threw instead of answering: ${String(thrown)}`, {
          cause: thrown,
        });
      }
      if (owed === 'ok') {
        expect(
          out,
          `${channel} ${shown(args)} refused: ${out.error?.code ?? ''} ${out.error?.message ?? ''}`,
        ).toMatchObject({ ok: true });
        checkResult(state, channel, out.result, held);
      } else {
        expect(
          out.ok,
          `${channel} ${shown(args)} should have answered ${owed}, not ${shown(out.result)}`,
        ).toBe(false);
        expect(out.error?.code, `${channel} ${shown(args)}: ${out.error?.message ?? ''}`).toBe(
          owed,
        );
        expect(out.error?.message.length).toBeGreaterThan(0);
      }
      expect(held.host.state(), `${channel} ${shown(args)} moved the journal out of ${state}`).toBe(
        state,
      );
      const after = folderDigest(held.dataDir);
      // Only the auto-lock choice writes (its record beside the journal), and only when it succeeds.
      if (owed === 'ok' && channel === 'lock.setAutoLock') before = after;
      else expect(after, `${channel} answered ${owed} but changed the files`).toBe(before);
      return true;
    };

    it.each(FUZZED.map((c) => [c]))(
      '%s: hostile and near-valid arguments get the answer the gate owes, and refused ones change nothing',
      async (channel) => {
        const valid = VALID[channel];
        await send(channel, valid);
        for (const make of UNREADABLE) await send(channel, make());
        await fc.assert(
          fc.asyncProperty(anyValue, async (args) => {
            await send(channel, args);
          }),
          { numRuns: RUNS / 2 },
        );
        const textKeys = Object.keys(valid).filter((k) => typeof valid[k] === 'string');
        const nearValid =
          textKeys.length > 0
            ? fc.oneof(
                mutations(valid).map((m) => applyMutation(valid, m)),
                fc
                  .record({ key: fc.constantFrom(...textKeys), text: passphraseLike })
                  .map(({ key, text }) => ({ ...valid, [key]: text })),
              )
            : mutations(valid).map((m) => applyMutation(valid, m));
        await fc.assert(
          fc.asyncProperty(nearValid, async (args) => {
            await send(channel, args);
          }),
          { numRuns: RUNS / 2 },
        );
      },
    );

    // Only a locked journal has a passphrase to miss: declared there alone, so no state reports a skip.
    if (state === 'locked') {
      it('near misses of the passphrase never unlock and change nothing', async () => {
        for (const passphrase of NEAR_MISSES) await send('lock.unlock', { passphrase }, true);
      });
    }

    it('the gate still works afterwards, with the journal whole', async () => {
      if (state === 'locked') await held.call('lock.unlock', { passphrase: PASS });
      if (state === 'damaged') await held.call('app.restoreNewestBackup', {});
      expect((await held.call('journal.get', { id: held.entryId })).title).toBe(
        'Kept through the gate',
      );
    });
  },
);
