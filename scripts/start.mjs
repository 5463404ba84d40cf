#!/usr/bin/env node
/**
 * `npm start`: the offline demo. Builds the extension, starts the local Opendatasoft-like portal (test/portal/)
 * under the real portal hostnames, and opens a browser with the extension on https://data.montreuil.fr/.
 *
 *   npm start                              Firefox ESR (web-ext run), local portal
 *   npm run start:chromium                 Chromium, local portal
 *   npm start -- --url https://data.montreuil.fr   a real portal instead (needs internet; no local mapping)
 *   --firefox=PATH / --chromium=PATH       other browser binaries
 *
 * Firefox reaches the local portal through a PAC proxy and accepts its certificate through the profile's
 * cert_override.txt; Chromium through --host-resolver-rules and --ignore-certificate-errors.
 */
import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const options = parseOptions(process.argv.slice(2));
const cleanups = [];

try {
  await run(process.execPath, [`${root}build/build.mjs`], 'build');
  const portal = options.url ? null : await startLocalPortal();
  const startUrl = options.url ?? 'https://data.montreuil.fr/';
  const browser =
    options.browser === 'chromium' ? await openChromium(portal, startUrl) : await openFirefox(portal, startUrl);
  printInstructions(portal, startUrl);
  const stop = () => browser.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  const code = await new Promise((resolve) => browser.once('exit', (exitCode) => resolve(exitCode ?? 0)));
  console.log(`\nNavigateur fermé / browser closed (${code}).`);
} catch (error) {
  console.error(`\nÉchec du démarrage / start failed: ${error instanceof Error ? error.message : error}`);
  process.exitCode = 1;
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => undefined);
}

/** @param {string[]} argv */
function parseOptions(argv) {
  /** @type {{ browser: 'firefox' | 'chromium', url: string | null, firefox: string, chromium: string }} */
  const parsed = { browser: 'firefox', url: null, firefox: '/usr/bin/firefox-esr', chromium: '/usr/bin/chromium' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--browser') parsed.browser = value() === 'chromium' ? 'chromium' : 'firefox';
    else if (flag === '--url') parsed.url = new URL(value()).href;
    else if (flag === '--firefox') parsed.firefox = value();
    else if (flag === '--chromium') parsed.chromium = value();
    else if (flag === '--help' || flag === '-h') {
      console.log(readHelp());
      process.exit(0);
    } else throw new Error(`Option inconnue / unknown option: ${argv[i]} (--help)`);
  }
  return parsed;
}

function readHelp() {
  return `Usage: npm start [-- --browser=chromium] [-- --url https://portail.exemple.fr/]
  --browser=firefox|chromium   navigateur / browser (défaut / default: firefox)
  --url URL                    ouvrir un vrai portail, sans portail local / open a real portal, no local portal
  --firefox=PATH --chromium=PATH`;
}

/** Runs a command to completion, its output shown. */
function run(command, args, what) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${what} exited with ${code}`))));
  });
}

/** The portal is TypeScript (test/portal/): bundled for Node by esbuild, its charters copied beside the bundle. */
async function startLocalPortal() {
  const outdir = `${root}dist/demo-portal`;
  await rm(outdir, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: ['test/portal/index.ts'],
    outfile: `${outdir}/portal.mjs`,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
  });
  await cp(`${root}test/portal/charters`, `${outdir}/charters`, { recursive: true });
  const module = await import(pathToFileURL(`${outdir}/portal.mjs`).href);
  const portal = await module.startPortal({
    onRequest: (request) => {
      if (request.path.startsWith('/static/') || request.path === '/favicon.ico') return;
      console.log(`  [portail] ${request.status} ${request.scheme}://${request.host}${request.path}`);
    },
  });
  cleanups.push(() => portal.close());
  return { ...portal, module };
}

async function tempDir(prefix) {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** Firefox ESR through web-ext run, in a fresh profile that trusts the local portal's certificate. */
async function openFirefox(portal, startUrl) {
  const profile = await tempDir('charte-demo-firefox-');
  const prefs = { 'intl.locale.requested': 'fr,en-US' };
  if (portal) {
    await writeFile(
      join(profile, 'cert_override.txt'),
      portal.module.firefoxCertOverride(portal.certificate, portal.hosts),
    );
    Object.assign(prefs, portal.module.firefoxProxyPrefs(portal.httpPort));
  }
  const args = [
    `${root}node_modules/web-ext/bin/web-ext.js`,
    'run',
    '--source-dir',
    `${root}dist/firefox`,
    '--firefox',
    options.firefox,
    '--firefox-profile',
    profile,
    '--keep-profile-changes',
    '--start-url',
    startUrl,
    '--no-input',
    ...Object.entries(prefs).map(([name, value]) => `--pref=${name}=${value}`),
  ];
  return spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
}

/** Chromium, not headless, in a fresh profile, the portal hostnames resolved to the local portal. */
async function openChromium(portal, startUrl) {
  const profile = await tempDir('charte-demo-chromium-');
  const extension = `${root}dist/chrome`;
  const args = [
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-quic',
    '--lang=fr',
    `--disable-extensions-except=${extension}`,
    `--load-extension=${extension}`,
  ];
  if (portal) {
    // The map tiles' cookie is a third-party cookie: allowed in this demo profile, as in most users' browsers.
    await mkdir(join(profile, 'Default'), { recursive: true });
    await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0 } }));
    args.push(
      `--host-resolver-rules=${portal.module.chromiumHostResolverRules(portal)}`,
      '--ignore-certificate-errors',
      '--test-type',
    );
  }
  if (process.getuid?.() === 0) args.push('--no-sandbox');
  args.push(startUrl);
  return spawn(options.chromium, args, {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, LANGUAGE: 'fr' },
  });
}

function printInstructions(portal, startUrl) {
  const others = portal
    ? portal.module.portalHosts.filter((host) => !startUrl.includes(host)).map((host) => `https://${host}/`)
    : [];
  console.log(`
────────────────────────────────────────────────────────────────────────
 Charte vs cookies — démo ${portal ? 'hors ligne / offline demo' : '/ demo'} (${options.browser === 'chromium' ? 'Chromium' : 'Firefox ESR'})
────────────────────────────────────────────────────────────────────────
 Page ouverte / opened: ${startUrl}${portal ? '   (portail local / local portal)' : ''}
${others.length ? ` Autres portails locaux / other local portals:\n${others.map((url) => `   ${url}`).join('\n')}\n` : ''}
 1. Répondez au bandeau cookies (« Tout accepter » / « Tout refuser »).
    Answer the cookie banner.
 2. Cliquez l'icône « Charte vs cookies » dans la barre d'outils (menu
    Extensions, pièce de puzzle, pour l'épingler) : cookies déclarés par la
    charte, observés, et non déclarés ; le badge compte les non déclarés.
    Click the "Charte vs cookies" toolbar icon (pin it from the Extensions
    menu): declared, observed and undeclared cookies; the badge counts the
    undeclared ones.
 3. Ctrl+C ici pour tout arrêter / Ctrl+C here to stop.
────────────────────────────────────────────────────────────────────────
`);
}
