// Browser mode: a loopback-only HTTP server for the built renderer and the same handler table.
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createStoreHost } from '../core/host/storeHost';
import { serveApi, type ChannelHandler } from './apiRoute';
import { bindAddressFor, isAllowedHostHeader, isLoopbackHost, originFor } from './guards';
import { sendError, sendPlain, withSecurityHeaders } from './respond';
import { serveStatic } from './staticFiles';

export interface WebServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export interface CreateOptions {
  store: ChannelHandler;
  rendererDir: string;
  port: number;
  host?: string;
  token?: string;
}

export function assertLoopback(host: string): void {
  if (!isLoopbackHost(host)) {
    throw new Error(
      `Ladder only listens on this computer (127.0.0.1, ::1 or localhost); "${host}" would expose your journal to the network.`,
    );
  }
}

/** Starts the HTTP layer over any channel handler; the caller owns the handler's lifetime. */
export async function createWebServer(options: CreateOptions): Promise<WebServer> {
  const host = options.host ?? '127.0.0.1';
  assertLoopback(host);
  const token = options.token ?? randomBytes(32).toString('hex');
  let port = options.port;

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    withSecurityHeaders(res);
    if (!isAllowedHostHeader(req.headers.host, port)) {
      sendPlain(res, 421, 'This server answers only to its loopback address.');
      req.resume();
      return;
    }
    const pathname = (req.url ?? '/').split(/[?#]/, 1)[0] ?? '/';
    if (pathname.startsWith('/api/')) {
      let channel: string;
      try {
        channel = decodeURIComponent(pathname.slice('/api/'.length));
      } catch {
        sendError(res, 'unknown-channel', 'Malformed API address.');
        req.resume();
        return;
      }
      await serveApi(req, res, channel, token, options.store);
      return;
    }
    await serveStatic(req, res, options.rendererDir, pathname);
  };

  const server = createServer((req, res) => {
    route(req, res).catch(() => {
      if (!res.headersSent) sendPlain(res, 500, 'Internal error');
      else res.destroy();
    });
  });
  server.headersTimeout = 30_000;
  server.requestTimeout = 120_000;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, bindAddressFor(host), () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `${originFor(host, port)}/`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface StartOptions {
  dataDir: string;
  port: number;
  host?: string;
  rendererDir: string;
  version: string;
}

/** Opens the store in browser mode and serves it; close() stops the server, then closes the store. */
export async function startWebServer(options: StartOptions): Promise<WebServer> {
  assertLoopback(options.host ?? '127.0.0.1');
  // The host answers the start gate (locked, damaged) itself and opens the journal when it can.
  const store = createStoreHost({
    dataDir: options.dataDir,
    mode: 'browser',
    version: options.version,
  });
  let web: WebServer;
  try {
    web = await createWebServer({
      store,
      rendererDir: options.rendererDir,
      port: options.port,
      host: options.host,
    });
  } catch (error) {
    store.close();
    throw error;
  }
  return {
    ...web,
    close: async () => {
      await web.close();
      store.close();
    },
  };
}
