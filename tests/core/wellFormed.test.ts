// The lone-surrogate check: the native one and the pattern agree on every kind of text.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findLoneSurrogate, hasLoneSurrogate } from '../../src-main/shared/wellFormed';

const BAD = [
  '\ud800',
  '\udbff',
  'a\ud800b',
  '\udc00',
  'x\udfff',
  '\ud83d',
  '\ud83d\ud83d',
  '\ude00\ud83d',
];
const GOOD = ['', 'plain', 'مرحبا', '👩🏽‍💻', 'e\u0301', '\ud83d\ude00x', '\udbff\udfff'];

/** `value` wrapped in `levels` objects: { n: { n: ... value } }. */
function nested(levels: number, value: unknown): unknown {
  let out = value;
  for (let i = 0; i < levels; i += 1) out = { n: out };
  return out;
}

describe('lone surrogates', () => {
  afterEach(() => {
    vi.resetModules();
  });

  it('finds a half pair anywhere and passes whole pairs and plain text', () => {
    for (const bad of BAD) expect(hasLoneSurrogate(bad), JSON.stringify(bad)).toBe(true);
    for (const good of GOOD) expect(hasLoneSurrogate(good), good).toBe(false);
    expect(
      findLoneSurrogate({
        files: [
          { name: 'a', text: 'ok' },
          { name: 'b', text: 'x\ud800' },
        ],
      }),
    ).toBe('files.1.text');
  });

  it('the pattern, used where the runtime has no native check, says the same of every sample', async () => {
    const native = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed');
    // Removed only while the module loads: it decides once which check to use.
    Reflect.deleteProperty(String.prototype, 'isWellFormed');
    let fresh: typeof import('../../src-main/shared/wellFormed');
    try {
      vi.resetModules();
      fresh = await import('../../src-main/shared/wellFormed');
    } finally {
      if (native) Object.defineProperty(String.prototype, 'isWellFormed', native);
    }
    for (const bad of BAD) expect(fresh.hasLoneSurrogate(bad), JSON.stringify(bad)).toBe(true);
    for (const good of GOOD) expect(fresh.hasLoneSurrogate(good), JSON.stringify(good)).toBe(false);
  });

  it('names where the half pair is: the value itself, a key, an item deep down; null for clean values', () => {
    expect(findLoneSurrogate('x\ud800')).toBe('(value)');
    expect(findLoneSurrogate({ ['bad\udc00key']: 'fine' })).toBe('bad\udc00key');
    expect(findLoneSurrogate({ a: { b: ['ok', { c: '\udc00' }] } })).toBe('a.b.1.c');
    expect(findLoneSurrogate({ a: ['ok', 1, null, true], b: { c: 'fine 👍' } })).toBeNull();
    for (const clean of [null, undefined, 42, true, 'plain'])
      expect(findLoneSurrogate(clean)).toBeNull();
    // A sparse array is walked by what it holds, not its length.
    const sparse: string[] = [];
    sparse[5_000_000] = '\ud800';
    expect(findLoneSurrogate({ list: sparse })).toBe('list.5000000');
  });

  it('looks 300 levels deep, and a hostile request nested far deeper is answered, not a crash', () => {
    expect(findLoneSurrogate(nested(301, '\ud800'))).toBe(Array(301).fill('n').join('.'));
    expect(() => findLoneSurrogate(nested(200_000, '\ud800'))).not.toThrow();
  });
});
