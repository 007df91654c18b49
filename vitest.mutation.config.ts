import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { coreFilesIsolated } from './tests/core/filesIsolated';

// What Stryker runs against each mutant: the unit and component tests only. The end-to-end files
// build the app and drive Chromium, far too slow to repeat per mutant, and they would test the
// built out/ folder, not the mutated sources.
//
// Speed: Stryker switches mutants at run time (one instrumented build), so a test file need not
// re-import the module graph (SQLite driver, all of core) for every mutant. The core tests therefore
// share their modules across files (isolate=false); tests/core/sharedWorkerSetup.ts closes what each
// test opened, as the helpers' own afterEach does under `npm test`. Kept isolated: the component
// tests (each file sets window.ladder on a fresh jsdom at import) and the files that vi.mock a module.
// One cost: a module-level cache filled by mutated code outlives the mutant run. In the scope only
// timeZones.ts has one (its Intl formats, filled in the dry run, so a mutant of their options would
// survive unseen): measure that file with MUTATION_ISOLATE=1, which isolates every file as before.
const isolateAll = process.env.MUTATION_ISOLATE === '1';
// Tests of the built app (out/, which holds no mutant) in a child process: a server killed at random
// moments, a server on a full tmpfs. No mutant can change their outcome; `npm test` keeps running them.
const builtApp = ['tests/core/durability/crash.test.ts', 'tests/core/lock/protectFullDisk.test.ts'];
// MUTATION_TESTS=a.test.ts,b.test.ts (paths or globs): only these files exist for the run. Narrows a
// run like Stryker's --testFiles, but without its flaw: given --testFiles, Stryker 10.1 activates even
// a static mutant (a top-level list or pattern) only once the tests start, after the module loaded
// unmutated, so no static mutant can be killed and each is reported as surviving.
const only = process.env.MUTATION_TESTS?.split(',').filter(Boolean);
const isCore = (f: string) => f.startsWith('tests/core/') && !coreFilesIsolated.includes(f);
const narrowed = (fallback: string[], keep: (f: string) => boolean) =>
  only ? only.filter(keep) : fallback;

export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // Export and import run their job in the test's thread, where Stryker sees it (dataJobInThread.ts).
    env: { LADDER_DATA_JOBS: 'in-thread' },
    // The `unit` project's files of vitest.config.ts (keep the two lists alike).
    projects: [
      {
        extends: true,
        test: {
          name: 'core-shared',
          include: narrowed(['tests/core/**/*.test.ts'], isCore),
          exclude: [...coreFilesIsolated, ...builtApp],
          isolate: isolateAll,
          setupFiles: ['tests/core/sharedWorkerSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'isolated',
          include: narrowed(
            ['tests/renderer/**/*.test.{ts,tsx}', ...coreFilesIsolated],
            (f) => !isCore(f),
          ),
        },
      },
    ],
  },
});
