// Starts the real browser-mode server (out/main/web.js) on a given data folder. Kept apart from the
// e2e harness, which refuses to load in CI without Chromium: the crash test needs no browser.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, buildIfStale } from '../../../scripts/build-state.mjs';

const WEB_ENTRY = join(PROJECT_ROOT, 'out', 'main', 'web.js');
const READY_LINE = /Ladder is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([0-9a-f]{64})/;

let building: Promise<void> | null = null;

/** Builds out/ when missing or older than the sources, at most once per test process. */
export function ensureBuilt(): Promise<void> {
  building ??= buildIfStale(PROJECT_ROOT, { stdio: 'pipe' }).then(() => undefined);
  return building;
}

export interface Server {
  origin: string;
  token: string;
  child: ChildProcess;
  /** Resolves once the process has ended, however it ended. */
  exited: Promise<void>;
}

/** `wrap` runs the server through another command (given the node binary and its arguments). */
export async function startServer(
  dataDir: string,
  wrap?: (argv: string[]) => [string, string[]],
): Promise<Server> {
  await ensureBuilt();
  const argv = [process.execPath, WEB_ENTRY, '--data', dataDir, '--port', '0'];
  const [command, args] = wrap ? wrap(argv) : [argv[0] ?? '', argv.slice(1)];
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const [port, token] = await new Promise<[string, string]>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const found = READY_LINE.exec(stdout);
      if (found) resolve([found[1] ?? '', found[2] ?? '']);
    });
    child.on('error', reject);
    void exited.then(() => reject(new Error(`web.js exited before it was ready:\n${stderr}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, token, child, exited };
}
