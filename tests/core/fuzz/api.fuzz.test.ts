// Property-based fuzzing of every API channel through the real store: hostile and near-valid
// arguments always get a typed error (never `internal`, never a throw) and leave the file as it was.
import fc from 'fast-check';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, describe, expect, it, onTestFinished } from 'vitest';
import { CHANNELS } from '../../../src-main/shared/channels';
import type { Channel } from '../../../src-main/shared/contract';
import { schemas } from '../../../src-main/shared/schemas';
import { anyValue, applyMutation, mutations, oddString } from './hostile';
import { checkJournalRoundTrip } from './journalText';
import { seededStore, validArgs } from './seed';

const KNOWN_CODES = ['invalid-argument', 'not-found', 'conflict', 'unknown-channel'];
const RUNS_PER_CHANNEL = 100;
let cases = 0;

afterAll(() => {
  console.log(`fuzz: ${cases} API cases run`);
});

type Handle = (channel: string, args: unknown) => Promise<unknown>;

interface Outcome {
  ok: boolean;
  code?: string;
}

/** Calls the store and checks the shape of the answer; a throw or an `internal` fails the case. */
async function callChecked(handle: Handle, channel: string, args: unknown): Promise<Outcome> {
  cases++;
  let out: unknown;
  try {
    out = await handle(channel, args);
  } catch (thrown) {
    throw new Error(`${channel} threw instead of answering: ${String(thrown)}`, { cause: thrown });
  }
  const r = out as { ok: boolean; error?: { code: unknown; message: unknown } };
  if (r.ok === true) return { ok: true };
  expect(r.ok).toBe(false);
  expect(typeof r.error?.message).toBe('string');
  expect(String(r.error?.message).length).toBeGreaterThan(0);
  expect(
    KNOWN_CODES,
    `${channel} answered ${String(r.error?.code)}: ${String(r.error?.message)}`,
  ).toContain(r.error?.code);
  return { ok: false, code: String(r.error?.code) };
}

/** Whether the channel's schema takes the argument; a schema check that throws refuses it. */
function accepts(channel: Channel, args: unknown): boolean {
  try {
    return schemas[channel].safeParse(args).success;
  } catch {
    return false;
  }
}

/**
 * A store that must commit nothing on any call that answered with an error. SQLite's data_version,
 * read on a connection of our own, moves with every commit the store makes: stricter than comparing
 * the rows (a refused call that rewrote a row with the same value fails too) and cheap enough for
 * 10,000 calls (hashing every row after each call was three quarters of this file's time).
 */
async function guardedStore() {
  const seeded = await seededStore();
  const { store } = seeded.t;
  const watcher = new Database(store.dbPath, { readonly: true });
  onTestFinished(() => {
    watcher.close();
  });
  const commits = () => watcher.pragma('data_version', { simple: true }) as number;
  let before = commits();
  const call = async (channel: string, args: unknown): Promise<Outcome> => {
    const outcome = await callChecked(store.handle, channel, args);
    const after = commits();
    if (!outcome.ok)
      expect(after, `${channel} failed with ${outcome.code ?? ''} but wrote to the store`).toBe(
        before,
      );
    before = after;
    return outcome;
  };
  return { ...seeded, call };
}

describe('every API channel, fuzzed', () => {
  it.each(CHANNELS.map((c) => [c]))(
    '%s: hostile and near-valid arguments get a typed error and change nothing',
    async (channel) => {
      const g = await guardedStore();
      const valid = validArgs(g.ids, g.t.clock.now())[channel];
      if (!valid) throw new Error(`${channel} has no base argument in seed.ts`);
      expect(accepts(channel, valid), `the base argument of ${channel} must be valid`).toBe(true);
      await g.call(channel, valid);
      let refused = 0;

      const hostile = fc.asyncProperty(anyValue, async (args) => {
        const outcome = await g.call(channel, args);
        // What the schema refuses must come back as invalid-argument, before any service runs.
        if (!accepts(channel, args ?? {})) expect(outcome.code).toBe('invalid-argument');
        if (!outcome.ok) refused++;
      });
      await fc.assert(hostile, { numRuns: RUNS_PER_CHANNEL / 2 });

      const nearValid = fc.asyncProperty(mutations(valid), async (m) => {
        const args = applyMutation(valid, m);
        const outcome = await g.call(channel, args);
        if (
          m.kind === 'wrong-type' ||
          m.kind === 'as-array' ||
          (m.kind === 'extra' && !(m.key in valid))
        ) {
          expect(outcome.code, `${m.kind} ${'key' in m ? m.key : ''}`).toBe('invalid-argument');
        }
        if (!accepts(channel, args)) expect(outcome.code).toBe('invalid-argument');
        if (!outcome.ok) refused++;
      });
      await fc.assert(nearValid, { numRuns: RUNS_PER_CHANNEL / 2 });
      expect(refused).toBeGreaterThan(0);
    },
  );

  it('names that are not channels get unknown-channel and change nothing', async () => {
    const g = await guardedStore();
    const names = fc.oneof(
      oddString,
      fc.constantFrom(
        '__proto__',
        'constructor',
        'toString',
        'journal',
        'journal.',
        'JOURNAL.GET',
        'journal.get ',
        'journal.get\0',
      ),
    );
    await fc.assert(
      fc.asyncProperty(names, anyValue, async (name, args) => {
        fc.pre(!(CHANNELS as readonly string[]).includes(name));
        expect((await g.call(name, args)).code).toBe('unknown-channel');
      }),
      { numRuns: RUNS_PER_CHANNEL },
    );
  });
});

describe('journal text, any Unicode', () => {
  it('survives create → get byte for byte and is found by search', async () => {
    cases += await checkJournalRoundTrip();
  });
});
