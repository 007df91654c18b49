// Protecting the journal on a really full disk: the browser-mode server runs on a small tmpfs of its
// own (a mount namespace made with `unshare`, so no privilege is needed beyond what CI has), and the
// test fills that disk. Protect answers storage-full with a clear message, leaves no half file, and
// the journal stays open, unprotected, with its text; once there is room, protect works.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  copyFileSync,
  existsSync,
  ftruncateSync,
  openSync,
  readdirSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { hasPlainHeader } from '../../../src-main/core/db/fileHeader';
import { openStore } from '../../../src-main/core/host/store';
import { lexicalFromParagraphs } from '../../../src-main/shared/journal/plainText';
import { startServer, type Server } from '../durability/server';
import { tempDir } from '../helpers';
import { PASS, SECRET } from './hostHelpers';

const canMount =
  process.platform === 'linux' &&
  // Over the temp folder, inside the namespace only (its mounts are private): nothing outside changes.
  spawnSync('unshare', ['-r', '-m', 'sh', '-c', 'mount -t tmpfs -o size=64k t "$0"', tmpdir()], {
    stdio: 'ignore',
  }).status === 0;

let running: Server | null = null;
afterEach(async () => {
  running?.child.kill('SIGKILL');
  await running?.exited;
  running = null;
});

async function call(
  app: Server,
  channel: string,
  args: unknown,
): Promise<{ ok: boolean; result?: unknown; error?: { code: string; message: string } }> {
  const response = await fetch(`${app.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ladder-token': app.token },
    body: JSON.stringify(args),
  });
  const payload = (await response.json()) as {
    result?: unknown;
    error?: { code: string; message: string };
  };
  return { ok: payload.error === undefined, ...payload };
}

/** Writes until the disk refuses, to the last 512 bytes; returns the open filler so the test can give room back. */
function fill(file: string): number {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(16 * 1024, 1);
  for (;;) {
    try {
      writeSync(fd, chunk);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOSPC') break;
      throw error;
    }
  }
  for (;;) {
    try {
      writeSync(fd, Buffer.alloc(512, 1));
    } catch {
      return fd;
    }
  }
}

/** Half files a failed protect could leave: record, re-encrypted copy, their journals. */
function leftovers(dir: string): string[] {
  return readdirSync(dir).filter((name) => /\.(partial|rekeying)/.test(name));
}

describe.runIf(canMount)('protecting on a full disk', () => {
  it('answers storage-full, leaves nothing behind and keeps the journal open and unprotected with its text', async () => {
    const mountPoint = tempDir();
    const app = await startServer(mountPoint, (argv) => [
      'unshare',
      [
        '-r',
        '-m',
        'sh',
        '-c',
        'mount -t tmpfs -o size=16m ladder-full "$0" && exec "$@"',
        mountPoint,
        ...argv,
      ],
    ]);
    running = app;
    // The server's view of its folder: the tmpfs lives in its mount namespace only.
    const dir = `/proc/${app.child.pid}/root${mountPoint}`;
    const created = await call(app, 'journal.create', {
      kind: 'lesson',
      title: SECRET,
      body: lexicalFromParagraphs(['words to keep']),
    });
    expect(created.ok).toBe(true);
    const id = (created.result as { id: string }).id;
    // A journal of a few MB, so its encrypted copy cannot fit in the room given back below.
    for (let i = 0; i < 4; i++) {
      const bulk = lexicalFromParagraphs(
        Array.from({ length: 200 }, (_, p) => `notes ${i} ${p} `.repeat(60)),
      );
      expect(
        (await call(app, 'journal.create', { kind: 'reflection', title: `Bulk ${i}`, body: bulk }))
          .ok,
      ).toBe(true);
    }
    // The daily backup taken at start is there, and the checkpoint that follows the writes in idle
    // time (which may grow the file) is done, before the disk fills.
    while (
      !existsSync(join(dir, 'backups')) ||
      !readdirSync(join(dir, 'backups')).some((n) => /\.db(\.gz)?$/.test(n))
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const filler = join(dir, 'filler');
    const fd = fill(filler);
    try {
      // No room at all: the protection record cannot be written.
      const none = await call(app, 'lock.protect', { passphrase: PASS });
      expect(none).toMatchObject({ ok: false, error: { code: 'storage-full' } });
      expect(none.error?.message).toMatch(/disk is full/i);
      expect(none.error?.message).toMatch(/not protected/i);
      expect(leftovers(dir)).toEqual([]);

      // Room for the record, not for re-encrypting the journal (its copy, or the copy's rollback journal).
      ftruncateSync(fd, Math.max(0, statSync(filler).size - 24 * 1024));
      const some = await call(app, 'lock.protect', { passphrase: PASS });
      expect(some).toMatchObject({ ok: false, error: { code: 'storage-full' } });
      expect(leftovers(dir)).toEqual([]);
      expect(existsSync(join(dir, 'ladder.protection.json'))).toBe(false);

      expect(await call(app, 'app.state', {})).toMatchObject({
        ok: true,
        result: { state: 'open', protected: false },
      });
      expect(await call(app, 'journal.get', { id })).toMatchObject({
        ok: true,
        result: { title: SECRET, text: 'words to keep' },
      });

      // The file on disk opens on its own, unprotected, with the text.
      const copy = tempDir();
      for (const suffix of ['', '-wal'])
        if (existsSync(join(dir, `ladder.db${suffix}`)))
          copyFileSync(join(dir, `ladder.db${suffix}`), join(copy, `ladder.db${suffix}`));
      expect(hasPlainHeader(join(copy, 'ladder.db'))).toBe(true);
      const store = openStore({
        dataDir: copy,
        mode: 'browser',
        version: 't',
        autoBackup: false,
        log: () => {},
      });
      try {
        const out = await store.handle('journal.get', { id });
        expect(out).toMatchObject({ ok: true, result: { text: 'words to keep' } });
      } finally {
        store.close();
      }
    } finally {
      closeSync(fd);
    }

    // Writes not yet folded into the file (the idle checkpoint comes 2 s after them): closing the
    // journal for the re-encryption cannot fold them in on a full disk. It opens again as it was.
    rmSync(filler);
    const late = await call(app, 'journal.create', {
      kind: 'lesson',
      title: 'Late',
      body: lexicalFromParagraphs(['written last '.repeat(20_000)]),
    });
    expect(late.ok).toBe(true);
    const fd2 = fill(filler);
    try {
      ftruncateSync(fd2, Math.max(0, statSync(filler).size - 24 * 1024));
      expect(await call(app, 'lock.protect', { passphrase: PASS })).toMatchObject({
        ok: false,
        error: { code: 'storage-full' },
      });
      expect(leftovers(dir)).toEqual([]);
      expect(await call(app, 'app.state', {})).toMatchObject({
        ok: true,
        result: { state: 'open', protected: false },
      });
      expect(
        await call(app, 'journal.get', { id: (late.result as { id: string }).id }),
      ).toMatchObject({ ok: true, result: { title: 'Late' } });
    } finally {
      closeSync(fd2);
    }

    // With room again, the same request protects the journal.
    rmSync(filler);
    expect(await call(app, 'lock.protect', { passphrase: PASS })).toMatchObject({
      ok: true,
      result: { protected: true },
    });
    expect(await call(app, 'journal.get', { id })).toMatchObject({
      ok: true,
      result: { text: 'words to keep' },
    });
    expect(hasPlainHeader(join(dir, 'ladder.db'))).toBe(false);
  }, 120_000);
});
