// Desktop "Export as PDF": the window prints itself (its print stylesheet shows only the agenda),
// then the person chooses where the file goes. Only our own page may ask.
import { join } from 'node:path';
import { app, dialog, ipcMain, type BrowserWindow } from 'electron';
import { writePrivateFile } from '../core/common/privateFiles';
import type { PrintToPdfResult } from '../shared/contract';
import { isTrustedSender } from './ipc';
import { parsePdfRequest, pdfFileName, printToPdfOptions } from './pdfOptions';
import { PRINT_TO_PDF } from './printChannel';

export function registerPrintToPdf(getWindow: () => BrowserWindow | null): void {
  ipcMain.handle(PRINT_TO_PDF, async (event, raw: unknown): Promise<PrintToPdfResult> => {
    const win = getWindow();
    if (!win || !isTrustedSender(event, win))
      throw new Error('Refused: the request did not come from the Ladder window.');
    const request = parsePdfRequest(raw);
    if (!request) throw new Error('The PDF request was not understood.');
    const data = await win.webContents.printToPDF(printToPdfOptions(request.pageSize));
    const { canceled, filePath } = await dialog.showSaveDialog(win, {
      title: 'Save the agenda as PDF',
      defaultPath: join(app.getPath('documents'), pdfFileName(request.suggestedName)),
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
    });
    if (canceled || !filePath) return { saved: false };
    // Readable by its owner only, like the journal it comes from.
    writePrivateFile(filePath, data);
    return { saved: true, path: filePath };
  });
}
