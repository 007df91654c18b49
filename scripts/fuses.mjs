// afterPack hook (electron-builder's signature): flips the fuses of scripts/fuses.config.mjs in
// the packed Electron binary, before signing. `resetAdHocDarwinSignature` keeps an unsigned macOS
// build launchable on Apple silicon.
import { join } from 'node:path';
import { flipFuses } from '@electron/fuses';
import { FUSE_VERSION, FUSES } from './fuses.config.mjs';

/** Path of the packed Electron binary for the platform being built. */
export function binaryPath(context) {
  const name = context.packager.appInfo.productFilename;
  switch (context.electronPlatformName) {
    case 'darwin':
    case 'mas':
      return join(context.appOutDir, `${name}.app`);
    case 'win32':
      return join(context.appOutDir, `${name}.exe`);
    default:
      return join(context.appOutDir, context.packager.executableName ?? name);
  }
}

export default async function afterPack(context) {
  await flipFuses(binaryPath(context), {
    version: FUSE_VERSION,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
    ...FUSES,
  });
}
