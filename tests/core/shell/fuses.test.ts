// The packaging fuses: exactly the seven the security checklist asks for, and the afterPack hook
// flips them into a binary (checked on a stand-in file holding Electron's fuse sentinel).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, getCurrentFuseWire } from '@electron/fuses';
import { afterEach, describe, expect, it } from 'vitest';
import { FUSE_VERSION, FUSES } from '../../../scripts/fuses.config.mjs';
import afterPack, { binaryPath } from '../../../scripts/fuses.mjs';
import packaging from '../../../packaging.config.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// Electron's sentinel, then the wire: version byte, length byte, one byte per fuse ('0' off, '1' on).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

function fakeBinary(path: string): void {
  const wire = Buffer.from([
    Number(FuseVersion.V1),
    9,
    ...'101001111'.split('').map((c) => c.charCodeAt(0)),
  ]);
  writeFileSync(
    path,
    Buffer.concat([
      Buffer.from('ELF-ish header '),
      Buffer.from(SENTINEL),
      wire,
      Buffer.from(' tail'),
    ]),
  );
}

describe('Electron fuses', () => {
  it('configures exactly the hardened values', () => {
    expect(FUSE_VERSION).toBe(FuseVersion.V1);
    expect(FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });

  it('is wired into packaging as the afterPack hook, with the app in an asar archive', () => {
    expect(packaging.afterPack).toBe('./scripts/fuses.mjs');
    expect(packaging.asar).toBe(true);
  });

  it('flips the fuses in the packed binary', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ladder-fuses-'));
    dirs.push(dir);
    const context = {
      appOutDir: dir,
      electronPlatformName: 'linux',
      arch: 1,
      packager: { appInfo: { productFilename: 'Ladder' }, executableName: 'ladder' },
    };
    expect(binaryPath(context)).toBe(join(dir, 'ladder'));
    fakeBinary(join(dir, 'ladder'));
    await afterPack(context);
    const wire = await getCurrentFuseWire(join(dir, 'ladder'));
    for (const [fuse, on] of Object.entries(FUSES))
      expect(wire[Number(fuse) as FuseV1Options], FuseV1Options[Number(fuse)]).toBe(
        on ? '1'.charCodeAt(0) : '0'.charCodeAt(0),
      );
    expect(readFileSync(join(dir, 'ladder')).includes(Buffer.from(' tail'))).toBe(true);
  });
});
