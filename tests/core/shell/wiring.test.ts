// The desktop shell's wiring, with a stand-in for the `electron` module (Electron itself cannot be
// launched on the machine the tests run on): the preload exposes exactly the contract, and the window
// is created locked down and refuses to navigate or open windows.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-main/shared/contract';

const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const handlers: Record<string, (...args: unknown[]) => unknown> = {};
  const windows: { options: Record<string, unknown>; loaded: string[] }[] = [];
  const dialogCalls: unknown[] = [];
  class BrowserWindow {
    webContents = {
      on: (event: string, handler: (...args: unknown[]) => unknown) => {
        handlers[event] = handler;
      },
      setWindowOpenHandler: (handler: (...args: unknown[]) => unknown) => {
        handlers['window-open'] = handler;
      },
    };
    record: { options: Record<string, unknown>; loaded: string[] };
    constructor(options: Record<string, unknown>) {
      this.record = { options, loaded: [] };
      windows.push(this.record);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.record.loaded.push(url);
      return Promise.resolve();
    }
  }
  return {
    exposed,
    handlers,
    windows,
    dialogCalls,
    module: {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
      ipcRenderer: {
        invoke: () => Promise.resolve({ ok: true, result: null }),
        on: () => undefined,
        send: () => undefined,
      },
      BrowserWindow,
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      dialog: {
        showMessageBox: (...args: unknown[]) => {
          dialogCalls.push(args);
          return Promise.resolve({ response: 1 });
        },
      },
      shell: { openExternal: () => Promise.resolve() },
    },
  };
});

vi.mock('electron', () => ({ ...electron.module, default: electron.module }));

describe('preload', () => {
  it('exposes one object, window.ladder, whose keys are the contract and nothing else', async () => {
    await import('../../../src-main/electron/preload');
    expect(Object.keys(electron.exposed)).toEqual(['ladder']);
    const bridge = electron.exposed.ladder as Record<string, unknown>;
    expect(Object.keys(bridge).sort()).toEqual(['api', 'onDidRequestFlush', 'printToPdf']);
    expect(Object.keys(bridge.api as object).sort()).toEqual([...CHANNELS].sort());
    for (const call of Object.values(bridge.api as Record<string, unknown>))
      expect(typeof call).toBe('function');
  });
});

describe('main window', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ladder-shell-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  beforeEach(() => {
    electron.windows.length = 0;
    electron.dialogCalls.length = 0;
  });

  it('is created sandboxed, isolated, without Node, webviews or insecure content, and loads app://', async () => {
    const { createMainWindow } = await import('../../../src-main/electron/window');
    createMainWindow({
      preloadPath: '/app/out/preload/preload.js',
      statePath: join(dir, 'window-state.json'),
    });
    const [win] = electron.windows;
    expect(win?.options.webPreferences).toMatchObject({
      preload: '/app/out/preload/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(win?.loaded).toEqual(['app://ladder/index.html']);
  });

  it('refuses navigation, redirects, webviews and new windows; an https link only after asking', async () => {
    const { createMainWindow } = await import('../../../src-main/electron/window');
    createMainWindow({ preloadPath: '/p.js', statePath: join(dir, 'window-state.json') });
    for (const [event, url] of [
      ['will-navigate', 'https://example.org/'],
      ['will-redirect', 'https://example.org/'],
      ['will-attach-webview', ''],
    ] as const) {
      const prevented = vi.fn();
      await electron.handlers[event]?.({ preventDefault: prevented, url });
      expect(prevented, event).toHaveBeenCalledTimes(1);
    }
    expect(electron.handlers['window-open']?.({ url: 'https://example.org/' })).toEqual({
      action: 'deny',
    });
    expect(electron.handlers['window-open']?.({ url: 'file:///etc/passwd' })).toEqual({
      action: 'deny',
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    // Two https requests asked the user (and were cancelled); the file: URL never reached a dialog.
    expect(electron.dialogCalls).toHaveLength(2);
  });
});
