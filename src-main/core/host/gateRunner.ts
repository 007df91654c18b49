// Runs the start gate's channels one at a time (they close and reopen the store), each argument
// checked by its schema first, and every failure answered as a typed error, as handlers.ts does for
// the other channels.
import type { Args, Result } from '../../shared/contract';
import { LadderError } from '../../shared/errors';
import type { GateChannel } from '../../shared/lock/lock';
import { schemas } from '../../shared/schemas';
import { describeIssues, refusedText, type HandleResult } from './handlers';

export type Gate = { [C in GateChannel]: (args: Args<C>) => Result<C> | Promise<Result<C>> };

export function createGateRunner(gate: Gate, log: (line: string) => void): (channel: GateChannel, args: unknown) => Promise<HandleResult> {
  let queue: Promise<unknown> = Promise.resolve();
  return (channel, args) => {
    const run = async (): Promise<HandleResult> => {
      // The rule of every channel (handlers.ts): a passphrase with a lone surrogate would be hashed as U+FFFD.
      const refused = refusedText(args);
      if (refused) return refused;
      let parsed: { success: true; data: unknown } | { success: false; message: string };
      try {
        const r = schemas[channel].safeParse(args ?? {});
        parsed = r.success ? r : { success: false, message: describeIssues(r.error) };
      } catch {
        parsed = { success: false, message: 'Invalid request: it could not be read.' };
      }
      if (!parsed.success) return { ok: false, error: { code: 'invalid-argument', message: parsed.message } };
      try {
        const call = gate[channel] as (a: unknown) => unknown;
        return { ok: true, result: await call(parsed.data) };
      } catch (error) {
        if (error instanceof LadderError) {
          if (error.code !== 'wrong-passphrase') log(`ladder: ${channel} failed: ${error.code}`);
          return { ok: false, error: error.toJSON() };
        }
        log(`ladder: ${channel} failed: internal (${error instanceof Error ? error.name : typeof error})`);
        return { ok: false, error: { code: 'internal', message: 'Something went wrong inside Ladder. Nothing was changed.' } };
      }
    };
    const result = queue.then(run, run);
    queue = result;
    return result;
  };
}
