// Core test files that replace a module with vi.mock: they need fresh modules, so both vitest
// configs run them with the component tests (isolated) rather than in the core's shared workers.
export const coreFilesIsolated = [
  'tests/core/shell/wiring.test.ts',
  'tests/core/shell/ipc.test.ts',
  'tests/core/shell/printToPdfFile.test.ts',
];
