import { describe, expect, it } from 'vitest';
import type { Session } from 'electron';
import { decidePermission, isAppOrigin } from '../../../src-main/electron/permissionRule';
import { installPermissionHandlers } from '../../../src-main/electron/permissions';

const appOrigin = 'app://ladder';
const ask = (permission: string, mediaTypes: string[], origin: string | undefined) =>
  decidePermission({ permission, mediaTypes, origin, appOrigin });

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
    for (const origin of [
      'https://example.com',
      'app://ladder.evil/index.html',
      'app://ladderx/',
      'http://ladder/',
      'file:///tmp/x.html',
      'null',
      '',
      undefined,
    ]) {
      expect(ask('media', ['audio'], origin), String(origin)).toBe(false);
    }
  });

  it('refuses every other permission, even to our own page', () => {
    for (const permission of [
      'display-capture',
      'geolocation',
      'notifications',
      'clipboard-read',
      'midi',
      'openExternal',
      'fullscreen',
      'hid',
      'usb',
      'serial',
      'unknown',
    ]) {
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

describe('permission handlers on a session', () => {
  // Electron cannot run here: a stand-in session records the handlers, which are then called with
  // the argument shapes Electron documents.
  type RequestHandler = (
    contents: null,
    permission: string,
    callback: (granted: boolean) => void,
    details: object,
  ) => void;
  type CheckHandler = (
    contents: null,
    permission: string,
    origin: string,
    details: object,
  ) => boolean;
  function install() {
    const got: { request?: RequestHandler; check?: CheckHandler; device?: () => boolean } = {};
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => (got.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (got.check = h),
      setDevicePermissionHandler: (h: () => boolean) => (got.device = h),
    };
    installPermissionHandlers(session as unknown as Session);
    const request = (permission: string, details: object) => {
      let answer: boolean | null = null;
      got.request?.(null, permission, (granted) => (answer = granted), details);
      return answer;
    };
    return {
      request,
      check: (permission: string, origin: string, details: object) =>
        got.check?.(null, permission, origin, details),
      device: () => got.device?.(),
    };
  }

  it('answers media requests by their types and origin', () => {
    const { request } = install();
    expect(
      request('media', {
        mediaTypes: ['audio'],
        securityOrigin: 'app://ladder/',
        requestingUrl: 'app://ladder/index.html',
        isMainFrame: true,
      }),
    ).toBe(true);
    expect(
      request('media', {
        mediaTypes: ['audio'],
        requestingUrl: 'app://ladder/index.html',
        isMainFrame: true,
      }),
    ).toBe(true);
    expect(
      request('media', {
        mediaTypes: ['audio', 'video'],
        securityOrigin: 'app://ladder/',
        requestingUrl: 'app://ladder/index.html',
        isMainFrame: true,
      }),
    ).toBe(false);
    expect(
      request('media', {
        mediaTypes: ['audio'],
        securityOrigin: 'https://example.com/',
        requestingUrl: 'https://example.com/',
        isMainFrame: false,
      }),
    ).toBe(false);
    expect(
      request('notifications', { requestingUrl: 'app://ladder/index.html', isMainFrame: true }),
    ).toBe(false);
    expect(
      request('openExternal', {
        requestingUrl: 'app://ladder/index.html',
        isMainFrame: true,
        externalURL: 'https://example.com',
      }),
    ).toBe(false);
  });

  it('answers checks the same way, and keeps device pickers closed', () => {
    const { check, device } = install();
    expect(
      check('media', 'app://ladder', {
        mediaType: 'audio',
        securityOrigin: 'app://ladder/',
        isMainFrame: true,
      }),
    ).toBe(true);
    expect(
      check('media', 'app://ladder', {
        mediaType: 'video',
        securityOrigin: 'app://ladder/',
        isMainFrame: true,
      }),
    ).toBe(false);
    expect(check('media', 'app://ladder', { mediaType: 'unknown', isMainFrame: true })).toBe(false);
    expect(check('media', 'https://example.com', { mediaType: 'audio', isMainFrame: true })).toBe(
      false,
    );
    expect(check('clipboard-read', 'app://ladder', { isMainFrame: true })).toBe(false);
    expect(device()).toBe(false);
  });
});
