// Opening an import's zip, the cases real zip tools make and damaged or hostile zips: a comment after
// the directory, extra fields in the headers, stored (not deflated) files, a large note across many
// inflater chunks; and refusals with their reasons: a password, an unknown packing, a header or a
// file that is cut or runs past the end, stored bytes past the caps, sizes stated in words.
import { describe, expect, it } from 'vitest';
import { deflateSync, strToU8, zipSync } from 'fflate';
import { MAX_ZIP_FILE_BYTES } from '../../../src-main/shared/limits';
import { readImportZip, type ZipOutcome } from '../../../src-main/shared/data/zipImport';
import { buildZip, crc32, deflatedPart, textPart, type ZipPart } from './zipBuilder';

const MB = 1024 * 1024;
const DAMAGED = 'This zip cannot be read: it is damaged or not a zip file.';
const LIMITS = 'Ladder imports at most 512 MB (one file at most 64 MB)';

function storedPart(name: string, content: Uint8Array, statedSize = content.length): ZipPart {
  return { name, data: content, method: 0, crc: crc32(content), size: statedSize };
}

/** Where the central directory starts, in a zip with no comment. */
function directoryAt(zip: Uint8Array): number {
  return new DataView(zip.buffer).getUint32(zip.length - 22 + 16, true);
}

/** Changes a 16- or 32-bit field of the first file's directory record. */
function patchDirectory(zip: Uint8Array, field: number, value: number, bits: 16 | 32): void {
  const view = new DataView(zip.buffer);
  const at = directoryAt(zip) + field;
  if (bits === 16) view.setUint16(at, value, true);
  else view.setUint32(at, value, true);
}

/** The reason, compared apart from the files so a failure never prints megabytes. */
const reason = (outcome: ZipOutcome) => (outcome.ok ? 'read' : outcome.reason);
const texts = (outcome: ZipOutcome) => (outcome.ok ? outcome.files.map((f) => f.text) : []);

describe('reading the zips real tools make', () => {
  it('finds the directory before a comment at the end of the zip', () => {
    const zip = buildZip([textPart('a.md', 'Alpha')]);
    const comment = strToU8('Made by a zip tool, with a comment after its directory.');
    const withComment = new Uint8Array(zip.length + comment.length);
    withComment.set(zip);
    withComment.set(comment, zip.length);
    new DataView(withComment.buffer).setUint16(zip.length - 2, comment.length, true);
    expect(readImportZip(withComment, 'c.zip')).toEqual({
      ok: true,
      files: [{ name: 'c.zip/a.md', text: 'Alpha' }],
    });
  });

  it('skips the extra fields a header carries to reach the note', () => {
    const timestamp = new Uint8Array([1, 0x80, 0x2c, 0x5f, 0x69]);
    const zip = zipSync({ 'vault/a.md': [strToU8('Alpha'), { extra: { 0x5455: timestamp } }] });
    expect(texts(readImportZip(zip, 'x.zip'))).toEqual(['Alpha']);
  });

  it('reads stored (not deflated) notes as they are', () => {
    const zip = buildZip([storedPart('a.md', strToU8('Alpha')), textPart('b.md', 'Beta')]);
    expect(texts(readImportZip(zip, 'x.zip'))).toEqual(['Alpha', 'Beta']);
  });

  it('reads a large note whole, across many pieces of inflated output', () => {
    const text = Array.from({ length: 20_000 }, (_, i) => `Line ${i}: what the week taught.`).join(
      '\n',
    );
    expect(text.length).toBeGreaterThan(500_000);
    const [read] = texts(readImportZip(buildZip([textPart('big.md', text)]), 'x.zip'));
    expect(read?.length).toBe(text.length);
    expect(read === text).toBe(true);
  });

  it('reads a note whose packed bytes are exactly one step of the inflater', () => {
    const content = new Uint8Array(16_379).fill(97);
    const part = { ...deflatedPart('a.md', content), data: deflateSync(content, { level: 0 }) };
    expect(part.data.length).toBe(16 * 1024);
    expect(texts(readImportZip(buildZip([part]), 'x.zip'))).toEqual(['a'.repeat(16_379)]);
  });

  it('keeps a note that happens to be JSON as it was written', () => {
    const zip = buildZip([textPart('vault/mood.md', '{ "mood": "good" }\n')]);
    expect(texts(readImportZip(zip, 'x.zip'))).toEqual(['{ "mood": "good" }\n']);
  });
});

