// How an import is sent: whole in one request when it fits (file names count), else cut into requests
// of at most the limit in characters, names included, never between the halves of an emoji, with
// every file, an empty one too, arriving in order.
import { describe, expect, it } from 'vitest';
import { fitsOneRequest, importRequests } from '../../../src-main/shared/data/importChunks';

const shape = (requests: ReturnType<typeof importRequests>) =>
  requests.map((pieces) => pieces.map((p) => [p.file, p.text]));

describe('import requests', () => {
  it('an import fits one request up to the limit exactly, names counted', () => {
    const files = [
      { name: 'a.md', text: '12345' },
      { name: 'b.md', text: '1' },
    ];
    expect(fitsOneRequest(files, 14)).toBe(true);
    expect(fitsOneRequest(files, 13)).toBe(false);
    expect(fitsOneRequest([], 0)).toBe(true);
  });

  it('cuts a long file into pieces of the limit, in order', () => {
    expect(shape(importRequests([{ name: 'a', text: 'x'.repeat(25) }], 10))).toEqual([
      [[0, 'x'.repeat(10)]],
      [[0, 'x'.repeat(10)]],
      [[0, 'x'.repeat(5)]],
    ]);
  });

  it('many small notes start a new request once their names and texts reach the limit', () => {
    const notes = Array.from({ length: 5 }, (_, i) => ({ name: `note-${i}.md`, text: 'a' }));
    expect(shape(importRequests(notes, 25))).toEqual([
      [
        [0, 'a'],
        [1, 'a'],
        [2, 'a'],
      ],
      [
        [3, 'a'],
        [4, 'a'],
      ],
    ]);
  });

  it('a file that leaves one character of room goes on in the next request', () => {
    expect(
      shape(
        importRequests(
          [
            { name: 'a', text: '12345678' },
            { name: 'b', text: 'xy' },
          ],
          10,
        ),
      ),
    ).toEqual([[[0, '12345678']], [[1, 'xy']]]);
  });

  it('never cuts between the halves of an emoji: the cut moves before it', () => {
    const text = '123456789😀x';
    expect(shape(importRequests([{ name: 'a', text }], 10))).toEqual([
      [[0, '123456789']],
      [[0, '😀x']],
    ]);
    expect(shape(importRequests([{ name: 'a', text }], 11))).toEqual([
      [[0, '123456789😀']],
      [[0, 'x']],
    ]);
  });

  it('sends empty files too, and nothing for no files', () => {
    expect(
      shape(
        importRequests(
          [
            { name: 'a', text: '' },
            { name: 'b', text: '' },
          ],
          10,
        ),
      ),
    ).toEqual([
      [
        [0, ''],
        [1, ''],
      ],
    ]);
    expect(importRequests([], 10)).toEqual([]);
  });
});
