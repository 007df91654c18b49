// Types for packaging.config.mjs, so the TypeScript tests can import it.
declare const config: { afterPack: string; asar: boolean } & Record<string, unknown>;
export default config;
