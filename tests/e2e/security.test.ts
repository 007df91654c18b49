// Browser mode's privacy guarantees, checked against the real server process and real Chromium.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  PROJECT_ROOT,
  callApi,
  describeE2E,
  launchBrowser,
  removeDir,
  runWebEntry,
  startApp,
  tempDir,
  type RunningApp,
} from './harness';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request sent exactly as written (fetch would normalise the path and fix the Host header). */
function raw(
  port: number,
  path: string,
  options: { method?: string; host?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: options.method ?? 'GET',
        headers: { host: options.host ?? `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describeE2E('browser mode security', () => {
  let app: RunningApp;

  beforeAll(async () => {
    app = await startApp();
  });
  afterAll(async () => {
    await app?.stop();
  });

  const post = (channel: string, body: string, headers: Record<string, string> = {}) =>
    fetch(`${app.origin}/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  describe('the API', () => {
    it('answers a call that carries the token', async () => {
      const res = await post('app.info', '{}', { 'x-ladder-token': app.token });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const payload = (await res.json()) as { result: { mode: string; dataDir: string } };
      expect(payload.result.mode).toBe('browser');
      expect(payload.result.dataDir).toBe(app.dataDir);
    });

    it('refuses a call without a token', async () => {
      const res = await post('app.info', '{}');
      expect(res.status).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    });

    it('refuses a call with a wrong token', async () => {
      const wrong = app.token.replace(/.$/, (c) => (c === '0' ? '1' : '0'));
      const res = await post('app.info', '{}', { 'x-ladder-token': wrong });
      expect(res.status).toBe(403);
    });

    it('names bad calls with typed errors', async () => {
      const token = { 'x-ladder-token': app.token };
      const unknown = await post('shell.exec', '{}', token);
      expect(unknown.status).toBe(400);
      expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe(
        'unknown-channel',
      );
      const malformed = await post('app.info', '{not json', token);
      expect(malformed.status).toBe(400);
      const invalid = await post('journal.get', '{"id": 5}', token);
      expect(invalid.status).toBe(400);
      expect(((await invalid.json()) as { error: { code: string } }).error.code).toBe(
        'invalid-argument',
      );
      const missing = await post('journal.get', '{"id": "no-such-entry"}', token);
      expect(missing.status).toBe(404);
    });

    it('refuses a body over 16 MB', async () => {
      const huge = JSON.stringify({ id: 'x'.repeat(17 * 1024 * 1024) });
      const res = await post('journal.get', huge, { 'x-ladder-token': app.token });
      expect(res.status).toBe(413);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
        'payload-too-large',
      );
    });

    it('answers POST only', async () => {
      const res = await fetch(`${app.origin}/api/app.info`, {
        headers: { 'x-ladder-token': app.token },
      });
      expect(res.status).toBe(405);
    });
  });

  describe('every response', () => {
    it('refuses a foreign Host header, for the API and for files (DNS rebinding)', async () => {
      for (const host of [
        'evil.example',
        `evil.example:${app.port}`,
        `127.0.0.1:${app.port + 1}`,
      ]) {
        expect((await raw(app.port, '/', { host })).status).toBe(421);
        const api = await raw(app.port, '/api/app.info', {
          method: 'POST',
          host,
          headers: { 'x-ladder-token': app.token },
        });
        expect(api.status).toBe(421);
      }
      expect((await raw(app.port, '/', { host: `localhost:${app.port}` })).status).toBe(200);
    });

    it('never serves a file outside the renderer folder', async () => {
      for (const path of [
        '/../../../../etc/passwd',
        '/..%2f..%2f..%2f..%2fetc%2fpasswd',
        '/%2e%2e/%2e%2e/package.json',
        '/assets/..%5c..%5cpackage.json',
        '/../main/web.js',
      ]) {
        const res = await raw(app.port, path);
        expect([403, 404]).toContain(res.status);
        expect(res.body).not.toContain('root:');
        expect(res.body).not.toContain('"name"');
      }
    });

    it('serves files with GET and HEAD only', async () => {
      expect((await raw(app.port, '/', { method: 'POST' })).status).toBe(405);
      expect((await raw(app.port, '/', { method: 'HEAD' })).status).toBe(200);
    });

    it('carries a strict policy and no-sniff, no-referrer headers', async () => {
      for (const res of [
        await fetch(`${app.origin}/`),
        await post('app.info', '{}'),
        await fetch(`${app.origin}/nope.js`),
      ]) {
        const csp = res.headers.get('content-security-policy') ?? '';
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).not.toMatch(/unsafe-/);
        expect(res.headers.get('x-content-type-options')).toBe('nosniff');
        expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      }
      const index = await fetch(`${app.origin}/`);
      expect(index.headers.get('content-type')).toMatch(/^text\/html/);
      expect(index.headers.get('cache-control')).toBe('no-store');
    });

    it('ships no code that evaluates strings (zod, for one, probes eval as it loads: main side only)', () => {
      const assets = join(PROJECT_ROOT, 'out', 'renderer', 'assets');
      const scripts = readdirSync(assets).filter((name) => name.endsWith('.js'));
      expect(scripts.length).toBeGreaterThan(3);
      const offenders = scripts.filter((name) =>
        /\bnew Function\b|\bFunction\(`|\beval\(/.test(readFileSync(join(assets, name), 'utf8')),
      );
      expect(offenders).toEqual([]);
    });
  });

  describe('in Chromium', () => {
    it('takes the scripts from the browser cache at the next start, and the page itself from the server', async () => {
      const browser = await launchBrowser();
      try {
        const { page } = browser;
        const scripts = () =>
          page.evaluate(() =>
            performance
              .getEntriesByType('resource')
              .filter((e) => /\/assets\/.+\.js$/.test(e.name))
              .map((e) => ({
                name: e.name,
                fromCache: (e as PerformanceResourceTiming).transferSize === 0,
              })),
          );
        // The first start also loads, at idle, the parts no first screen needs: wait until all have come.
        await page.goto(app.url, { waitUntil: 'networkidle' });
        await page.locator('#root > *').first().waitFor();
        const first = new Set((await scripts()).map((s) => s.name));
        await page.goto(`${app.origin}/`, { waitUntil: 'networkidle' });
        await page.locator('#root > *').first().waitFor();
        const pageBytes = await page.evaluate(
          () =>
            (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
              .transferSize,
        );
        // Only scripts the first start fetched can be in the cache; each of those must come from it.
        const again = (await scripts()).filter((s) => first.has(s.name));
        expect(pageBytes).toBeGreaterThan(0);
        expect(again.length).toBeGreaterThan(3);
        expect(again.filter((s) => !s.fromCache)).toEqual([]);
        expect(browser.pageErrors).toEqual([]);
      } finally {
        await browser.close();
      }
    });

    it('takes the token out of the address bar and talks only to 127.0.0.1:PORT', async () => {
      const browser = await launchBrowser();
      try {
        const { page } = browser;
        await page.goto(app.url, { waitUntil: 'load' });
        await page.locator('#root > *').first().waitFor();
        await page.waitForLoadState('networkidle');
        expect(page.url()).not.toContain('token=');
        expect(page.url().startsWith(`${app.origin}/`)).toBe(true);
        expect(browser.requests.length).toBeGreaterThan(1);
        const foreign = browser.requests.filter(
          (url) => !url.startsWith(`${app.origin}/`) && !/^(data|blob):/.test(url),
        );
        expect(foreign).toEqual([]);
        expect(
          browser.consoleErrors.filter((text) => /content security policy/i.test(text)),
        ).toEqual([]);
        expect(browser.pageErrors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
  });
});

describe('web.js arguments and lifetime', () => {
  it('refuses to listen beyond this computer', async () => {
    const dir = tempDir();
    try {
      for (const host of ['0.0.0.0', '::', '192.168.0.10']) {
        const result = await runWebEntry(['--host', host, '--port', '0', '--data', dir]);
        expect(result.code).toBe(2);
        expect(result.stderr).toContain(`Refusing --host ${host}`);
        expect(result.stdout).not.toContain('Ladder is running');
      }
      expect(existsSync(join(dir, 'ladder.db'))).toBe(false);
    } finally {
      removeDir(dir);
    }
  });

  it('starts with a database it cannot open kept aside, untouched, and says so through the start gate', async () => {
    const dir = tempDir();
    const junk = 'this is not a SQLite database, it is a sentence '.repeat(200);
    writeFileSync(join(dir, 'ladder.db'), junk);
    const damaged = await startApp({ dataDir: dir });
    try {
      const state = await callApi<{ state: string; damaged?: { keptAs: string } }>(
        damaged,
        'app.state',
        {},
      );
      expect(state.state).toBe('damaged');
      const keptAs = state.damaged?.keptAs ?? '';
      expect(readFileSync(join(dir, keptAs.split(/[\\/]/).pop() ?? ''), 'utf8')).toBe(junk);
      await expect(callApi(damaged, 'journal.list', {})).rejects.toThrow(
        /locked|damaged|not open/i,
      );
      expect(damaged.stderr()).not.toContain(junk.slice(0, 20));
    } finally {
      await damaged.stop();
      removeDir(dir);
    }
  });

  it('closes the database cleanly on SIGTERM', async () => {
    const dir = tempDir();
    try {
      const app = await startApp({ dataDir: dir });
      const res = await fetch(`${app.origin}/api/app.info`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ladder-token': app.token },
        body: '{}',
      });
      expect(res.status).toBe(200);
      expect(existsSync(join(dir, 'ladder.db-wal'))).toBe(true);
      expect(await app.stop()).toBe(0);
      // SQLite removes the write-ahead log only when the last connection closes properly.
      expect(existsSync(join(dir, 'ladder.db-wal'))).toBe(false);
      expect(existsSync(join(dir, 'ladder.db'))).toBe(true);
    } finally {
      removeDir(dir);
    }
  });
});
