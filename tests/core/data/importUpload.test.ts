// A large import arrives in pieces (data.importUpload) cut by importRequests, each small enough for
// one request, and is imported by its upload id; one import is capped as a whole.
import { describe, expect, it } from 'vitest';
import { EXPORT_JSON_NAME } from '../../../src-main/shared/data/exportFormat';
import { importRequests } from '../../../src-main/shared/data/importChunks';
import { findLoneSurrogate } from '../../../src-main/shared/wellFormed';
import { createImportUploads } from '../../../src-main/core/data/importUploads';
import { expectCode, testStore } from '../helpers';
import { exportDoc, syntheticEntries } from './dataHelpers';

const UPLOAD = '0f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b';

describe('cutting an import into requests', () => {
  it('keeps every request within its characters, every file whole and in order, and no pair split', () => {
    const files = [
      { name: 'a.md', text: `x${'😀'.repeat(25)}` },
      { name: 'empty.md', text: '' },
      { name: 'b.json', text: 'x'.repeat(101) },
    ];
    const requests = importRequests(files, 16);
    for (const pieces of requests) {
      const chars = pieces.reduce((sum, p) => sum + p.text.length + p.name.length, 0);
      expect(chars).toBeLessThanOrEqual(16 + Math.max(...pieces.map((p) => p.name.length)));
      for (const p of pieces) expect(findLoneSurrogate(p.text)).toBeNull();
    }
    const joined = files.map((_, i) =>
      requests
        .flat()
        .filter((p) => p.file === i)
        .map((p) => p.text)
        .join(''),
    );
    expect(joined).toEqual(files.map((f) => f.text));
    const order = requests.flat().map((p) => p.file);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

describe('an import sent in pieces', () => {
  it('imports every entry of an export sent in many requests', async () => {
    const source = testStore();
    const { doc } = await exportDoc(source);
    doc.entries = syntheticEntries(300, 800, source.clock.now());
    const text = JSON.stringify(doc);
    const t = testStore();
    const requests = importRequests([{ name: EXPORT_JSON_NAME, text }], 50_000);
    expect(requests.length).toBeGreaterThan(3);
    let received = 0;
    for (const pieces of requests)
      received = (await t.call('data.importUpload', { uploadId: UPLOAD, pieces })).received;
    expect(received).toBe(Buffer.byteLength(text));
    const report = await t.call('data.import', { uploadId: UPLOAD });
    expect(report.imported.entries).toBe(300);
    expect((await t.call('journal.list', {})).length).toBe(300);
    // The upload is gone once imported.
    await expectCode(t.call('data.import', { uploadId: UPLOAD }), 'not-found');
  }, 60_000);

  it('refuses pieces out of order, and an upload past the cap as a whole', async () => {
    const t = testStore();
    await expectCode(
      t.call('data.importUpload', {
        uploadId: UPLOAD,
        pieces: [{ file: 1, name: 'b.md', text: 'B' }],
      }),
      'invalid-argument',
    );
    let now = 0;
    const uploads = createImportUploads(() => now, 10);
    expect(
      uploads.add({ uploadId: UPLOAD, pieces: [{ file: 0, name: 'a.md', text: 'é'.repeat(4) }] }),
    ).toEqual({ received: 8 });
    expect(() =>
      uploads.add({ uploadId: UPLOAD, pieces: [{ file: 0, name: 'a.md', text: 'abc' }] }),
    ).toThrow(/more than .* MiB, the most Ladder takes in one import/);
    // The refused upload is dropped whole, and one left waiting too long is dropped too.
    expect(() => uploads.take(UPLOAD)).toThrow(/not fully received/);
    uploads.add({ uploadId: UPLOAD, pieces: [{ file: 0, name: 'a.md', text: 'a' }] });
    now += 11 * 60_000;
    uploads.add({
      uploadId: `${UPLOAD.slice(0, -1)}c`,
      pieces: [{ file: 0, name: 'c.md', text: 'c' }],
    });
    expect(() => uploads.take(UPLOAD)).toThrow(/not fully received/);
  });
});
