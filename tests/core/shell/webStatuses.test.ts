// Browser mode's HTTP statuses on a real server over a real store host: a wrong passphrase and a
// locked journal are the person's own 4xx answers, never a 500, and carry their typed code as before.
import { afterEach, describe, expect, it } from 'vitest';
import { createStoreHost, type StoreHost } from '../../../src-main/core/host/storeHost';
import { createWebServer, type WebServer } from '../../../src-main/web/server';
import { tempDir } from '../helpers';

const PASS = 'correct horse battery staple';
let host: StoreHost | null = null;
let web: WebServer | null = null;

afterEach(async () => {
  await web?.close();
  host?.close();
  web = null;
  host = null;
});

async function post(
  channel: string,
  args: unknown,
): Promise<{ status: number; body: { result?: unknown; error?: { code: string } } }> {
  if (!web) throw new Error('no server');
  const response = await fetch(`http://127.0.0.1:${web.port}/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-ladder-token': web.token },
    body: JSON.stringify(args),
  });
  return {
    status: response.status,
    body: (await response.json()) as { result?: unknown; error?: { code: string } },
  };
}

describe('HTTP statuses of the start gate', () => {
  it('answers a wrong passphrase with 401 and a locked journal with 423, each with its typed code', async () => {
    host = createStoreHost({
      dataDir: tempDir(),
      mode: 'browser',
      version: '0.0.0-test',
      log: () => {},
      autoBackup: false,
    });
    web = await createWebServer({ store: host, rendererDir: tempDir(), port: 0 });
    expect((await post('lock.protect', { passphrase: PASS })).status).toBe(200);
    expect((await post('lock.lock', {})).status).toBe(200);

    const wrong = await post('lock.unlock', { passphrase: 'not the passphrase' });
    expect(wrong).toMatchObject({ status: 401, body: { error: { code: 'wrong-passphrase' } } });
    const locked = await post('journal.list', {});
    expect(locked).toMatchObject({ status: 423, body: { error: { code: 'locked' } } });
    // A change asked with a wrong current passphrase, once open again.
    expect((await post('lock.unlock', { passphrase: PASS })).status).toBe(200);
    const change = await post('lock.changePassphrase', {
      current: 'not the passphrase',
      next: 'another long passphrase',
    });
    expect(change).toMatchObject({ status: 401, body: { error: { code: 'wrong-passphrase' } } });
  });
});
