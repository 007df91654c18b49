import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isBuildStale, WEB_OUTPUTS } from '../../../scripts/build-state.mjs';

let root: string;

function file(rel: string, seconds: number): void {
  const path = join(root, rel);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, rel);
  utimesSync(path, seconds, seconds);
}

describe('build staleness', () => {
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'ladder-build-state-'));
    file('src-main/web/server.ts', 1_000);
    file('src-renderer/src/main.tsx', 1_000);
    file('package.json', 1_000);
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is stale when an output is missing', () => {
    file('out/renderer/index.html', 2_000);
    expect(isBuildStale(root)).toBe(true);
  });

  it('is fresh when every output is newer than every source', () => {
    for (const out of WEB_OUTPUTS) file(out, 2_000);
    expect(isBuildStale(root)).toBe(false);
  });

  it('is stale when a nested source, a resource or the config changes', () => {
    for (const out of WEB_OUTPUTS) file(out, 2_000);
    file('src-renderer/src/features/journal/deep/View.tsx', 3_000);
    expect(isBuildStale(root)).toBe(true);
    file('src-renderer/src/features/journal/deep/View.tsx', 1_000);
    file('resources/questions.json', 3_000);
    expect(isBuildStale(root)).toBe(true);
    file('resources/questions.json', 1_000);
    file('electron.vite.config.ts', 3_000);
    expect(isBuildStale(root)).toBe(true);
  });
});
