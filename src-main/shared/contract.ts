// The one API: channel → (argument) → result. Both transports and the renderer client are typed from it.
import type { z } from 'zod';
import type { ResultOf } from './channelParts';
import type { Schemas } from './schemas';
import { CHANNELS, isChannel, type ChannelName, type ChannelParts } from './channels';

/** Each channel's result type, as its feature declared it (shared/<feature>/*Channels.ts). */
export type Results = { [C in ChannelName]: ResultOf<ChannelParts[C]> };

export type Channel = ChannelName;
export type Args<C extends Channel> = z.input<Schemas[C]>;
export type ParsedArgs<C extends Channel> = z.output<Schemas[C]>;
export type Result<C extends Channel> = Results[C];

/** The main side's answer to some channels: each takes its parsed arguments and gives its result. */
export type Handlers<C extends Channel> = {
  [K in C]: (args: ParsedArgs<K>) => Result<K> | Promise<Result<K>>;
};

/** The shape the renderer sees on `window.ladder` (desktop preload) or builds over HTTP (browser mode). */
export type LadderApi = { [C in Channel]: (args: Args<C>) => Promise<Result<C>> };

export { CHANNELS, isChannel };

/** Main-to-renderer push: the shell asks the renderer to save everything before the window closes. */
export interface LadderBridge {
  api: LadderApi;
  /** Registers a flush callback; returns an unsubscribe function. */
  onDidRequestFlush(callback: () => Promise<void>): () => void;
  /** Desktop only (absent in browser mode): prints the window to PDF and asks where to save it. */
  printToPdf?(options: PrintToPdfOptions): Promise<PrintToPdfResult>;
}

export interface PrintToPdfOptions {
  pageSize: 'A4' | 'Letter';
  /** A file name to offer in the save dialog; the shell makes it safe again. */
  suggestedName: string;
}

export interface PrintToPdfResult {
  /** False when the person cancelled the save dialog. */
  saved: boolean;
  path?: string;
}
