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
  allow?: string;
}

/** A POST sent exactly as written, Host header included (fetch would set its own). */
function post(
  port: number,
  channel: string,
  body: string,
  headers: Record<string, string>,
): Promise<Reply> {
  return send('POST', port, channel, body, headers);
}

function send(
  method: string,
  port: number,
  channel: string,
  body: string,
  headers: Record<string, string>,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${channel}`,
        method,
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (text += chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: text, allow: res.headers.allow }),
        );
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
      await post(web.port, 'journal.create', entry, {
        'x-ladder-token': web.token,
        host: `evil.example:${web.port}`,
      }),
      await post(web.port, 'journal.create', entry, {
        'x-ladder-token': web.token,
        host: `127.0.0.1:${web.port + 1}`,
      }),
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

  it('answers a wrong method, a body that is not JSON, an unknown call and a failing store each with its own error, writing nothing', async () => {
    const t = testStore();
    let failNext = false;
    const store: ChannelHandler = {
      handle: (channel, args) => {
        if (failNext) throw new Error('disk on fire: Written by a stranger');
        return t.store.handle(channel as never, args as never);
      },
    };
    const web = await createWebServer({ store, rendererDir: tempDir(), port: 0 });
    servers.push(web);
    const before = fingerprint(t.store.dbPath);
    const token = { 'x-ladder-token': web.token };
    const entry = JSON.stringify({ kind: 'reflection', title: 'Written by a stranger' });

    const wrongMethod = await send('PUT', web.port, 'journal.create', entry, token);
    expect(wrongMethod).toMatchObject({ status: 405, allow: 'POST' });
    expect(JSON.parse(wrongMethod.body)).toEqual({
      error: { code: 'method-not-allowed', message: 'The API answers POST requests only.' },
    });
    const notJson = await post(web.port, 'journal.create', '{"kind": "reflection",', token);
    expect(notJson.status).toBe(400);
    expect(JSON.parse(notJson.body)).toEqual({
      error: { code: 'invalid-argument', message: 'The request body is not valid JSON.' },
    });
    const unknown = await post(web.port, 'journal.erase', entry, token);
    expect(JSON.parse(unknown.body)).toEqual({
      error: { code: 'unknown-channel', message: 'There is no API call named "journal.erase".' },
    });
    // A made-up name is quoted back only in part, however long it is.
    const longName = `journal.${'x'.repeat(200)}`;
    const longUnknown = await post(web.port, longName, entry, token);
    expect(JSON.parse(longUnknown.body).error.message).toBe(
      `There is no API call named "${longName.slice(0, 80)}".`,
    );
    const noToken = await post(web.port, 'journal.create', entry, {});
    expect(JSON.parse(noToken.body)).toEqual({
      error: { code: 'forbidden', message: 'Missing or wrong access token.' },
    });
    expect(fingerprint(t.store.dbPath)).toBe(before);

    // An empty body is an empty argument object, not an error.
    const listed = await post(web.port, 'journal.list', '  ', token);
    expect(JSON.parse(listed.body)).toEqual({ result: [] });
    // A store that throws gets a plain 500; its message (which could hold journal text) stays inside.
    failNext = true;
    const failed = await post(web.port, 'journal.list', '{}', token);
    expect(failed.status).toBe(500);
    expect(JSON.parse(failed.body)).toEqual({
      error: { code: 'internal', message: 'Ladder hit an unexpected problem.' },
    });
    // A refusal from the store keeps its code and message.
    failNext = false;
    const refused = await post(
      web.port,
      'journal.create',
      JSON.stringify({ kind: 'no-such-kind', title: 'A note' }),
      token,
    );
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).error.code).toBe('invalid-argument');
    expect(fingerprint(t.store.dbPath)).toBe(before);
  });
});