describe('refusing a zip, with the reason', () => {
  it('refuses a zip protected with a password', () => {
    const zip = buildZip([textPart('a.md', 'Alpha')]);
    patchDirectory(zip, 8, 0x801, 16);
    expect(reason(readImportZip(zip, 'x.zip'))).toBe(
      'This zip is protected with a password; Ladder can only read zips without one.',
    );
  });

  it('refuses a note packed in a way it cannot read, naming it', () => {
    const zip = buildZip([textPart('vault/a.md', 'Alpha')]);
    patchDirectory(zip, 10, 12, 16);
    expect(reason(readImportZip(zip, 'x.zip'))).toBe(
      'vault/a.md in this zip is packed in a way Ladder cannot read (only stored or deflated files).',
    );
  });

  it('refuses a zip whose file header is damaged, even when the bytes after it are whole', () => {
    const zip = buildZip([storedPart('a.md', strToU8('Alpha'))]);
    zip.fill(0, 0, 4);
    expect(reason(readImportZip(zip, 'x.zip'))).toBe(DAMAGED);
  });

  it('refuses a zip whose directory says a file runs past the end of the zip', () => {
    const zip = buildZip([storedPart('a.md', strToU8('Alpha'))]);
    patchDirectory(zip, 20, zip.length, 32);
    expect(reason(readImportZip(zip, 'x.zip'))).toBe(DAMAGED);
  });

  it('refuses a zip whose directory names a file with more bytes than the zip has', () => {
    const zip = buildZip([storedPart('a.md', strToU8('Alpha'))]);
    // 60 bytes of name from a record 72 bytes from the end: it would run 34 bytes past it.
    patchDirectory(zip, 28, 60, 16);
    expect(reason(readImportZip(zip, 'x.zip'))).toBe(DAMAGED);
  });

  it('refuses a deflated note cut short rather than import part of it, wherever the cut falls', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `Line ${i}`).join('\n');
    const part = textPart('a.md', text);
    const half = buildZip([{ ...part, data: part.data.subarray(0, part.data.length >> 1) }]);
    expect(reason(readImportZip(half, 'x.zip'))).toBe(DAMAGED);
    // Cut at exactly one step of the inflater: the last bytes it is given are the end of the stream.
    const stored = deflateSync(new Uint8Array(40_000).fill(97), { level: 0 });
    const step = buildZip([{ ...part, data: stored.subarray(0, 16 * 1024), size: 40_000 }]);
    expect(reason(readImportZip(step, 'x.zip'))).toBe(DAMAGED);
  });

  it('states sizes in words: KB for a small file, a whole number of MB, GB from 1024 MB', () => {
    const liar = (stated: number) =>
      reason(
        readImportZip(buildZip([deflatedPart('s.md', new Uint8Array(64 * 1024), stated)]), 'x'),
      );
    expect(liar(100)).toBe(
      'This zip is not what it says: s.md expands to more than the 1 KB its directory states, so Ladder stopped reading it.',
    );
    expect(liar(10 * 1024)).toMatch(/ the 10 KB its directory states/);
    // Sixteen notes that each state 64 MB: 1024 MB in all.
    const part = textPart('n.md', 'small');
    const sixteen = Array.from({ length: 16 }, (_, i) => ({
      ...part,
      name: `${i}.md`,
      size: 64 * MB,
    }));
    expect(reason(readImportZip(buildZip(sixteen), 'x'))).toBe(
      `This zip would expand to 1.0 GB; ${LIMITS}.`,
    );
  });

  it('takes a directory that states the caps exactly: one file of 64 MB, 512 MB in all', () => {
    const part = textPart('n.md', 'small');
    const eight = Array.from({ length: 8 }, (_, i) => ({
      ...part,
      name: `${i}.md`,
      size: 64 * MB,
    }));
    expect(texts(readImportZip(buildZip(eight), 'x'))).toEqual(Array(8).fill('small'));
  });

  it('takes stored bytes up to the per-file cap exactly, and refuses one byte more', () => {
    const bytes = new Uint8Array(MAX_ZIP_FILE_BYTES + 1).fill(32);
    const exact = readImportZip(buildZip([storedPart('a.md', bytes.subarray(1))]), 'x');
    expect(exact.ok && exact.files[0]?.text.length).toBe(MAX_ZIP_FILE_BYTES);
    // Its directory states a small size: the stored bytes themselves are what is counted.
    const over = readImportZip(buildZip([storedPart('a.md', bytes, 100)]), 'x');
    expect(reason(over)).toBe(`This zip expands to more than it may: ${LIMITS}.`);
  });
});

describe('the cap on a whole zip when its directory understates stored files', () => {
  it('counts the stored bytes themselves, and stops a later note at what is left', () => {
    // Small caps stand for 512 MB and 64 MB, so the case needs megabytes, not half a gigabyte.
    const caps = { expanded: 3 * MB, file: 2 * MB };
    const stored = storedPart('a.md', new Uint8Array(2 * MB).fill(97), 0);
    const honest = deflatedPart('b.md', new Uint8Array(1.5 * MB).fill(98));
    expect(reason(readImportZip(buildZip([stored, honest]), 'x', caps))).toBe(
      'This zip expands to more than it may: Ladder imports at most 3 MB (one file at most 2 MB).',
    );
    // Within what is left, the same note is read.
    const smaller = storedPart('a.md', new Uint8Array(1 * MB).fill(97), 0);
    expect(
      texts(readImportZip(buildZip([smaller, honest]), 'x', caps)).map((t) => t.length),
    ).toEqual([1 * MB, 1.5 * MB]);
  });
});
