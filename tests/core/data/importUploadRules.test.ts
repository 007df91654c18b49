// The rules of a large import's pieces while they wait (importUploads.ts): the cap on the bytes held,
// up to it exactly; the time an unfinished upload is kept, up to it exactly; pieces that contradict
// each other refused with a reason; and the message a person reads when an import is too large.
import { describe, expect, it } from 'vitest';
import { LadderError } from '../../../src-main/shared/errors';
import { createImportUploads, UPLOAD_IDLE_MS } from '../../../src-main/core/data/importUploads';

const A = '0f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b';
const B = '1f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b';
const C = '2f8a2c3e-1b4d-4e5f-8a9b-0c1d2e3f4a5b';

function refusal(run: () => unknown): LadderError {
  try {
    run();
  } catch (error) {
    if (error instanceof LadderError) return error;
    throw error;
  }
  throw new Error('not refused');
}

const texts = (files: { bytes: Uint8Array }[]) =>
  files.map((f) => Buffer.from(f.bytes).toString('utf8'));

describe('uploads waiting to be imported', () => {
  it('hold up to the cap exactly, counting every upload waiting, and refuse one byte more', () => {
    const uploads = createImportUploads(() => 0, 10);
    expect(
      uploads.add({ uploadId: A, pieces: [{ file: 0, name: 'a.md', text: 'é'.repeat(3) }] }),
    ).toEqual({ received: 6 });
    expect(uploads.add({ uploadId: B, pieces: [{ file: 0, name: 'b.md', text: 'bbbb' }] })).toEqual(
      { received: 4 },
    );
    const error = refusal(() =>
      uploads.add({ uploadId: B, pieces: [{ file: 0, name: 'b.md', text: 'b' }] }),
    );
    expect(error.code).toBe('payload-too-large');
    expect(error.message).toBe(
      'Nothing was imported: this import comes to more than 512 MiB, the most Ladder takes in one import. ' +
        'Import it in parts (fewer notes, or one export file, at a time).',
    );
    // The refused upload is dropped; the other is kept whole.
    expect(texts(uploads.take(A))).toEqual(['ééé']);
  });

  it('keep an unfinished upload for the idle time exactly, and drop it once that has passed', () => {
    let now = 0;
    const uploads = createImportUploads(() => now, 100);
    uploads.add({ uploadId: A, pieces: [{ file: 0, name: 'a.md', text: 'kept' }] });
    now += UPLOAD_IDLE_MS;
    // Another upload's piece is what looks for uploads left waiting.
    uploads.add({ uploadId: B, pieces: [{ file: 0, name: 'b.md', text: 'b' }] });
    expect(texts(uploads.take(A))).toEqual(['kept']);
    now += UPLOAD_IDLE_MS + 1;
    uploads.add({ uploadId: C, pieces: [{ file: 0, name: 'c.md', text: 'c' }] });
    expect(() => uploads.take(B)).toThrow(/not fully received/);
    expect(texts(uploads.take(C))).toEqual(['c']);
  });

  it('refuse pieces out of order, or pieces of one file under two names, saying which', () => {
    const uploads = createImportUploads(() => 0, 100);
    const outOfOrder = refusal(() =>
      uploads.add({ uploadId: A, pieces: [{ file: 1, name: 'b.md', text: 'B' }] }),
    );
    expect([outOfOrder.code, outOfOrder.message]).toEqual([
      'invalid-argument',
      'Import pieces arrived out of order.',
    ]);
    uploads.add({ uploadId: A, pieces: [{ file: 0, name: 'a.md', text: 'first half ' }] });
    const renamed = refusal(() =>
      uploads.add({ uploadId: A, pieces: [{ file: 0, name: 'other.md', text: 'second half' }] }),
    );
    expect([renamed.code, renamed.message]).toEqual([
      'invalid-argument',
      'Import pieces of one file carry two names.',
    ]);
    uploads.add({ uploadId: A, pieces: [{ file: 0, name: 'a.md', text: 'second half' }] });
    expect(uploads.take(A).map((f) => f.name)).toEqual(['a.md']);
  });
});
