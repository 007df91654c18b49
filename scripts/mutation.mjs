/* global console, process */
// `npm run mutation [-- stryker options]`: runs Stryker (stryker.config.mjs), then prints the score
// per folder from its JSON report and the wall time. Extra options go to Stryker, e.g.
// `npm run mutation -- --mutate 'src-main/shared/rehearsal/answerAnalysis.ts'`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
// The tests' temporary journals on a RAM disk where there is one: SQLite's fsyncs cost nothing
// there, and the SQLite tests run about 3x faster (the same files and rules, only no disk wait).
const ramDisk =
  !process.env.TMPDIR && existsSync('/dev/shm') ? mkdtempSync('/dev/shm/ladder-mutation-') : null;
const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: ramDisk ? { ...process.env, TMPDIR: ramDisk } : process.env,
});
try {
  if (ramDisk) rmSync(ramDisk, { recursive: true, force: true });
} catch {
  // A test stopped mid-way can leave its small full-disk mount inside: it goes at the next boot.
}
const seconds = Math.round((Date.now() - started) / 1000);
if (run.status === 0) {
  spawnSync(process.execPath, [join(root, 'scripts', 'mutation-summary.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
console.log(`Mutation run: ${Math.floor(seconds / 60)} min ${seconds % 60} s wall time.`);
process.exit(run.status ?? 1);
