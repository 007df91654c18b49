// Doyensec's Electronegativity over the app's sources, main side and renderer together (its global
// checks look for a rule anywhere in what it scans): no HIGH finding (its online-only check is
// excluded in the script). A deliberately unsafe fixture proves the scan really runs and flags.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

interface Finding {
  id: string;
  severity: string;
  confidence: string;
  file: string;
  line: number;
  description: string;
}

interface ScanResult {
  electronVersion: string;
  errors: { file: string; message: string }[];
  findings: Finding[];
}

function scan(dir: string): ScanResult {
  const out = spawnSync(process.execPath, [join('scripts', 'electronegativity.mjs'), dir], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  expect(out.status, out.stderr).toBe(0);
  return JSON.parse(out.stdout) as ScanResult;
}

describe('Electronegativity', () => {
  it('finds no HIGH issue in src-main and src-renderer and parses every file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-scan-'));
    let result: ScanResult;
    try {
      for (const part of ['src-main', 'src-renderer'])
        cpSync(part, join(dir, part), { recursive: true });
      result = scan(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(result.errors).toEqual([]);
    const high = result.findings
      .filter((f) => f.severity === 'HIGH')
      .map((f) => `${f.id} ${f.file}:${f.line} ${f.description}`);
    expect(high).toEqual([]);
  }, 120_000);

  it('flags a shell without context isolation or navigation limits', () => {
    const result = scan('tests/core/shell/fixtures/insecure-shell');
    const high = result.findings.filter((f) => f.severity === 'HIGH').map((f) => f.id);
    expect(high).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  }, 120_000);
});
