// `node out/main/web.js`: opens the store in browser mode, serves it on loopback, prints one line.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultDataDir } from '../core/host/dataDir';
import { FolderInUseError, folderInUseMessage } from '../core/host/singleWriterLock';
import { parseWebArgs } from './args';
import { isLoopbackHost } from './guards';
import { startWebServer, type WebServer } from './server';

/** The built file sits in out/main, two folders below package.json. */
function appVersion(): string {
  try {
    const pkg: unknown = JSON.parse(readFileSync(resolve(__dirname, '../../package.json'), 'utf8'));
    const v = (pkg as { version?: unknown }).version;
    return typeof v === 'string' ? v : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

async function main(): Promise<void> {
  const parsed = parseWebArgs(process.argv.slice(2));
  if (!parsed.ok) {
    process.stderr.write(`${parsed.message}\n`);
    process.exit(2);
  }
  const { host, port } = parsed.args;
  if (!isLoopbackHost(host)) {
    process.stderr.write(
      `Refusing --host ${host}: Ladder keeps your journal on this computer and listens only on 127.0.0.1, ::1 or localhost.\n`,
    );
    process.exit(2);
  }
  const dataDir = resolve(parsed.args.dataDir ?? defaultDataDir());
  let server: WebServer;
  try {
    server = await startWebServer({
      dataDir,
      port,
      host,
      rendererDir: resolve(__dirname, '../renderer'),
      version: appVersion(),
    });
  } catch (error) {
    const message =
      error instanceof FolderInUseError
        ? folderInUseMessage(
            error.folder,
            error.holder,
            'Close it first, or use --data for another folder.',
          )
        : error instanceof Error
          ? error.message
          : String(error);
    process.stderr.write(`${message}\n`);
    process.exit(1);
  }
  process.stdout.write(`Ladder is running at ${server.url}?token=${server.token}\n`);

  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
