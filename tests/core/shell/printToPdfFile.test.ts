// The desktop "Export as PDF" writes the file the person chose 0600, like the journal it comes from.
// Electron cannot launch here: a stand-in `electron` module carries the request to the real handler,
// which writes a real file.
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers';

const electron = vi.hoisted(() => {
  const handlers: Record<string, (event: unknown, raw: unknown) => Promise<unknown>> = {};
  const chosen = { path: '' };
  return {
    handlers,
    chosen,
    module: {
      app: { getPath: () => '/nowhere' },
      dialog: { showSaveDialog: () => Promise.resolve({ canceled: false, filePath: chosen.path }) },
      ipcMain: {
        handle: (channel: string, handler: (event: unknown, raw: unknown) => Promise<unknown>) => {
          handlers[channel] = handler;
        },
      },
    },
  };
});
vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

describe.skipIf(process.platform === 'win32')('Export as PDF on the desktop', () => {
  it('writes the PDF readable by its owner only, also over an existing file', async () => {
    const { registerPrintToPdf } = await import('../../../src-main/electron/print');
    const { PRINT_TO_PDF } = await import('../../../src-main/electron/printChannel');
    const webContents = { printToPDF: () => Promise.resolve(Buffer.from('%PDF-1.7 agenda')) };
    const win = { isDestroyed: () => false, webContents };
    registerPrintToPdf(() => win as never);
    const event = {
      sender: webContents,
      senderFrame: { parent: null, url: 'app://ladder/index.html' },
    };
    const handler = electron.handlers[PRINT_TO_PDF];
    if (!handler) throw new Error('no print handler');

    electron.chosen.path = join(tempDir(), 'Growth talk.pdf');
    writeFileSync(electron.chosen.path, 'an older export');
    chmodSync(electron.chosen.path, 0o644);
    expect(await handler(event, { pageSize: 'A4', suggestedName: 'Growth talk.pdf' })).toEqual({
      saved: true,
      path: electron.chosen.path,
    });
    expect(readFileSync(electron.chosen.path, 'utf8')).toBe('%PDF-1.7 agenda');
    expect(statSync(electron.chosen.path).mode & 0o777).toBe(0o600);
  });
});
