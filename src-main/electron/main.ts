// Desktop composition root: one instance, one store, one locked-down window served over app://.
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { defaultDataDir } from '../core/host/dataDir';
import { createStoreHost } from '../core/host/storeHost';
import { CONTENT_SECURITY_POLICY } from '../core/transport/csp';
import { waitWithTimeout } from './flush';
import { FLUSH_DONE, FLUSH_REQUEST } from './flushChannel';
import { registerIpc, type ChannelHandler } from './ipc';
import { installMenu } from './menu';
import { installPermissionHandlers } from './permissions';
import { registerPrintToPdf } from './print';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { secondInstanceSteps } from './secondInstance';
import { createMainWindow } from './window';

app.setName('Ladder');
app.setPath('userData', defaultDataDir());
registerAppScheme();
// Every renderer sandboxed, whatever its own preferences say.
app.enableSandbox();
// Defence in depth for any web contents besides the main window, which installs its own guards.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

let mainWindow: BrowserWindow | null = null;
let store: (ChannelHandler & { close(): void }) | null = null;
let flushedForQuit = false;
let nextFlushId = 1;

/** Asks the renderer to save pending edits; resolves when it answers or after ~2 s. */
function flushRenderer(win: BrowserWindow): Promise<unknown> {
  if (win.isDestroyed() || win.webContents.isCrashed()) return Promise.resolve();
  const id = nextFlushId++;
  const answered = new Promise<void>((resolve) => {
    const onDone = (event: Electron.IpcMainEvent, doneId: unknown) => {
      if (event.sender !== win.webContents || doneId !== id) return;
      ipcMain.off(FLUSH_DONE, onDone);
      resolve();
    };
    ipcMain.on(FLUSH_DONE, onDone);
  });
  win.webContents.send(FLUSH_REQUEST, id);
  return waitWithTimeout(answered);
}

function hardenSession(): void {
  const ses = session.defaultSession;
  installPermissionHandlers(ses);
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

function openWindow(): BrowserWindow {
  const win = createMainWindow({
    preloadPath: join(__dirname, '../preload/preload.js'),
    statePath: join(app.getPath('userData'), 'window-state.json'),
  });
  let allowClose = false;
  win.on('close', (event) => {
    if (allowClose || flushedForQuit) return;
    event.preventDefault();
    void flushRenderer(win).then(() => {
      allowClose = true;
      win.close();
    });
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  mainWindow = win;
  return win;
}

async function start(): Promise<void> {
  await app.whenReady();
  let opened: ChannelHandler & { close(): void };
  try {
    opened = createStoreHost({
      dataDir: app.getPath('userData'),
      mode: 'desktop',
      version: app.getVersion(),
    });
  } catch (error) {
    dialog.showErrorBox(
      'Ladder cannot open your journal',
      error instanceof Error ? error.message : String(error),
    );
    app.exit(1);
    return;
  }
  store = opened;
  hardenSession();
  serveAppProtocol(join(__dirname, '../renderer'));
  registerIpc(opened, () => mainWindow);
  registerPrintToPdf(() => mainWindow);
  installMenu(!app.isPackaged);
  openWindow();
  app.on('activate', () => {
    if (!mainWindow) openWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const current = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
    const steps = secondInstanceSteps({
      ready: app.isReady(),
      storeOpen: store !== null,
      window: current ? { minimized: current.isMinimized(), visible: current.isVisible() } : null,
    });
    let win = current;
    for (const step of steps) {
      if (step === 'open-window') win = openWindow();
      else if (step === 'restore') win?.restore();
      else if (step === 'show') win?.show();
      else win?.focus();
    }
  });
  app.on('before-quit', (event) => {
    if (flushedForQuit || !mainWindow) return;
    event.preventDefault();
    void flushRenderer(mainWindow).then(() => {
      flushedForQuit = true;
      app.quit();
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('will-quit', () => {
    store?.close();
    store = null;
  });
  void start();
}
