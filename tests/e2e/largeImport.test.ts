/// <reference lib="dom" />
// Browser mode takes an import of any size: an export larger than one request (16 MB) is picked in
// the import tab, sent in pieces and imported whole; the app's own export of it, saved as a zip,
// comes back into a fresh journal the same way. Every entry is checked by id.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { MAX_REQUEST_BYTES } from '../../src-main/shared/limits';
import type { ExportDocument, ExportResult } from '../../src-main/shared/data/exportFormat';
import { syntheticEntries } from '../core/data/dataHelpers';
import {
  callApi,
  describeE2E,
  ensureBuilt,
  launchBrowser,
  removeDir,
  runCommand,
  startApp,
  tempDir,
  waitForWorkbench,
  type BrowserSession,
  type RunningApp,
} from './harness';

const COUNT = 1200;

describeE2E('an import larger than one request in browser mode', () => {
  vi.setConfig({ testTimeout: 300_000 });
  const dirs: string[] = [];
  const apps: RunningApp[] = [];
  let browser: BrowserSession;

  beforeAll(async () => {
    await ensureBuilt();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    for (const app of apps) await app.stop();
    await browser?.close();
    for (const dir of dirs) removeDir(dir);
  });

  async function freshApp(): Promise<RunningApp> {
    const dataDir = tempDir('ladder-data-');
    dirs.push(dataDir);
    const app = await startApp({ dataDir });
    apps.push(app);
    return app;
  }

  async function importThroughTab(app: RunningApp, file: string): Promise<void> {
    const { page } = browser;
    await page.goto(app.url);
    await waitForWorkbench(page);
    await runCommand(page, 'Ladder: Import');
    await page.getByRole('heading', { name: 'Import', level: 1 }).waitFor();
    await page.getByLabel('Choose an export file…').setInputFiles(file);
    const report = page.getByRole('region', { name: 'Import report' });
    await report.getByText(`${COUNT} journal entries`).waitFor({ timeout: 240_000 });
  }

  async function ids(app: RunningApp): Promise<string[]> {
    const list = await callApi<{ id: string }[]>(app, 'journal.list', {});
    return list.map((e) => e.id).sort();
  }

  it('imports an export over 16 MB, and re-imports its own export of it', async () => {
    const first = await freshApp();
    const base = await callApi<ExportResult>(first, 'data.export', {});
    const files = unzipSync(new Uint8Array(Buffer.from(base.zipBase64, 'base64')));
    const doc = JSON.parse(
      strFromU8(files['ladder-export.json'] ?? new Uint8Array()),
    ) as ExportDocument;
    doc.entries = syntheticEntries(COUNT, 16_000, Date.UTC(2026, 5, 1));
    const text = JSON.stringify(doc);
    // Even compacted (as the tab sends it) it is past what one request may carry.
    expect(Buffer.byteLength(text)).toBeGreaterThan(MAX_REQUEST_BYTES);
    const source = join(tempDir('ladder-large-'), 'ladder-export.json');
    dirs.push(join(source, '..'));
    writeFileSync(source, text);

    await importThroughTab(first, source);
    const expected = doc.entries.map((e) => e.id).sort();
    expect(await ids(first)).toEqual(expected);

    // The app's own export, downloaded as a person does, into a fresh journal.
    const { page } = browser;
    const download = page.waitForEvent('download', { timeout: 120_000 });
    await runCommand(page, 'Ladder: Export Everything');
    const zipPath = join(tempDir('ladder-zip-'), 'export.zip');
    dirs.push(join(zipPath, '..'));
    await (await download).saveAs(zipPath);
    const inZip = unzipSync(new Uint8Array(readFileSync(zipPath)));
    expect(inZip['ladder-export.json']?.byteLength ?? 0).toBeGreaterThan(MAX_REQUEST_BYTES);

    const second = await freshApp();
    await importThroughTab(second, zipPath);
    expect(await ids(second)).toEqual(expected);
  });
});
