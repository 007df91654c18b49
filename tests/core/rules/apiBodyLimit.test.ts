// The browser-mode API refuses a request body past the limit with its own answer (413), never
// passing any of it to the store.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../../src-main/shared/limits';
import type { ChannelHandler } from '../../../src-main/web/apiRoute';
import { createWebServer, type WebServer } from '../../../src-main/web/server';
import { fingerprint, tempDir, testStore } from '../helpers';

function post(
  port: number,
  channel: string,
  body: string,
  token: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ladder-token': token },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

const servers: WebServer[] = [];
afterEach(async () => {
  for (const s of servers.splice(0)) await s.close();
});

describe('API request size', () => {
  it('a body one byte past the limit is answered 413 with a plain reason, and reaches nothing', async () => {
    const t = testStore();
    const reached: string[] = [];
    const store: ChannelHandler = {
      handle: (channel, args) => {
        reached.push(channel);
        return t.store.handle(channel as never, args as never);
      },
    };
    const web = await createWebServer({ store, rendererDir: tempDir(), port: 0 });
    servers.push(web);
    const before = fingerprint(t.store.dbPath);
    const prefix = '{"kind":"reflection","title":"';
    const suffix = '"}';
    const huge =
      prefix + 'x'.repeat(MAX_REQUEST_BYTES + 1 - prefix.length - suffix.length) + suffix;
    expect(Buffer.byteLength(huge)).toBe(MAX_REQUEST_BYTES + 1);
    const answer = await post(web.port, 'journal.create', huge, web.token);
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      error: { code: 'payload-too-large', message: 'The request is larger than 16 MB.' },
    });
    expect(reached).toEqual([]);
    expect(fingerprint(t.store.dbPath)).toBe(before);
  }, 60_000);
});
