// Types for fuses.config.mjs, so the TypeScript tests can import it.
import type { FuseV1Options, FuseVersion } from '@electron/fuses';

export declare const FUSE_VERSION: FuseVersion.V1;
export declare const FUSES: Partial<Record<FuseV1Options, boolean>>;
