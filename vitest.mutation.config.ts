import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// What Stryker runs against each mutant: the unit and component tests only. The end-to-end files
// build the app and drive Chromium, far too slow to repeat per mutant, and they would test the
// built out/ folder, not the mutated sources.
export default defineConfig({
  plugins: [react()],
  test: {
    testTimeout: 20_000,
    hookTimeout: 120_000,
    // The `unit` project's files of vitest.config.ts (keep the two lists alike).
    include: ['tests/core/**/*.test.ts', 'tests/renderer/**/*.test.{ts,tsx}'],
  },
});
