/* global console, process */
// `npm run mutation [-- stryker options]`: runs Stryker (stryker.config.mjs), then prints the score
// per folder from its JSON report and the wall time. Extra options go to Stryker, e.g.
// `npm run mutation -- --mutate 'src-main/shared/rehearsal/answerAnalysis.ts'`.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const started = Date.now();
const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  shell: process.platform === 'win32',
});
const seconds = Math.round((Date.now() - started) / 1000);
if (run.status === 0) {
  spawnSync(process.execPath, [join(root, 'scripts', 'mutation-summary.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
console.log(`Mutation run: ${Math.floor(seconds / 60)} min ${seconds % 60} s wall time.`);
process.exit(run.status ?? 1);
