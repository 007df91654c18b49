// The full integrity check of large files runs in a worker after open; these tests force that path
// with a zero size threshold and check what a damaged file does to the store.
import { openSync, readFileSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src-main/core/host/store';
import { body, closeStore, testStore } from './helpers';

const opened: Store[] = [];
afterEach(() => opened.splice(0).forEach((s) => s.close()));

function openLarge(dataDir: string): Store {
  const store = openStore({
    dataDir,
    mode: 'browser',
    version: 'test',
    quickCheckMaxBytes: 0,
    integrityCheckDelayMs: 0,
    log: () => {},
  });
  opened.push(store);
  return store;
}

async function journalFile(): Promise<{ dataDir: string; file: string }> {
  const t = testStore();
  for (let i = 0; i < 60; i++) {
    await t.call('journal.create', {
      kind: 'reflection',
      title: `Entry ${i}`,
      body: body(`word${i} `.repeat(400)),
    });
  }
  closeStore(t);
  return { dataDir: t.dataDir, file: t.store.dbPath };
}

describe('integrity check in the background', () => {
  it('passes a sound file and keeps it writable', async () => {
    const { dataDir } = await journalFile();
    const store = openLarge(dataDir);
    expect(await store.integrity).toBe('ok');
    const r = await store.handle('journal.create', { kind: 'lesson', title: 'After the check' });
    expect(r.ok).toBe(true);
  });

  it('refuses a truncated file at open from its header alone', async () => {
    const { dataDir, file } = await journalFile();
    truncateSync(file, Math.floor(statSync(file).size / 2));
    const before = readFileSync(file);
    expect(() => openLarge(dataDir)).toThrow(/damaged or is not a Ladder database/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('stops every write when the worker finds damage, and says why', async () => {
    const { dataDir, file } = await journalFile();
    // Scribble over pages in the middle of the file, keeping its size and header intact.
    const fd = openSync(file, 'r+');
    const size = statSync(file).size;
    writeSync(fd, Buffer.alloc(16 * 4096, 0x5a), 0, 16 * 4096, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const before = readFileSync(file);
    const store = openLarge(dataDir);
    expect(await store.integrity).toBe('damaged');
    const r = await store.handle('journal.create', { kind: 'lesson', title: 'Must not land' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('storage-error');
      expect(r.error.message).toMatch(/found damage/);
      expect(r.error.message).toMatch(/kept as it is/);
    }
    store.close();
    opened.splice(opened.indexOf(store), 1);
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
