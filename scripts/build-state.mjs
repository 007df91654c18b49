// Is out/ older than the sources? Shared by `npm run web` and the e2e harness, so both rebuild
// under the same rule. Plain mtimes: fast enough to run before every launch.
import process from 'node:process';
import { setTimeout } from 'node:timers';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const SOURCE_DIRS = ['src-main', 'src-renderer', 'resources'];
export const SOURCE_FILES = ['electron.vite.config.ts', 'package.json'];
export const WEB_OUTPUTS = ['out/renderer/index.html', 'out/main/web.js'];

function mtimeOf(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return -1;
  }
}

/** Newest modification time of any file below `dir` (0 when it does not exist). */
export function newestMtime(dir) {
  let newest = 0;
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path));
    else if (entry.isFile()) newest = Math.max(newest, mtimeOf(path));
  }
  return newest;
}

/** True when any output is missing or older than the newest source file. */
export function isBuildStale(root = PROJECT_ROOT, outputs = WEB_OUTPUTS) {
  const outputTimes = outputs.map((p) => mtimeOf(join(root, p)));
  if (outputTimes.some((t) => t < 0)) return true;
  const oldestOutput = Math.min(...outputTimes);
  const newestSource = Math.max(
    ...SOURCE_DIRS.map((d) => newestMtime(join(root, d))),
    ...SOURCE_FILES.map((f) => Math.max(0, mtimeOf(join(root, f)))),
  );
  return newestSource > oldestOutput;
}

/** Runs `electron-vite build`, with its output passed through. Returns the exit code. */
export function runBuild(root = PROJECT_ROOT, stdio = 'inherit') {
  const cli = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js');
  const result = spawnSync(process.execPath, [cli, 'build'], {
    cwd: root,
    stdio,
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { code: result.status ?? 1, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Builds when stale, one builder at a time across processes (parallel test workers share out/):
 * a lock directory is created atomically; the others wait for it, then check staleness again.
 */
export async function buildIfStale(
  root = PROJECT_ROOT,
  { stdio = 'inherit', outputs = WEB_OUTPUTS } = {},
) {
  const lock = join(root, 'node_modules', '.ladder-build.lock');
  for (;;) {
    if (!isBuildStale(root, outputs)) return { built: false };
    try {
      mkdirSync(lock);
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      // A lock left by a killed build must not block forever.
      if (Date.now() - mtimeOf(lock) > 5 * 60_000) rmSync(lock, { recursive: true, force: true });
      await sleep(250);
      continue;
    }
    try {
      if (!isBuildStale(root, outputs)) return { built: false };
      const { code, output } = runBuild(root, stdio);
      if (code !== 0)
        throw new Error(`electron-vite build failed (exit ${code})${output ? `:\n${output}` : ''}`);
      return { built: true };
    } finally {
      rmSync(lock, { recursive: true, force: true });
    }
  }
}
