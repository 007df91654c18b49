// One ipcMain handler per channel; each call is checked to come from our page in our window.
import { ipcMain, type IpcMainInvokeEvent, type BrowserWindow } from 'electron';
import { CHANNELS } from '../shared/contract';
import type { Envelope } from '../shared/envelope';
import { isTrustedSenderUrl } from './sender';

export interface ChannelHandler {
  handle(channel: string, args: unknown): Promise<Envelope>;
}

export function isTrustedSender(event: IpcMainInvokeEvent, win: BrowserWindow | null): boolean {
  if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isTrustedSenderUrl(frame.url);
}

export function registerIpc(store: ChannelHandler, getWindow: () => BrowserWindow | null): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, args: unknown): Promise<Envelope> => {
      if (!isTrustedSender(event, getWindow())) {
        return {
          ok: false,
          error: {
            code: 'invalid-argument',
            message: 'Refused: the call did not come from the Ladder window.',
          },
        };
      }
      try {
        return await store.handle(channel, args);
      } catch {
        return {
          ok: false,
          error: { code: 'internal', message: 'Ladder hit an unexpected problem.' },
        };
      }
    });
  }
}
