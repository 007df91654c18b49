// Types for build-state.mjs, so the TypeScript e2e harness can import it.
export declare const PROJECT_ROOT: string;
export declare const SOURCE_DIRS: string[];
export declare const SOURCE_FILES: string[];
export declare const WEB_OUTPUTS: string[];
export declare function newestMtime(dir: string): number;
export declare function isBuildStale(root?: string, outputs?: string[]): boolean;
export declare function runBuild(
  root?: string,
  stdio?: 'inherit' | 'pipe',
): { code: number; output: string };
export declare function buildIfStale(
  root?: string,
  options?: { stdio?: 'inherit' | 'pipe'; outputs?: string[] },
): Promise<{ built: boolean }>;
