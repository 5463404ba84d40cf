/**
 * `npm run package`: the two store zips, and the source archive Firefox's add-on reviewers ask for when the shipped
 * code is bundled and minified (https://extensionworkshop.com/documentation/publish/source-code-submission/):
 *   dist/packages/charte-vs-cookies-chrome-<version>.zip, …-firefox-<version>.zip (web-ext build),
 *   dist/packages/charte-vs-cookies-source-<version>.zip: the repository at HEAD (git archive) with SOURCE.md,
 *   the build steps, the tool versions, the bundled libraries and the SHA-256 of every shipped file.
 * Before writing the archive, the extension is built again from that very archive in a temporary folder, and every
 * file must come out identical to the one in the Firefox zip. Nothing is downloaded.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const packagesDir = join(root, 'dist/packages');
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const webExt = join(root, 'node_modules/.bin/web-ext');
const { name, version, dependencies } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const lock = JSON.parse(await readFile(join(root, 'package-lock.json'), 'utf8'));

/** The archive is HEAD: a tracked file changed and not committed would make the shipped zips differ from it. */
function requireCleanCheckout() {
  const changed = run('git', ['status', '--porcelain', '--untracked-files=no']).trim();
  if (changed)
    throw new Error(`Commit first: the source archive is the last commit, and these files differ from it:\n${changed}`);
}

/** SHA-256 of every file under `dir`, by path relative to it, sorted. */
async function fileHashes(dir) {
  const hashes = new Map();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    hashes.set(
      relative(dir, path),
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex'),
    );
  }
  return new Map([...hashes].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** Builds the Firefox extension from the archived tree in a temporary folder and compares it, file by file. */
async function checkRebuildFromArchive(expected) {
  const tree = await mkdtemp(join(tmpdir(), `${name}-source-`));
  try {
    execFileSync('sh', ['-c', `git archive --format=tar HEAD | tar -x -C '${tree}'`], { cwd: root, stdio: 'inherit' });
    // The same lock file as HEAD's (the checkout is clean): the installed packages are the ones `npm ci` would install.
    await symlink(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    run(process.execPath, ['build/build.mjs', '--only=extension'], tree);
    const rebuilt = await fileHashes(join(tree, 'dist/firefox'));
    const differing = [...new Set([...expected.keys(), ...rebuilt.keys()])].filter(
      (file) => expected.get(file) !== rebuilt.get(file),
    );
    if (differing.length > 0)
      throw new Error(
        `Built from the source archive, these files differ from the shipped ones: ${differing.join(', ')}`,
      );
  } finally {
    await rm(tree, { recursive: true, force: true });
  }
}

function sourceNotes({ commit, hashes }) {
  const bundled = Object.keys(dependencies)
    .map(
      (dependency) =>
        `- ${dependency} ${lock.packages[`node_modules/${dependency}`].version} — https://www.npmjs.com/package/${dependency}`,
    )
    .join('\n');
  return `# Charte vs cookies ${version} — source for add-on reviewers

Source of the Firefox add-on \`charte-vs-cookies-firefox-${version}.zip\`, commit \`${commit}\`.
(Source de l'extension, avec les étapes qui reconstruisent exactement le zip publié.)

## Build it

Tested on Debian 12 (x86-64) with Node.js ${process.versions.node} and npm ${run('npm', ['--version']).trim()}; any
Linux or macOS with Node.js 20 or later should give the same files.

\`\`\`sh
npm ci                    # installs the exact versions of package-lock.json
npm run build-for-amo     # = node build/build.mjs --only=extension
\`\`\`

\`dist/firefox/\` then holds the files of the zip, byte for byte (SHA-256 below). \`npm run package\` checks this
before writing this archive: it builds the extension from the archive in an empty folder and compares every file.

## What the build does (build/build.mjs)

- esbuild bundles and minifies three entry points written in TypeScript: \`src/background/index.ts\` (background),
  \`popup/index.tsx\` (popup, Preact),
  \`options/index.tsx\` (options page); no code is generated or downloaded.
- It copies \`popup/popup.html\`, \`popup/popup.css\`, \`options/options.html\`, \`options/options.css\`, \`ui/ui.css\` and \`_locales/\`.
- It writes the data files the background reads (\`data/\`): the project's knowledge base, bundled from
  \`src/core/knowledge/project/\`; the Open Cookie Database (\`src/core/knowledge/open-cookie-database.json\`,
  Apache-2.0, licence copied beside it); the organisation of third-party domains, from the npm package third-party-web.
- It draws the icons (\`build/icons.mjs\`) and derives Firefox's manifest from \`manifest.json\` (\`build/manifest.mjs\`).

## Third-party libraries bundled

${bundled}

## SHA-256 of the shipped files

| File | SHA-256 |
|---|---|
${[...hashes].map(([file, hash]) => `| \`${file}\` | \`${hash}\` |`).join('\n')}
`;
}

requireCleanCheckout();
run(process.execPath, ['build/build.mjs']);
for (const browser of ['chrome', 'firefox']) {
  run(webExt, [
    'build',
    '--source-dir',
    `dist/${browser}`,
    '--artifacts-dir',
    'dist/packages',
    '--filename',
    `${name}-${browser}-{version}.zip`,
    '--overwrite-dest',
  ]);
}
const hashes = await fileHashes(join(root, 'dist/firefox'));
await checkRebuildFromArchive(hashes);

const notesDir = await mkdtemp(join(tmpdir(), `${name}-notes-`));
try {
  const commit = run('git', ['rev-parse', 'HEAD']).trim();
  await writeFile(join(notesDir, 'SOURCE.md'), sourceNotes({ commit, hashes }));
  const archive = join(packagesDir, `${name}-source-${version}.zip`);
  run('git', [
    'archive',
    '--format=zip',
    `--prefix=${name}-${version}/`,
    `--add-file=${join(notesDir, 'SOURCE.md')}`,
    '-o',
    archive,
    'HEAD',
  ]);
  console.log(
    `${relative(root, archive)}: the source at ${commit.slice(0, 12)} with SOURCE.md (rebuilt from it: identical to the Firefox zip)`,
  );
} finally {
  await rm(notesDir, { recursive: true, force: true });
}
