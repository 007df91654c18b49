import { defineConfig } from 'vitest/config';

// Benchmarks run as vitest files so they load the same modules (and SQL migrations) as the app.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench-run.ts'],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
