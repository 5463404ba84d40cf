/**
 * Runs the TypeScript benchmark (bench/main.ts) in Node with no separate compile step: esbuild bundles it into
 * dist/bench/, packages left external. Each bundled file keeps its own import.meta.url (its source location),
 * so the paths it derives from it (fixtures, dist/, the e2e harness's repository root) stay right.
 */
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}dist/bench/main.mjs`;

const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.(?:tsx?|mjs)$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replaceAll('import.meta.url', JSON.stringify(pathToFileURL(path).href)),
      loader: path.endsWith('.mjs') ? 'js' : path.endsWith('.tsx') ? 'tsx' : 'ts',
    }));
  },
};

// A child started to time one hostile input (bench/charter-parsing.ts) runs the bundle its parent just built.
const isChild = process.argv.some((arg) => arg.startsWith('--time-hostile-input='));
if (!isChild)
  await build({
    absWorkingDir: root,
    entryPoints: ['bench/main.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    plugins: [ownImportMetaUrl],
    logLevel: 'warning',
  });
await import(pathToFileURL(outfile).href);
