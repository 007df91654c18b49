// How an import is cut into requests, at its edges: a cut next to the first and the last high
// surrogate of UTF-16, a file that ends in a broken character, a request filled exactly, the last
// piece of a long file sharing its request, and an empty file after a nearly full request.
import { describe, expect, it } from 'vitest';
import { importRequests } from '../../../src-main/shared/data/importChunks';

const shape = (requests: ReturnType<typeof importRequests>) =>
  requests.map((pieces) => pieces.map((p) => [p.file, p.text]));

const chars = (requests: ReturnType<typeof importRequests>) =>
  requests.map((pieces) => pieces.reduce((sum, p) => sum + p.name.length + p.text.length, 0));

describe('cutting an import into requests, at the edges', () => {
  it('never splits a pair whose first half is the lowest or the highest high surrogate', () => {
    for (const pair of ['\ud800\udc00', '\udbff\udfff']) {
      const text = `123456789${pair}x`;
      expect(shape(importRequests([{ name: 'a', text }], 10)), pair).toEqual([
        [[0, '123456789']],
        [[0, `${pair}x`]],
      ]);
    }
  });

  it('sends a file that ends in half a pair whole, and goes on to the next file', () => {
    // The import refuses the broken character later, with its reason; cutting it must still end.
    const text = `12345678\ud83d`;
    expect(
      shape(
        importRequests(
          [
            { name: 'a', text },
            { name: 'b', text: 'y' },
          ],
          20,
        ),
      ),
    ).toEqual([
      [
        [0, text],
        [1, 'y'],
      ],
    ]);
  });

  it('closes a request filled exactly, so an empty file after it never passes the limit', () => {
    const requests = importRequests(
      [
        { name: 'a', text: '123456789' },
        { name: 'b', text: '' },
      ],
      10,
    );
    expect(shape(requests)).toEqual([[[0, '123456789']], [[1, '']]]);
    expect(Math.max(...chars(requests))).toBeLessThanOrEqual(10);
  });

  it('lets an empty file ride along in the room a request has left', () => {
    expect(
      shape(
        importRequests(
          [
            { name: 'a', text: '12345678' },
            { name: 'b', text: '' },
          ],
          10,
        ),
      ),
    ).toEqual([
      [
        [0, '12345678'],
        [1, ''],
      ],
    ]);
  });

  it('puts the next file beside the last piece of a long one when it fits', () => {
    const requests = importRequests(
      [
        { name: 'a', text: 'x'.repeat(15) },
        { name: 'b', text: 'y' },
      ],
      10,
    );
    expect(shape(requests)).toEqual([
      [[0, 'x'.repeat(10)]],
      [
        [0, 'x'.repeat(5)],
        [1, 'y'],
      ],
    ]);
  });
});
