// `npm start` on a machine without the Electron binary must explain itself, not crash or hang.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, removeDir, runNode, tempDir } from './harness';

describe('npm start without Electron', () => {
  it('exits non-zero and points to npm run web', async () => {
    const emptyDist = tempDir('ladder-no-electron-');
    try {
      const result = await runNode([join(PROJECT_ROOT, 'scripts', 'start.mjs')], {
        ...process.env,
        LADDER_ELECTRON_DIST: emptyDist,
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('Electron binary is not installed');
      expect(result.stderr).toContain('node node_modules/electron/install.js');
      expect(result.stderr).toContain('npm run web');
    } finally {
      removeDir(emptyDist);
    }
  });
});
