// Types for scripts/mutation-changed.ts, which reads the file list from the Stryker config.
export declare const PURE_RULES: string[];
declare const config: unknown;
export default config;
