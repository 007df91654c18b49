// The browser-mode API over a real store: a refused call must leave the journal as it was, not
// only answer with a refusal.
import { request } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createWebServer, type WebServer } from '../../../src-main/web/server';
import type { ChannelHandler } from '../../../src-main/web/apiRoute';
import { fingerprint, tempDir, testStore } from '../helpers';

interface Reply {
  status: number;
  body: string;
}

/** A POST sent exactly as written, Host header included (fetch would set its own). */
function post(port: number, channel: string, body: string, headers: Record<string, string>): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${channel}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers },
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

describe('browser-mode API guard', () => {
  it('changes nothing in the store for a call without the token, with a wrong token or under a foreign Host', async () => {
    const t = testStore();
    // The real store, with a note of every call that reached it.
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
    const entry = JSON.stringify({ kind: 'reflection', title: 'Written by a stranger' });
    const wrongToken = web.token.replace(/.$/, (c) => (c === '0' ? '1' : '0'));

    const refused = [
      await post(web.port, 'journal.create', entry, {}),
      await post(web.port, 'journal.create', entry, { 'x-ladder-token': '' }),
      await post(web.port, 'journal.create', entry, { 'x-ladder-token': wrongToken }),
      await post(web.port, 'journal.create', entry, { 'x-ladder-token': web.token, host: `evil.example:${web.port}` }),
      await post(web.port, 'journal.create', entry, { 'x-ladder-token': web.token, host: `127.0.0.1:${web.port + 1}` }),
    ];
    expect(refused.map((r) => r.status)).toEqual([403, 403, 403, 421, 421]);
    for (const r of refused) expect(r.body).not.toContain('Written by a stranger');

    // An allowed call after them: by the time it is answered, any write a refused call let through has run.
    const list = await post(web.port, 'journal.list', '{}', { 'x-ladder-token': web.token });
    expect(list.status).toBe(200);
    expect(reached).toEqual(['journal.list']);
    expect(JSON.parse(list.body)).toEqual({ result: [] });
    expect(fingerprint(t.store.dbPath)).toBe(before);

    // The same call with the token and the right Host writes: the refusals above were the guard's.
    const allowed = await post(web.port, 'journal.create', entry, { 'x-ladder-token': web.token });
    expect(allowed.status).toBe(200);
    expect(fingerprint(t.store.dbPath)).not.toBe(before);
  });
});
