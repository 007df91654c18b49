// Opening an import's zip (pure code of src-main/shared, run in Node) without trusting it: real zips, a real zip bomb and one whose directory lies.
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { MAX_ZIP_EXPANDED_BYTES, MAX_ZIP_FILE_BYTES } from '../../../src-main/shared/limits';
import { readImportZip } from '../../../src-main/shared/data/zipImport';
import { buildZip, deflatedPart, textPart, zipBomb } from './zipBuilder';

const MB = 1024 * 1024;

describe('reading an import zip', () => {
  it('takes ladder-export.json alone when there is one, compacted', () => {
    const zip = zipSync({
      'ladder-export-2026-11-21/ladder-export.json': strToU8('{\n  "format": "ladder-export"\n}'),
      'ladder-export-2026-11-21/markdown/journal/a.md': strToU8('# A'),
    });
    expect(readImportZip(zip, 'export.zip')).toEqual({
      ok: true,
      files: [
        {
          name: 'export.zip/ladder-export-2026-11-21/ladder-export.json',
          text: '{"format":"ladder-export"}',
        },
      ],
    });
  });

  it('takes only the Markdown notes of a vault, never hidden files or others, and never inflates the others', () => {
    // A picture that would expand past every cap is not looked at: only notes are inflated.
    const picture = { ...deflatedPart('vault/big.png', new Uint8Array(1024)), size: 0xffffffff };
    const zip = buildZip([
      textPart('vault/a.md', 'Alpha'),
      textPart('vault/sub/b.markdown', 'Beta'),
      textPart('vault/c.txt', 'not a note'),
      textPart('vault/.obsidian/x.md', 'settings'),
      textPart('__MACOSX/vault/._a.md', 'resource fork'),
      picture,
    ]);
    expect(readImportZip(zip, 'v.zip')).toEqual({
      ok: true,
      files: [
        { name: 'v.zip/vault/a.md', text: 'Alpha' },
        { name: 'v.zip/vault/sub/b.markdown', text: 'Beta' },
      ],
    });
  });

  it('refuses a zip bomb from its directory, before inflating anything, with the figures', () => {
    const bomb = zipBomb();
    expect(bomb.length).toBeLessThan(6 * MB);
    const outcome = readImportZip(bomb, 'bomb.zip');
    expect(outcome).toEqual({
      ok: false,
      reason:
        'This zip would expand to 4.0 GB; Ladder imports at most 512 MB (one file at most 64 MB).',
    });
  });

  it('refuses one file over the per-file cap, even when the total is within', () => {
    const big = deflatedPart('notes/huge.md', new Uint8Array(MAX_ZIP_FILE_BYTES + 1).fill(32));
    const outcome = readImportZip(buildZip([big]), 'one.zip');
    expect(outcome).toEqual({
      ok: false,
      reason:
        'This zip would expand to 64 MB; Ladder imports at most 512 MB (one file at most 64 MB).',
    });
  });

  it('stops a file whose directory states less than it inflates to', () => {
    // States 1 KB, holds 64 MB: inflating stops once it passes 1 KB.
    const liar = deflatedPart('notes/small.md', new Uint8Array(64 * MB).fill(32), 1024);
    const outcome = readImportZip(buildZip([textPart('notes/fine.md', 'fine'), liar]), 'liar.zip');
    // Compared apart: a failure must not print 64 MB of text.
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.reason).toBe(
      'This zip is not what it says: notes/small.md expands to more than the 1 KB its directory states, so Ladder stopped reading it.',
    );
  });

  it('refuses files that are each within the per-file cap but together pass the total cap', () => {
    const part = deflatedPart('x', new Uint8Array(60 * MB).fill(32));
    const parts = Array.from({ length: 9 }, (_, i) => ({ ...part, name: `n/${i}.md` }));
    expect(9 * 60 * MB).toBeGreaterThan(MAX_ZIP_EXPANDED_BYTES);
    const outcome = readImportZip(buildZip(parts), 'many.zip');
    expect(outcome).toEqual({
      ok: false,
      reason:
        'This zip would expand to 540 MB; Ladder imports at most 512 MB (one file at most 64 MB).',
    });
  });

  it('answers a damaged or foreign file with a reason, not a crash', () => {
    const damaged = 'This zip cannot be read: it is damaged or not a zip file.';
    expect(readImportZip(strToU8('not a zip at all'), 'x.zip')).toEqual({
      ok: false,
      reason: damaged,
    });
    const zip = buildZip([textPart('a.md', 'Alpha')]);
    zip.fill(0xff, 30, 40);
    expect(readImportZip(zip, 'x.zip')).toEqual({ ok: false, reason: damaged });
  });
});
