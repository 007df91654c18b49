/* global console, process */
// `npm run bench`: runs every bench/*.bench-run.ts through vitest, then prints one Markdown table
// from all result files in bench/results (each `{ rows: [{ metric, value, unit, budget?, ok? }] }`).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = join(root, 'bench', 'results');
const only = process.argv.slice(2);

const run = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'bench/vitest.bench.config.ts', ...only],
  {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  },
);

const lines = [
  '| bench | metric | value | budget | within |',
  '| --- | --- | ---: | ---: | :---: |',
];
const files = existsSync(resultsDir)
  ? readdirSync(resultsDir)
      .filter((f) => f.endsWith('.json'))
      .sort()
  : [];
let over = 0;
for (const file of files) {
  const name = file.replace(/\.json$/, '');
  const { rows = [] } = JSON.parse(readFileSync(join(resultsDir, file), 'utf8'));
  for (const r of rows) {
    const budget = r.budget === undefined ? '' : `≤ ${r.budget} ${r.unit}`;
    const within = r.ok === undefined ? '' : r.ok ? 'yes' : 'NO';
    if (r.ok === false) over += 1;
    lines.push(`| ${name} | ${r.metric} | ${r.value} ${r.unit} | ${budget} | ${within} |`);
  }
}
console.log(`\n${lines.join('\n')}\n`);
if (over > 0) console.log(`${over} measurement(s) over budget.`);
// Budgets are reported, not enforced; only a failing bench run fails the command.
process.exit(run.status ?? 1);
