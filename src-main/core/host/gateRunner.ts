// Runs the start gate's channels one at a time (they close and reopen the store), through the same
// answer as every other channel (answer.ts). Its failures are logged except a wrong passphrase.
import type { Handlers } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import type { GateChannel } from '../../shared/lock/lock';
import { answer, type AnswerRules } from './answer';

export type Gate = Handlers<GateChannel>;

export function createGateRunner(
  gate: Gate,
  log: (line: string) => void,
): (channel: GateChannel, args: unknown) => Promise<Envelope> {
  const rules: AnswerRules = {
    mapThrown: (thrown) => thrown,
    logs: (code) => code !== 'wrong-passphrase',
    log,
  };
  let queue: Promise<unknown> = Promise.resolve();
  return (channel, args) => {
    const run = () => answer(channel, args, gate[channel] as (parsed: unknown) => unknown, rules);
    const result = queue.then(run, run);
    queue = result;
    return result;
  };
}
