// Electron fuses for packaged builds: switches compiled into the Electron binary, flipped once
// after packing (scripts/fuses.mjs). They shut doors an attacker with local access could use to
// run code as Ladder: the binary as plain Node, NODE_OPTIONS, --inspect, a swapped app.asar, or a
// file:// page with the privileges Electron grants that protocol by default.
import { FuseV1Options, FuseVersion } from '@electron/fuses';

export const FUSE_VERSION = FuseVersion.V1;

/** Fuse → state. Tested in tests/core/shell/fuses.test.ts: change both together. */
export const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // Ladder serves its pages over app://, never file://: file:// pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};
