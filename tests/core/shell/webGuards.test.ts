import { resolve, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../src-main/core/transport/csp';
import { cacheControlFor } from '../../../src-main/core/transport/cachePolicy';
import { contentTypeFor } from '../../../src-main/core/transport/contentTypes';
import { resolveInside } from '../../../src-main/core/transport/safePath';
import { parseWebArgs } from '../../../src-main/web/args';
import { statusForErrorCode } from '../../../src-main/web/errorStatus';
import {
  bindAddressFor,
  isAllowedHostHeader,
  isLoopbackHost,
  originFor,
  tokenMatches,
} from '../../../src-main/web/guards';

describe('browser-mode guards', () => {
  it('accepts only loopback hosts to listen on', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost']) expect(isLoopbackHost(host)).toBe(true);
    for (const host of ['0.0.0.0', '::', '192.168.1.5', 'example.com', '127.0.0.2', ''])
      expect(isLoopbackHost(host)).toBe(false);
  });

  it('accepts only our loopback name and port in the Host header', () => {
    expect(isAllowedHostHeader('127.0.0.1:4312', 4312)).toBe(true);
    expect(isAllowedHostHeader('localhost:4312', 4312)).toBe(true);
    expect(isAllowedHostHeader('LOCALHOST:4312', 4312)).toBe(true);
    expect(isAllowedHostHeader('[::1]:4312', 4312)).toBe(true);
    expect(isAllowedHostHeader('127.0.0.1:4313', 4312)).toBe(false);
    expect(isAllowedHostHeader('127.0.0.1', 4312)).toBe(false);
    expect(isAllowedHostHeader('evil.example:4312', 4312)).toBe(false);
    expect(isAllowedHostHeader('127.0.0.1.nip.io:4312', 4312)).toBe(false);
    expect(isAllowedHostHeader(undefined, 4312)).toBe(false);
  });

  it('binds and prints an address that opens: IPv6 loopback in brackets, localhost as 127.0.0.1', () => {
    expect(['127.0.0.1', 'localhost', '::1'].map(bindAddressFor)).toEqual([
      '127.0.0.1',
      '127.0.0.1',
      '::1',
    ]);
    expect(originFor('::1', 4312)).toBe('http://[::1]:4312');
    expect(originFor('localhost', 4312)).toBe('http://127.0.0.1:4312');
    expect(originFor('127.0.0.1', 4312)).toBe('http://127.0.0.1:4312');
  });

  it('matches the token exactly', () => {
    const token = 'a'.repeat(64);
    expect(tokenMatches(token, token)).toBe(true);
    expect(tokenMatches(`${token}a`, token)).toBe(false);
    expect(tokenMatches('a'.repeat(63), token)).toBe(false);
    expect(tokenMatches('', token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
    expect(tokenMatches([token], token)).toBe(false);
  });

  it('maps error codes onto HTTP statuses', () => {
    expect(statusForErrorCode('invalid-argument')).toBe(400);
    expect(statusForErrorCode('unknown-channel')).toBe(400);
    expect(statusForErrorCode('not-found')).toBe(404);
    expect(statusForErrorCode('storage-full')).toBe(507);
    expect(statusForErrorCode('wrong-passphrase')).toBe(401);
    expect(statusForErrorCode('locked')).toBe(423);
    expect(statusForErrorCode('storage-error')).toBe(500);
    expect(statusForErrorCode('internal')).toBe(500);
  });
});

describe('static files', () => {
  const root = resolve('/srv/out/renderer');
  it('resolves inside the root only', () => {
    expect(resolveInside(root, '/')).toBe(join(root, 'index.html'));
    expect(resolveInside(root, '/assets/a.js')).toBe(join(root, 'assets/a.js'));
    expect(resolveInside(root, '/../x')).toBeNull();
    expect(resolveInside(root, '/..%2f..%2fetc%2fpasswd')).toBeNull();
    expect(resolveInside(root, '/%2e%2e/secret')).toBeNull();
    expect(resolveInside(root, '/a/%2E%2E/%2E%2E/secret')).toBeNull();
    expect(resolveInside(root, '/..\\secret')).toBeNull();
    expect(resolveInside(root, '/x%00.js')).toBeNull();
    expect(resolveInside(root, '/%zz')).toBeNull();
  });

  it('names the content types the renderer needs', () => {
    expect(contentTypeFor('a.js')).toMatch(/^text\/javascript/);
    expect(contentTypeFor('a.css')).toMatch(/^text\/css/);
    expect(contentTypeFor('index.html')).toMatch(/^text\/html/);
    expect(contentTypeFor('codicon.ttf')).toBe('font/ttf');
    expect(contentTypeFor('x.woff2')).toBe('font/woff2');
    expect(contentTypeFor('x.svg')).toBe('image/svg+xml');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('keeps only content-hashed assets in the browser cache, never the page', () => {
    const at = (path: string) => cacheControlFor(root, join(root, path));
    expect(at('index.html')).toBe('no-store');
    expect(at('assets/react-CvdC6zOt.js')).toBe('public, max-age=31536000, immutable');
    expect(at('assets/index-BzDEJS3o.css')).toBe('public, max-age=31536000, immutable');
    expect(at('assets/codicon-DjkITdqj.ttf')).toBe('public, max-age=31536000, immutable');
    expect(at('ladder.svg')).toBe('no-cache');
    // Named like an asset but outside assets/, or without an 8-character hash: asked again each time.
    expect(at('react-CvdC6zOt.js')).toBe('no-cache');
    expect(at('assets/react.js')).toBe('no-cache');
    expect(at('assets/sub/index.html')).toBe('no-cache');
  });

  it('uses a policy with nothing unsafe', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    // Connections only to the app itself, no remote origin in any directive.
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });
});

describe('web arguments', () => {
  it('parses data, port and host', () => {
    expect(parseWebArgs(['--data', '/tmp/d', '--port', '4312'])).toEqual({
      ok: true,
      args: { dataDir: '/tmp/d', port: 4312, host: '127.0.0.1' },
    });
    expect(parseWebArgs(['--port=0', '--host=::1'])).toEqual({
      ok: true,
      args: { port: 0, host: '::1' },
    });
  });
  it('rejects bad values', () => {
    expect(parseWebArgs(['--port', 'abc']).ok).toBe(false);
    expect(parseWebArgs(['--port', '70000']).ok).toBe(false);
    expect(parseWebArgs(['--data']).ok).toBe(false);
    expect(parseWebArgs(['--verbose']).ok).toBe(false);
  });
});
