// The lone-surrogate check: the native one and the pattern agree on every kind of text.
import { describe, expect, it } from 'vitest';
import { findLoneSurrogate, hasLoneSurrogate } from '../../src-main/shared/wellFormed';

describe('lone surrogates', () => {
  it('finds a half pair anywhere and passes whole pairs and plain text', () => {
    for (const bad of [
      '\ud800',
      'a\ud800b',
      '\udc00',
      'x\udfff',
      '\ud83d',
      '\ud83d\ud83d',
      '\ude00\ud83d',
    ])
      expect(hasLoneSurrogate(bad), JSON.stringify(bad)).toBe(true);
    for (const good of ['', 'plain', 'مرحبا', '👩🏽‍💻', 'e\u0301', '\ud83d\ude00x'])
      expect(hasLoneSurrogate(good), good).toBe(false);
    expect(
      findLoneSurrogate({
        files: [
          { name: 'a', text: 'ok' },
          { name: 'b', text: 'x\ud800' },
        ],
      }),
    ).toBe('files.1.text');
  });
});
