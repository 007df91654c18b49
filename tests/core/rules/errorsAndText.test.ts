// What crosses the transport as an error, and text the store refuses: the renderer tells a typed
// error (code and message) from any other thrown value, a LadderError carries only its code and
// message over JSON, and a lone surrogate is found by the path of the value or key that holds it.
import { describe, expect, it } from 'vitest';
import { isLadderErrorShape, LadderError } from '../../../src-main/shared/errors';
import { findLoneSurrogate } from '../../../src-main/shared/wellFormed';

describe('typed errors', () => {
  it('a code and a message, both strings, make a typed error; nothing less does', () => {
    expect(isLadderErrorShape({ code: 'not-found', message: 'Gone.' })).toBe(true);
    expect(isLadderErrorShape(new LadderError('conflict', 'Changed.'))).toBe(true);
    for (const other of [
      null,
      undefined,
      'not-found',
      42,
      { code: 'not-found' },
      { message: 'Gone.' },
      { code: 404, message: 'Gone.' },
      { code: 'not-found', message: null },
      new Error('plain'),
    ])
      expect(isLadderErrorShape(other), JSON.stringify(other)).toBe(false);
  });

  it('a LadderError sends its code and message only, and names itself', () => {
    const error = new LadderError('storage-full', 'The disk is full.');
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      code: 'storage-full',
      message: 'The disk is full.',
    });
    expect(error.name).toBe('LadderError');
    expect(error).toBeInstanceOf(Error);
  });
});

describe('lone surrogates in a request', () => {
  it('names the value, the nested field or the key that holds one; null when the text is whole', () => {
    expect(findLoneSurrogate('a\ud800')).toBe('(value)');
    expect(findLoneSurrogate({ title: 'ok', tags: ['fine', 'x\udc00'] })).toBe('tags.1');
    expect(findLoneSurrogate({ ['bad\ud800key']: 'ok' })).toBe('bad\ud800key');
    expect(findLoneSurrogate({ a: { ['k\udfff']: 1 } })).toBe('a.k\udfff');
    expect(findLoneSurrogate({ a: { b: 'ok 👩🏽‍💻' }, n: 3, z: null })).toBeNull();
    expect(findLoneSurrogate(null)).toBeNull();
  });

  it('walks deep requests without overflowing the stack', () => {
    let deep: unknown = 'x\ud800';
    for (let i = 0; i < 250; i += 1) deep = { d: deep };
    expect(findLoneSurrogate(deep)).toBe(Array.from({ length: 250 }, () => 'd').join('.'));
    let deeper: unknown = 'fine';
    for (let i = 0; i < 100_000; i += 1) deeper = [deeper];
    expect(findLoneSurrogate(deeper)).toBeNull();
  });
});
