import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { coreFilesIsolated } from './tests/core/filesIsolated';

// Three projects. `unit`: the core's rule and store tests, sharing their modules across files
// (isolate=false: the SQLite driver and all of core load once per worker, not once per file;
// tests/core/sharedWorkerSetup.ts closes what each test opened). `component`: the renderer's tests on a
// fresh jsdom each (every file sets window.ladder at import), with the core files that vi.mock.
// `e2e`: one file at a time, each starting a server and a Chromium. `npm test` runs all three;
// .ci/run runs e2e beside the other two (two vitest processes), as the e2e files wait on the browser
// more than they use a core.
export default defineConfig({
  plugins: [react()],
  test: {
    // Vitest's default is one core less than the machine has: one unit file at a time on two cores,
    // while most of them wait on the disk (fsync) rather than the processor.
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/core/**/*.test.ts'],
          exclude: coreFilesIsolated,
          isolate: false,
          setupFiles: ['tests/core/sharedWorkerSetup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          include: ['tests/renderer/**/*.test.{ts,tsx}', ...coreFilesIsolated],
          // A fresh module graph per file either way; threads start it 10 % cheaper than processes.
          pool: 'threads',
          setupFiles: ['tests/renderer/findTimeout.ts'],
          // Beside the e2e run under CI, a jsdom test was once starved past its 10 s wait
          // (twoTabs.test.tsx, December 7; it passes alone): one more try, named by .ci/run.
          retry: process.env.CI ? 1 : 0,
        },
      },
      {
        extends: true,
        // Under CI an end-to-end test gets one more try (a busy two-core machine, a real browser);
        // .ci/run names every test that needed it, so a flaky one is seen, not hidden.
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          fileParallelism: false,
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
