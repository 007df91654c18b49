// The app:// scheme: serves the built renderer with the same security headers as browser mode.
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { cacheControlFor } from '../core/transport/cachePolicy';
import { contentTypeFor } from '../core/transport/contentTypes';
import { SECURITY_HEADERS } from '../core/transport/csp';
import { resolveAppPath } from './appPath';

/** Must run before the app is ready. codeCache keeps V8's compiled scripts between starts (needs standard). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export function serveAppProtocol(rendererDir: string): void {
  protocol.handle('app', async (request) => {
    const headers = { ...SECURITY_HEADERS, 'Cache-Control': 'no-store' };
    const filePath =
      request.method === 'GET' || request.method === 'HEAD'
        ? resolveAppPath(rendererDir, request.url)
        : null;
    if (!filePath) return new Response('Not found', { status: 404, headers });
    try {
      const body = await readFile(filePath);
      return new Response(body, {
        status: 200,
        headers: {
          ...headers,
          'Cache-Control': cacheControlFor(rendererDir, filePath),
          'Content-Type': contentTypeFor(filePath),
        },
      });
    } catch {
      return new Response('Not found', { status: 404, headers });
    }
  });
}
