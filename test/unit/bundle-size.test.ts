import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { budgets } from '../../bench/budgets.ts';
import { extensionBuildOptions, withoutPublicSuffixListData } from '../../build/extension-options.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The scripts as build/build.mjs writes them (same options; the same scripts for both browsers), gzipped, in memory. */
async function gzippedScripts(plugins: (typeof withoutPublicSuffixListData)[] = []) {
  const result = await build({
    ...extensionBuildOptions(),
    absWorkingDir: root,
    outdir: `${root}dist/size-check`,
    write: false,
    plugins,
  });
  const sizes: Record<string, number> = {};
  for (const file of result.outputFiles ?? [])
    sizes[file.path.split('/').pop()!.replace(/\.js$/, '')] = gzipSync(file.contents, { level: 9 }).length;
  return sizes;
}

describe('bundle sizes', () => {
  it('keeps the popup and background code within their gzipped budgets, the Public Suffix List data left out', async () => {
    const code = await gzippedScripts([withoutPublicSuffixListData]);
    expect(Object.keys(code).sort()).toEqual(['background', 'options', 'popup']);
    for (const [script, budget] of Object.entries(budgets.gzippedBytes)) {
      expect(
        code[script],
        `${script}.js: ${code[script]} bytes gzipped without the list, budget ${budget}`,
      ).toBeLessThanOrEqual(budget);
    }
  });

  it('ships the Public Suffix List, through tldts, in the background only', async () => {
    const shipped = await gzippedScripts();
    const code = await gzippedScripts([withoutPublicSuffixListData]);
    expect(shipped.background! - code.background!).toBeGreaterThan(30 * 1024);
    expect(shipped.popup).toBe(code.popup);
    expect(shipped.background!).toBeLessThanOrEqual(
      budgets.gzippedBytes.background + budgets.publicSuffixListGzippedBytes,
    );
  });
});
