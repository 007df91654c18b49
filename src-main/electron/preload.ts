// The sandboxed preload: exposes exactly the typed API and the flush hook, nothing raw.
import { contextBridge, ipcRenderer } from 'electron';
import {
  CHANNELS,
  type LadderApi,
  type LadderBridge,
  type PrintToPdfOptions,
  type PrintToPdfResult,
} from '../shared/contract';
import type { Envelope } from '../shared/envelope';
import { FLUSH_DONE, FLUSH_REQUEST } from './flushChannel';
import { PRINT_TO_PDF } from './printChannel';

// Errors thrown across contextBridge lose their own properties, so a failure is rejected as a plain
// { name, code, message } object, which the bridge copies whole (isLadderErrorShape accepts it).
async function invoke(channel: string, args: unknown): Promise<unknown> {
  const envelope = (await ipcRenderer.invoke(channel, args)) as Envelope;
  if (envelope.ok) return envelope.result;
  throw { name: 'LadderError', code: envelope.error.code, message: envelope.error.message };
}

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (args: unknown) => invoke(channel, args)]),
) as unknown as LadderApi;

const flushers = new Set<() => Promise<void>>();

ipcRenderer.on(FLUSH_REQUEST, (_event, id: unknown) => {
  void Promise.allSettled([...flushers].map((flush) => flush())).then(() => {
    ipcRenderer.send(FLUSH_DONE, id);
  });
});

const bridge = {
  api,
  onDidRequestFlush(callback: () => Promise<void>) {
    flushers.add(callback);
    return () => {
      flushers.delete(callback);
    };
  },
  printToPdf(options: PrintToPdfOptions) {
    return ipcRenderer.invoke(PRINT_TO_PDF, options) as Promise<PrintToPdfResult>;
  },
} satisfies LadderBridge;

contextBridge.exposeInMainWorld('ladder', bridge);
