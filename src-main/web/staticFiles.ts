// Serves the built renderer: GET/HEAD only, files strictly inside the renderer folder.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { cacheControlFor } from '../core/transport/cachePolicy';
import { contentTypeFor } from '../core/transport/contentTypes';
import { resolveInside } from '../core/transport/safePath';
import { sendPlain } from './respond';

export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  pathname: string,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendPlain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD' });
    return;
  }
  const filePath = resolveInside(rendererDir, pathname);
  if (!filePath) {
    sendPlain(res, 404, 'Not found');
    return;
  }
  const info = await stat(filePath).catch(() => null);
  if (!info?.isFile()) {
    sendPlain(res, 404, 'Not found');
    return;
  }
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeFor(filePath));
  res.setHeader('Content-Length', info.size);
  res.setHeader('Cache-Control', cacheControlFor(rendererDir, filePath));
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(filePath);
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
