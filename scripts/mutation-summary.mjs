/* global console, process */
// The mutation score per folder (and, with --files, per file) as a Markdown table, from Stryker's
// JSON report (reports/mutation/mutation.json, or the path given). The score counts killed and
// timed-out mutants over every mutant that ran or that no test reaches; mutants that do not
// compile (the TypeScript checker refused them) are left out, as Stryker does.
// --survivors lists every surviving or uncovered mutant (file:line, mutator, replacement) to read.
// A static mutant (top-level code, run at module load) is switched on only after its module loaded,
// so it "survives" without having run, when the run had --testFiles (Stryker 10.1 then activates every
// mutant at run time) or ignored static mutants (one a test also reached then runs like the others).
// Such survivors are counted apart (column "static, not run") and marked by --survivors; measure
// them with MUTATION_STATIC=1 and MUTATION_TESTS instead of --testFiles.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const perFile = args.includes('--files');
const listSurvivors = args.includes('--survivors');
const reportPath =
  args.find((a) => !a.startsWith('--')) ??
  join(root, process.env.MUTATION_REPORTS ?? 'reports/mutation', 'mutation.json');
if (!existsSync(reportPath)) {
  console.error(`No mutation report at ${reportPath}: run \`npm run mutation\` first.`);
  process.exit(1);
}

const report = JSON.parse(readFileSync(reportPath, 'utf8'));
const staticUnrun =
  report.config?.ignoreStatic !== false || (report.config?.testFiles ?? []).length > 0;
const detected = new Set(['Killed', 'Timeout']);
const undetected = new Set(['Survived', 'NoCoverage']);

/** @param {Map<string, {killed: number, timeout: number, survived: number, staticSurvived: number, noCoverage: number, invalid: number}>} groups */
const tally = (groups, key, mutant) => {
  const { status } = mutant;
  const row = groups.get(key) ?? {
    killed: 0,
    timeout: 0,
    survived: 0,
    staticSurvived: 0,
    noCoverage: 0,
    invalid: 0,
  };
  if (status === 'Killed') row.killed += 1;
  else if (status === 'Timeout') row.timeout += 1;
  else if (status === 'Survived') {
    row.survived += 1;
    if (mutant.static && staticUnrun) row.staticSurvived += 1;
  } else if (status === 'NoCoverage') row.noCoverage += 1;
  else if (status === 'CompileError' || status === 'RuntimeError') row.invalid += 1;
  groups.set(key, row);
};

const groups = new Map();
const total = new Map();
/** @type {string[]} */
const survivors = [];
for (const [file, result] of Object.entries(report.files)) {
  const name = relative(root, join(root, file)).replaceAll('\\', '/');
  const key = perFile ? name : dirname(name);
  for (const mutant of result.mutants) {
    if (
      !detected.has(mutant.status) &&
      !undetected.has(mutant.status) &&
      mutant.status !== 'CompileError' &&
      mutant.status !== 'RuntimeError'
    )
      continue;
    tally(groups, key, mutant);
    tally(total, 'all', mutant);
    if (listSurvivors && undetected.has(mutant.status)) {
      const at = `${name}:${mutant.location.start.line}:${mutant.location.start.column}`;
      const unrun = mutant.static && staticUnrun && mutant.status === 'Survived';
      survivors.push(
        `${at} ${mutant.status}${unrun ? ' (static, not really run)' : ''} ${mutant.mutatorName}: ${mutant.replacement ?? ''}`.replace(
          /\s+/g,
          ' ',
        ),
      );
    }
  }
}

const score = (r) => {
  const valid = r.killed + r.timeout + r.survived + r.noCoverage;
  return valid === 0 ? 'n/a' : `${((100 * (r.killed + r.timeout)) / valid).toFixed(1)}%`;
};
const line = (name, r) =>
  `| ${name} | ${score(r)} | ${r.killed} | ${r.timeout} | ${r.survived} | ${r.staticSurvived} | ${r.noCoverage} | ${r.invalid} |`;
const lines = [
  `| ${perFile ? 'file' : 'folder'} | score | killed | timeout | survived | of which static, not run | no coverage | not compiled |`,
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...[...groups.keys()].sort().map((key) => line(key, groups.get(key))),
];
const all = total.get('all');
if (all) lines.push(line('**all**', all));
console.log(`\n${lines.join('\n')}\n`);
if (listSurvivors) console.log(survivors.join('\n'));
if (all?.staticSurvived)
  console.log(
    `${all.staticSurvived} surviving static mutants were switched on only after their module had loaded: rerun with MUTATION_STATIC=1 and MUTATION_TESTS (not --testFiles) to measure them.`,
  );
