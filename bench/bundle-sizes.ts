/** What `npm run build` wrote: each script of both extensions, raw and gzipped, and the data loaded on need. */
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { extensionBuildOptions, extensionEntries, withoutPublicSuffixListData } from '../build/extension-options.mjs';
import { budgets } from './budgets.ts';
import { formatBytes } from './measure.ts';
import type { BenchRow } from './report.ts';

const distDir = new URL('../dist/', import.meta.url);

/** One script, raw and gzipped. */
function sizeRow(browser: string, file: string, budget?: number): BenchRow {
  const contents = readFileSync(new URL(`${browser}/${file}`, distDir));
  const rawBytes = contents.length;
  const gzipBytes = gzipSync(contents, { level: 9 }).length;
  return {
    group: 'bundle',
    name: `${browser}/${file}`,
    result: `${formatBytes(rawBytes)} raw, ${formatBytes(gzipBytes)} gzipped`,
    figures: { rawBytes, gzipBytes },
    ...(budget === undefined ? {} : { budget: { limit: `${formatBytes(budget)} gzipped`, met: gzipBytes <= budget } }),
  };
}

/** The background's own code: the shipped script less the Public Suffix List that tldts carries (budgets.ts says why). */
async function backgroundCodeRow(): Promise<BenchRow> {
  const result = await build({
    ...extensionBuildOptions(),
    entryPoints: { background: extensionEntries.background },
    absWorkingDir: fileURLToPath(new URL('../', import.meta.url)),
    outdir: fileURLToPath(new URL('size-check/', distDir)),
    write: false,
    plugins: [withoutPublicSuffixListData],
  });
  const contents = result.outputFiles[0]!.contents;
  const gzipBytes = gzipSync(contents, { level: 9 }).length;
  const budget = budgets.gzippedBytes.background;
  return {
    group: 'bundle',
    name: 'background.js code, without the Public Suffix List data of tldts',
    result: `${formatBytes(contents.length)} raw, ${formatBytes(gzipBytes)} gzipped`,
    figures: { rawBytes: contents.length, gzipBytes },
    budget: { limit: `${formatBytes(budget)} gzipped`, met: gzipBytes <= budget },
  };
}

export async function benchBundleSizes(): Promise<BenchRow[]> {
  const shipped = ['chrome', 'firefox'].flatMap((browser) => {
    const scripts = readdirSync(new URL(`${browser}/`, distDir))
      .filter((file) => file.endsWith('.js'))
      .sort();
    return scripts.map((file) => sizeRow(browser, file, file === 'popup.js' ? budgets.gzippedBytes.popup : undefined));
  });
  return [...shipped, await backgroundCodeRow()];
}
