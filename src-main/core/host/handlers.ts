// The edge of the main side: channel → validated call into a service (handlerTable.ts). Both shells
// (Electron IPC, browser-mode HTTP) go through `handle`, so a bad call gets the same typed error everywhere.
import { isChannel } from '../../shared/contract';
import type { Envelope } from '../../shared/envelope';
import { LadderError } from '../../shared/errors';
import { isGateChannel } from '../../shared/lock/lock';
import { mapDriverError } from '../db/connection';
import { answer, type AnswerRules } from './answer';
import { handlerTable, type Services, type StoreChannel } from './handlerTable';

export type Handle = (channel: string, args: unknown) => Promise<Envelope>;

export interface HandlerOptions {
  /** Receives error codes and channel names only, never arguments or journal text. */
  log?: (line: string) => void;
}

export function createHandlers(services: Services, options: HandlerOptions = {}): Handle {
  const rules: AnswerRules = {
    mapThrown: mapDriverError,
    logs: (code) => code === 'storage-full' || code === 'storage-error',
    log: options.log ?? ((line: string) => console.error(line)),
  };
  const calls = handlerTable(services) as Record<StoreChannel, (args: unknown) => unknown>;

  return async (channel, args) => {
    if (!isChannel(channel)) {
      return {
        ok: false,
        error: { code: 'unknown-channel', message: 'Ladder does not know that request.' },
      };
    }
    return answer(
      channel,
      args,
      (parsed) => {
        if (isGateChannel(channel))
          throw new LadderError(
            'unknown-channel',
            'Ladder answers that request at start-up, not here.',
          );
        return calls[channel](parsed);
      },
      rules,
    );
  };
}
