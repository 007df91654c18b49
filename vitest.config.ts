import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests run in parallel; end-to-end files run one at a time, because each
// starts a server and a Chromium, and two cores shared by several of them make timings flaky.
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
          include: ['tests/core/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}'],
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
