import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPath } from '../../../src-main/electron/appPath';

const root = resolve('/srv/ladder/out/renderer');

describe('resolveAppPath', () => {
  it('maps the entry and assets inside the renderer folder', () => {
    expect(resolveAppPath(root, 'app://ladder/index.html')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://ladder/')).toBe(join(root, 'index.html'));
    expect(resolveAppPath(root, 'app://ladder/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets/index-abc.js'),
    );
    expect(resolveAppPath(root, 'app://ladder/assets/codicon%20font.ttf')).toBe(
      join(root, 'assets/codicon font.ttf'),
    );
  });

  it.each([
    'app://ladder/../../etc/passwd',
    'app://ladder/assets/../../secret',
    'app://ladder/%2e%2e/%2e%2e/etc/passwd',
    'app://ladder/..%2f..%2fetc/passwd',
    'app://ladder/assets/..%5c..%5csecret',
    'app://ladder/a%00b.js',
    'app://ladder/%E0%A4%A',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(root, url)).toBeNull();
  });

  it('refuses other schemes and hosts', () => {
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppPath(root, 'https://ladder/index.html')).toBeNull();
    expect(resolveAppPath(root, 'not a url')).toBeNull();
  });
});
