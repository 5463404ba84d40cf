/**
 * The esbuild options of the extension's scripts, shared by build.mjs and the bundle-size test
 * (test/unit/bundle-size.test.ts), so that the sizes checked are the sizes shipped.
 */
export const extensionEntries = {
  background: 'src/background/index.ts',
  // One script, not ES modules split at a dynamic import: a second script fetched before the first paint cost the
  // popup's first view 3 to 5 ms here (13 ms against 17 to 18 ms from the script's start, paired openings, issue 17).
  popup: 'popup/index.tsx',
  options: 'options/index.tsx',
};

/** What every shipped script is built with. */
const sharedOptions = {
  bundle: true,
  format: 'iife',
  target: ['chrome120', 'firefox128'],
  minify: true,
  sourcemap: false,
  // Licences stay in the shipped scripts, gathered at the end of each.
  legalComments: 'eof',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  logLevel: 'warning',
};

/** The options of the extension's scripts; the end-to-end tests and the benches load that same build. */
export function extensionBuildOptions() {
  return { ...sharedOptions, entryPoints: extensionEntries };
}

/**
 * For measuring only, never for shipping: replaces the Public Suffix List that tldts carries (~47 KB gzipped of
 * data) with an empty one, so that a size check can tell the extension's code from that data set.
 */
export const withoutPublicSuffixListData = {
  name: 'without-public-suffix-list-data',
  setup(build) {
    build.onLoad({ filter: /[\\/]tldts[\\/]dist[\\/].*[\\/]data[\\/]trie\.js$/ }, () => ({
      contents: [
        'export const nodeFlags = new Uint8Array(1);',
        'export const edgeStart = new Uint16Array(2);',
        'export const edgeLength = new Uint8Array(0);',
        'export const edgeChild = new Uint16Array(0);',
        'export const labelText = "";',
        'export const rulesRoot = 0;',
        'export const exceptionsRoot = 0;',
      ].join('\n'),
      loader: 'js',
    }));
  },
};
