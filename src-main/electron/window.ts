// The main window: locked-down web preferences, remembered bounds, no navigation away.
import { readFileSync } from 'node:fs';
import { writePrivateFile } from '../core/common/privateFiles';
import { BrowserWindow, dialog, screen, shell, type WebContents } from 'electron';
import { APP_ENTRY } from './appPath';
import { externalLinkButton, isExternalLinkAllowed } from './links';
import { MIN_HEIGHT, MIN_WIDTH, parseWindowStateText, serializeWindowState } from './windowState';

export interface WindowOptions {
  preloadPath: string;
  statePath: string;
}

function readText(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

async function confirmExternal(owner: BrowserWindow, url: string): Promise<void> {
  if (!isExternalLinkAllowed(url)) return;
  const { response } = await dialog.showMessageBox(owner, {
    type: 'question',
    buttons: [externalLinkButton(url), 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link outside Ladder?',
    detail: url,
  });
  if (response === 0) await shell.openExternal(url);
}

function guardNavigation(win: BrowserWindow, contents: WebContents): void {
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    void confirmExternal(win, event.url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    void confirmExternal(win, url);
    return { action: 'deny' };
  });
}

export function createMainWindow({ preloadPath, statePath }: WindowOptions): BrowserWindow {
  const state = parseWindowStateText(
    readText(statePath),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(state.bounds ?? { width: state.width, height: state.height }),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: 'Ladder',
    backgroundColor: '#1e1e1e',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
      // Middle-click must not trigger navigation handlers (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  });
  win.once('ready-to-show', () => {
    if (state.maximized) win.maximize();
    win.show();
  });
  win.on('close', () => {
    try {
      writePrivateFile(statePath, serializeWindowState(win.getNormalBounds(), win.isMaximized()));
    } catch {
      // A lost window position is not worth interrupting the close.
    }
  });
  guardNavigation(win, win.webContents);
  void win.loadURL(APP_ENTRY);
  return win;
}
