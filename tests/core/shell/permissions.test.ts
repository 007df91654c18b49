import { describe, expect, it } from 'vitest';
import { decidePermission, isAppOrigin } from '../../../src-main/electron/permissionRule';

const appOrigin = 'app://ladder';
const ask = (permission: string, mediaTypes: string[], origin: string | undefined) => decidePermission({ permission, mediaTypes, origin, appOrigin });

describe('permission rule', () => {
  it('grants the microphone to our own page, as a request or a check', () => {
    expect(ask('media', ['audio'], 'app://ladder/index.html')).toBe(true);
    expect(ask('media', ['audio'], 'app://ladder')).toBe(true);
    expect(ask('media', ['audio'], 'app://ladder/')).toBe(true);
  });

  it('refuses the camera, and the microphone asked together with it', () => {
    expect(ask('media', ['video'], 'app://ladder/index.html')).toBe(false);
    expect(ask('media', ['audio', 'video'], 'app://ladder/index.html')).toBe(false);
    expect(ask('media', ['unknown'], 'app://ladder/index.html')).toBe(false);
    expect(ask('media', [], 'app://ladder/index.html')).toBe(false);
  });

  it('refuses the microphone to any other origin', () => {
    for (const origin of ['https://example.com', 'app://ladder.evil/index.html', 'app://ladderx/', 'http://ladder/', 'file:///tmp/x.html', 'null', '', undefined]) {
      expect(ask('media', ['audio'], origin), String(origin)).toBe(false);
    }
  });

  it('refuses every other permission, even to our own page', () => {
    for (const permission of ['display-capture', 'geolocation', 'notifications', 'clipboard-read', 'midi', 'openExternal', 'fullscreen', 'hid', 'usb', 'serial', 'unknown']) {
      expect(ask(permission, ['audio'], 'app://ladder/index.html'), permission).toBe(false);
    }
  });

  it('compares scheme and host, not text prefixes', () => {
    expect(isAppOrigin('app://ladder/a/b?c', appOrigin)).toBe(true);
    expect(isAppOrigin('app://ladder@evil/', appOrigin)).toBe(false);
    expect(isAppOrigin('APP://LADDER/', appOrigin)).toBe(true);
    expect(isAppOrigin('not a url', appOrigin)).toBe(false);
  });
});
