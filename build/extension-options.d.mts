/** Types of extension-options.mjs, for the TypeScript that imports it (bundle-size test). */
import type { BuildOptions } from 'esbuild';

export declare const extensionEntries: Record<'background' | 'popup' | 'options', string>;
export declare function extensionBuildOptions(): BuildOptions;
export declare const withoutPublicSuffixListData: import('esbuild').Plugin;
