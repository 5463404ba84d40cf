/** Types of extension-options.mjs, for the TypeScript that imports it (bundle-size test). */
import type { BuildOptions } from 'esbuild';

export declare const extensionEntries: Record<'background' | 'options', string>;
export declare const popupEntry: Record<'popup', string>;
export declare function extensionBuildOptions(): BuildOptions;
export declare function popupBuildOptions(): BuildOptions;
export declare const withoutPublicSuffixListData: import('esbuild').Plugin;
