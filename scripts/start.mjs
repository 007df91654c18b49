// `npm start`: the desktop app. Checks for the Electron binary first (without require('electron'),
// which would try to download it), then builds and launches.
import process from 'node:process';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT, runBuild } from './build-state.mjs';

/** The binary's path, or null when it is not installed. LADDER_ELECTRON_DIST overrides the dist folder. */
function electronBinary() {
  const pkg = join(PROJECT_ROOT, 'node_modules', 'electron');
  const dist = process.env.LADDER_ELECTRON_DIST || join(pkg, 'dist');
  let relative;
  try {
    relative = readFileSync(join(pkg, 'path.txt'), 'utf8').trim();
  } catch {
    relative =
      process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : process.platform === 'win32'
          ? 'electron.exe'
          : 'electron';
  }
  const binary = join(dist, relative);
  return relative && existsSync(binary) ? binary : null;
}

const binary = electronBinary();
if (!binary) {
  process.stderr.write(
    [
      'Ladder cannot start as a desktop app: the Electron binary is not installed on this machine',
      '(for example, the packages were installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1).',
      '',
      'To get it, run this once with a network connection:',
      '  node node_modules/electron/install.js',
      '',
      'The same app also runs in your browser, with nothing to download:',
      '  npm run web',
      '',
    ].join('\n'),
  );
  process.exit(1);
}

const { code } = runBuild(PROJECT_ROOT);
if (code !== 0) process.exit(code);

const child = spawn(binary, [PROJECT_ROOT, ...process.argv.slice(2)], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (exitCode, signal) => process.exit(exitCode ?? (signal ? 1 : 0)));
