import { describe, expect, it } from 'vitest';
import { waitWithTimeout } from '../../../src-main/electron/flush';
import { isExternalLinkAllowed } from '../../../src-main/electron/links';
import { menuTemplate } from '../../../src-main/electron/menuTemplate';
import { isTrustedSenderUrl } from '../../../src-main/electron/sender';

describe('sender check', () => {
  it('trusts only pages of app://ladder/', () => {
    expect(isTrustedSenderUrl('app://ladder/index.html')).toBe(true);
    expect(isTrustedSenderUrl('app://ladder.evil/index.html')).toBe(false);
    expect(isTrustedSenderUrl('app://ladderx/index.html')).toBe(false);
    expect(isTrustedSenderUrl('https://example.com/')).toBe(false);
    expect(isTrustedSenderUrl('file:///tmp/x.html')).toBe(false);
    expect(isTrustedSenderUrl('')).toBe(false);
    expect(isTrustedSenderUrl(null)).toBe(false);
  });
});

describe('external links', () => {
  it('lets only https and mailto leave the app', () => {
    expect(isExternalLinkAllowed('https://example.com/job')).toBe(true);
    expect(isExternalLinkAllowed('mailto:someone@example.com')).toBe(true);
    expect(isExternalLinkAllowed('http://example.com')).toBe(false);
    expect(isExternalLinkAllowed('file:///etc/passwd')).toBe(false);
    expect(isExternalLinkAllowed('javascript:alert(1)')).toBe(false);
    expect(isExternalLinkAllowed('smb://share/x')).toBe(false);
    expect(isExternalLinkAllowed('no url')).toBe(false);
  });
});

describe('flush wait', () => {
  it('reports done when the renderer answers', async () => {
    await expect(waitWithTimeout(Promise.resolve())).resolves.toBe('done');
  });
  it('reports failed when saving throws', async () => {
    await expect(waitWithTimeout(Promise.reject(new Error('disk')))).resolves.toBe('failed');
  });
  it('gives up on a renderer that never answers', async () => {
    await expect(waitWithTimeout(new Promise(() => {}), 5)).resolves.toBe('timeout');
  });
});

describe('menu template', () => {
  const roles = (dev: boolean, isMac: boolean) =>
    JSON.stringify(menuTemplate({ appName: 'Ladder', isMac, dev, onAbout: () => {} }));

  it('has the standard edit roles on every platform', () => {
    for (const isMac of [true, false]) {
      const text = roles(false, isMac);
      for (const role of [
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'pasteAndMatchStyle',
        'delete',
        'selectAll',
        'togglefullscreen',
      ]) {
        expect(text).toContain(`"role":"${role}"`);
      }
    }
  });

  it('offers reload and dev tools only in development', () => {
    expect(roles(false, false)).not.toContain('"role":"reload"');
    expect(roles(false, false)).not.toContain('toggleDevTools');
    expect(roles(true, false)).toContain('"role":"reload"');
  });

  it('has Edit, View, Window and Help menus', () => {
    const labels = menuTemplate({
      appName: 'Ladder',
      isMac: false,
      dev: false,
      onAbout: () => {},
    }).map((m) => m.label);
    expect(labels).toEqual(['&File', '&Edit', '&View', '&Window', '&Help']);
  });
});
