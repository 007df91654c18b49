// Types for fuses.mjs (the afterPack hook), so the TypeScript tests can import it.
export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  arch: number;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}

export declare function binaryPath(context: AfterPackContext): string;
declare function afterPack(context: AfterPackContext): Promise<void>;
export default afterPack;
