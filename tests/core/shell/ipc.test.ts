// The IPC edge of the desktop shell, with a stand-in for `electron` (it cannot be launched here):
// every channel answers only the Ladder page in the main frame of its own window.
import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../src-main/shared/contract';

const ipc = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, args: unknown) => Promise<unknown>>(),
}));

vi.mock('electron', () => {
  const module = {
    ipcMain: {
      handle: (channel: string, f: (event: unknown, args: unknown) => Promise<unknown>) =>
        ipc.handlers.set(channel, f),
    },
  };
  return { ...module, default: module };
});

const { registerIpc } = await import('../../../src-main/electron/ipc');

const webContents = { id: 1 };
const win = { webContents, isDestroyed: () => false };
const mainFrame = (url: string) => ({ parent: null, url });
const calls: [string, unknown][] = [];
registerIpc(
  {
    handle: async (channel, args) => {
      calls.push([channel, args]);
      if (channel === 'journal.tags') throw new Error('boom with private words');
      return { ok: true, result: 'answered' };
    },
  },
  () => win as never,
);
const invoke = (channel: string, event: unknown) => ipc.handlers.get(channel)!(event, { id: 'x' });

describe('IPC sender check', () => {
  it('registers exactly the contract’s channels', () => {
    expect([...ipc.handlers.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('answers the Ladder page in the main frame of its window', async () => {
    calls.length = 0;
    expect(
      await invoke('journal.get', {
        sender: webContents,
        senderFrame: mainFrame('app://ladder/index.html'),
      }),
    ).toEqual({ ok: true, result: 'answered' });
    expect(calls).toEqual([['journal.get', { id: 'x' }]]);
  });

  it.each([
    [
      'another web contents',
      { sender: { id: 2 }, senderFrame: mainFrame('app://ladder/index.html') },
    ],
    [
      'a sub-frame',
      { sender: webContents, senderFrame: { parent: {}, url: 'app://ladder/index.html' } },
    ],
    ['a remote page', { sender: webContents, senderFrame: mainFrame('https://example.com/') }],
    ['a file page', { sender: webContents, senderFrame: mainFrame('file:///etc/passwd') }],
    [
      'a lookalike host',
      { sender: webContents, senderFrame: mainFrame('app://ladder.evil/index.html') },
    ],
    ['no frame at all', { sender: webContents, senderFrame: null }],
  ])('refuses %s without reaching the store', async (_name, event) => {
    calls.length = 0;
    const answer = (await invoke('journal.get', event)) as {
      ok: boolean;
      error?: { code: string };
    };
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(calls).toEqual([]);
  });

  it('turns a failure inside the store into a plain internal error that quotes nothing', async () => {
    const answer = await invoke('journal.tags', {
      sender: webContents,
      senderFrame: mainFrame('app://ladder/'),
    });
    expect(answer).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Ladder hit an unexpected problem.' },
    });
  });
});
