/* global process */
// @ts-check
// Mutation testing of the rules (`npm run mutation`): Stryker plants small bugs in the code below
// and checks that some unit test fails for each. Too slow for every CI run; run it on demand and
// before a release. Narrow it with `npm run mutation -- --mutate 'src-main/shared/rehearsal/answerAnalysis.ts'`;
// `node scripts/mutation-folders.mjs` measures the scope folder by folder, each against its tests.
// Narrow a run to the tests that reach a file with MUTATION_TESTS=a.test.ts,b.test.ts (see
// vitest.mutation.config.ts): a lower bound in minutes instead of hours (dry run in seconds, not the
// ~5 minutes of every test that imports the file). Not with --testFiles: given it, Stryker 10.1 runs
// every mutant with run-time activation, after the test file imported the module, so a static mutant
// (a constant list, a pattern) never takes effect and is reported as surviving (26 seen for
// sanitizePaste.ts; `node scripts/mutation-summary.mjs` counts them apart).
// Another folder (MUTATION_REPORTS=reports/mutation-web) keeps a second, parallel run apart.
const reports = process.env.MUTATION_REPORTS ?? 'reports/mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: {
    configFile: 'vitest.mutation.config.ts',
    // The project's own pool: the SQLite driver and the worker-based tests run in forks.
    pool: 'forks',
  },
  checkers: ['typescript'],
  // Type-checks mutants (a mutant that does not compile is not counted). A flat project, not the
  // `tsc -b` pair: one compile of sources and core tests is quicker per mutant than two builds.
  tsconfigFile: 'tsconfig.mutation.json',
  // Only the mutants a test reaches are run, and only against the tests that reach them.
  coverageAnalysis: 'perTest',
  // Stryker gives half the slots to the TypeScript checkers: 4 means two test runners beside them.
  concurrency: 4,
  // The first, unmutated run of every related test takes minutes on a busy 2-core machine.
  dryRunTimeoutMinutes: 30,
  // A timeout counts as detected, but slow tests (real backups) also time out when the checkers
  // load the machine, without any hang (a `force` dropped from an rm, checked by hand, December 7).
  // Reruns of the Timeout mutants give them room: MUTATION_TIMEOUT_FACTOR=4.
  timeoutFactor: Number(process.env.MUTATION_TIMEOUT_FACTOR ?? 1.5),
  // Reruns reuse the results of mutants whose code and covering tests did not change.
  // A static mutant (a top-level constant: a word list, a pattern) runs at module load, so every
  // related test must run for it: one such mutant costs as much as a whole dry run (minutes here).
  // Left out by default so a run fits a 2-core machine; MUTATION_STATIC=1 includes them.
  ignoreStatic: process.env.MUTATION_STATIC !== '1',
  incremental: true,
  incrementalFile: `${reports}/stryker-incremental.json`,
  mutate: [
    'src-main/shared/**/*.ts',
    // Every feature's service, repository and rules; the shells' composition (host/) and the
    // transport's file serving are wiring, tested end to end instead.
    'src-main/core/**/*.ts',
    '!src-main/core/**/*.d.ts',
    '!src-main/core/host/**',
    '!src-main/core/transport/**',
    // The data job's in-thread stand-in for the worker, used only under mutation testing, and the
    // worker's own wiring (its entry, and which file starts it), which in-thread runs never load:
    // `npm test` and the end-to-end export run them, in a real worker.
    '!src-main/core/data/dataJobInThread.ts',
    '!src-main/core/data/dataWorker.ts',
    '!src-main/core/data/dataWorkerStart.ts',
    'src-main/web/apiRoute.ts',
    'src-main/web/guards.ts',
    'src-renderer/src/editor/sanitizePaste.ts',
  ],
  ignorePatterns: ['out', 'bench/results', 'tmp', 'reports', '.stryker-tmp'],
  reporters: ['html', 'clear-text', 'json', 'progress'],
  htmlReporter: { fileName: `${reports}/index.html` },
  jsonReporter: { fileName: `${reports}/mutation.json` },
  thresholds: { high: 90, low: 80, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
};
