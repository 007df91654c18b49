// `npm run web -- [--data DIR] [--port N]`: builds when out/ is stale, then runs browser mode,
// passing arguments through and handing signals and the exit code back and forth.
import process from 'node:process';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT, buildIfStale } from './build-state.mjs';

try {
  await buildIfStale(PROJECT_ROOT);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const child = spawn(
  process.execPath,
  [join(PROJECT_ROOT, 'out', 'main', 'web.js'), ...process.argv.slice(2)],
  {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 128 + (signal === 'SIGINT' ? 2 : 15) : 1));
});
