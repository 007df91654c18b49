// Timing helpers and the result file shape shared by every benchmark.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
  budget?: number;
  ok?: boolean;
}

export function time(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i] ?? Number.NaN;
}

export function row(metric: string, value: number, unit: string, budget?: number): BenchRow {
  const rounded = Math.round(value * 100) / 100;
  return budget === undefined
    ? { metric, value: rounded, unit }
    : { metric, value: rounded, unit, budget, ok: value <= budget };
}

export function writeResults(name: string, rows: BenchRow[]): string {
  const dir = fileURLToPath(new URL('./results', import.meta.url));
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ rows }, null, 2)}\n`);
  return file;
}
