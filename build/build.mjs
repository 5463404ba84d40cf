/**
 * Builds the two ready-to-load extensions (dist/chrome, dist/firefox) and the command-line tool (dist/cli).
 * `--only=cli` builds just the command-line tool; `--only=extension` just the extensions.
 */
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { extensionBuildOptions } from './extension-options.mjs';
import { iconPng } from './icons.mjs';
import { manifestFor } from './manifest.mjs';
import { thirdPartyOrganisations } from './third-party-organisations.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const only = process.argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
const browsers = ['chrome', 'firefox'];
const iconSizes = [16, 32, 48, 128];

/** Copied flat into the extension: each page and its stylesheets (what both share comes from ui/). */
const staticFiles = ['popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css', 'ui/ui.css'];
/** The project's knowledge base, written in TypeScript for its types, shipped as data. */
async function projectKnowledgeJson() {
  const bundled = await build({
    absWorkingDir: root,
    entryPoints: ['src/core/knowledge/project/index.ts'],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const { projectVendors } = await import(
    `data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].contents).toString('base64')}`
  );
  return JSON.stringify(projectVendors);
}

/** Knowledge data the background fetches on need (src/adapters/knowledge-data.ts), never bundled. */
const dataFiles = {
  'data/project-knowledge.json': await projectKnowledgeJson(),
  'data/open-cookie-database.json': await readFile(`${root}src/core/knowledge/open-cookie-database.json`, 'utf8'),
  'data/OPEN-COOKIE-DATABASE-LICENSE': await readFile(`${root}src/core/knowledge/OPEN-COOKIE-DATABASE-LICENSE`, 'utf8'),
  'data/third-party-organisations.json': JSON.stringify(thirdPartyOrganisations()),
};

async function buildExtension(browser) {
  const outdir = `${root}dist/${browser}`;
  await rm(outdir, { recursive: true, force: true });
  await build({ ...extensionBuildOptions(), absWorkingDir: root, outdir });
  for (const file of staticFiles) await cp(`${root}${file}`, `${outdir}/${file.split('/').pop()}`);
  await cp(`${root}_locales`, `${outdir}/_locales`, { recursive: true });
  await mkdir(`${outdir}/data`, { recursive: true });
  for (const [path, contents] of Object.entries(dataFiles)) await writeFile(`${outdir}/${path}`, contents);
  await mkdir(`${outdir}/icons`, { recursive: true });
  for (const size of iconSizes) await writeFile(`${outdir}/icons/icon-${size}.png`, iconPng(size));
  const source = JSON.parse(await readFile(`${root}manifest.json`, 'utf8'));
  await writeFile(`${outdir}/manifest.json`, `${JSON.stringify(manifestFor(browser, source), null, 2)}\n`);
}

async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: { charter: 'src/cli/charter.ts', observe: 'src/observatory/cli.ts' },
    // The observatory drives Chromium with playwright-core, taken from node_modules as is (it cannot be bundled).
    external: ['playwright-core'],
    outdir: `${root}dist/cli`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
}

if (only !== 'cli') {
  await Promise.all(browsers.map((browser) => buildExtension(browser)));
}
if (only !== 'extension') await buildCli();
