/* global console, process */
// Runs Doyensec's Electronegativity over the desktop shell's sources and prints the findings as
// JSON on one line: { files, errors, findings: [{ id, severity, confidence, file, line, description }] }.
// Usage: node scripts/electronegativity.mjs [dir]   (default src-main/electron)
// Offline by construction: its online-only check (Electron releases with security fixes) is
// excluded, the Electron version comes from the installed package, and the HTTP client it would
// use to fetch translations is replaced by one that refuses at once, so no request is ever tried.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const input = resolve(root, process.argv[2] ?? 'src-main/electron');
const electronVersion = JSON.parse(
  readFileSync(require.resolve('electron/package.json'), 'utf8'),
).version;

const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

const toolRequire = createRequire(require.resolve('@doyensec/electronegativity'));
const gotPath = toolRequire.resolve('got');
const offline = () => Promise.reject(new Error('offline: Ladder scans without the network'));
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: Object.assign(offline, { default: offline }),
};

const run = require('@doyensec/electronegativity');
const originalLog = console.log;
// The tool writes progress and warnings to the console: keep stdout for the JSON answer.
console.log = () => undefined;
console.warn = () => undefined;
const result = await run({
  input,
  output: undefined,
  isRelative: true,
  severitySet: undefined,
  confidenceSet: undefined,
  customScan: [],
  excludeFromScan: EXCLUDED,
  electronUpgrade: undefined,
  electronVersionOverride: electronVersion,
  parserPlugins: [],
});
const findings = result.issues.map((i) => ({
  id: i.id,
  severity: i.severity.name ?? String(i.severity.format?.() ?? i.severity),
  confidence: i.confidence.name ?? String(i.confidence.format?.() ?? i.confidence),
  manualReview: i.manualReview === true,
  file: i.file,
  line: i.location?.line ?? 0,
  description: i.description,
}));
originalLog(JSON.stringify({ electronVersion, errors: result.errors, findings }));
process.exit(0);
