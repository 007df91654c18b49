/* global console, process */
// `npm run test:stress [-- vitest args]`: the end-to-end project with two CPU-busy processes beside it,
// as on a loaded machine, where a test that waits on timing instead of on what the page shows fails.
// Default: `vitest run --project e2e`; extra arguments (a test file, --runs N) narrow or repeat it.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
let runs = 1;
const runsAt = args.indexOf('--runs');
if (runsAt >= 0) {
  runs = Number(args[runsAt + 1]);
  args.splice(runsAt, 2);
  if (!Number.isInteger(runs) || runs < 1) {
    console.error('--runs needs a whole number of runs, 1 or more.');
    process.exit(2);
  }
}
const BUSY_PROCESSES = 2;

// Each busy process spins on one core until it is stopped.
const busy = Array.from({ length: BUSY_PROCESSES }, () =>
  spawn(process.execPath, ['-e', 'for (;;) { Math.sqrt(Math.random()); }'], { stdio: 'ignore' }),
);
const stopBusy = () => {
  for (const child of busy)
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
};
process.on('exit', stopBusy);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopBusy();
    process.exit(130);
  });
}

let failed = 0;
for (let run = 1; run <= runs; run++) {
  console.log(
    `test:stress: run ${run} of ${runs}, with ${BUSY_PROCESSES} busy processes (pids ${busy.map((c) => c.pid).join(', ')})`,
  );
  const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...args], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) failed += 1;
}
stopBusy();
console.log(`test:stress: ${runs - failed} of ${runs} runs green`);
process.exit(failed === 0 ? 0 : 1);
