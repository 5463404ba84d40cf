import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cyclesOf, importEdges, importsOf, sourceFilesUnder } from '../support/import-graph.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const edges = importEdges(root, ['src', 'popup', 'options', 'ui']);

/** The package a bare specifier names: `tldts`, `@scope/name`, `third-party-web` of `third-party-web/file.js`. */
const packageOf = (specifier: string) => specifier.split('/', specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * The unit a folder-level cycle is counted between: each folder of the core (with its sub-folders) or file at its
 * root, each other folder of src/, the popup, the options page and what they share (ui/).
 */
function moduleOf(file: string): string {
  const parts = file.split('/');
  if (parts[0] === 'src' && parts[1] === 'core') return parts.length > 3 ? parts.slice(0, 3).join('/') : file;
  return parts[0] === 'src' ? parts.slice(0, 2).join('/') : parts[0]!;
}

/** Uses of the `browser` or `chrome` global in a source, comments left out (`evidence.browser.name` is no use). */
function browserGlobalsIn(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return [...withoutComments.matchAll(/(?<![\w$.])(?:globalThis\s*\.\s*)?(browser|chrome)\s*\??\.\s*\w+/g)].map(
    (match) => match[0],
  );
}

describe('the import graph', () => {
  it('reads every form of import: named, type-only, re-export, side effect, dynamic', () => {
    const source = [
      "import { a } from './a.ts';",
      "import type { B } from '../b.ts';",
      "export { c } from './c.ts';",
      "import './d.css';",
      "const e = await import('./e.ts');",
      'import {\n  f,\n  type G,\n} from "./f.ts";',
    ].join('\n');
    expect(importsOf(source)).toEqual(['./a.ts', '../b.ts', './c.ts', './d.css', './e.ts', './f.ts']);
  });

  it('finds a cycle through several files and a file importing itself, and none in a tree', () => {
    const edge = (from: string, to: string) => ({ from, to });
    expect(cyclesOf([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd'), edge('e', 'e')])).toEqual([
      ['a', 'b', 'c'],
      ['e'],
    ]);
    expect(cyclesOf([edge('a', 'b'), edge('a', 'c'), edge('b', 'c')])).toEqual([]);
  });

  it('sees the whole extension: every source file imports or is imported', () => {
    const files = sourceFilesUnder(root, ['src', 'popup', 'options', 'ui']);
    expect(files.length).toBeGreaterThan(100);
    const linked = new Set(edges.flatMap(({ from, to }) => [from, to]));
    expect(files.filter((file) => !linked.has(file))).toEqual([]);
  });
});

describe('the layout', () => {
  it('has no import cycle between files', () => {
    expect(cyclesOf(edges)).toEqual([]);
  });

  it('has no import cycle between folders (the core folder by folder)', () => {
    const between = edges
      .map(({ from, to }) => ({ from: moduleOf(from), to: moduleOf(to) }))
      .filter(({ from, to }) => from !== to);
    expect(cyclesOf(between)).toEqual([]);
  });

  it('keeps the core pure: no browser API, nothing from outside src/core but its libraries', () => {
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      dependencies: Record<string, string>;
    };
    // The browser's API and the user interface's library are for the shells, never the core.
    const coreLibraries = new Set(
      Object.keys(dependencies).filter((name) => name !== 'webextension-polyfill' && name !== 'preact'),
    );
    const coreFiles = sourceFilesUnder(root, ['src/core']);
    expect(coreFiles.length).toBeGreaterThan(80);
    const leaks = coreFiles.flatMap((file) => {
      const source = readFileSync(join(root, file), 'utf8');
      const outside = importsOf(source).filter((specifier) =>
        specifier.startsWith('.')
          ? !join(dirname(file), specifier).startsWith('src/core/')
          : !coreLibraries.has(packageOf(specifier)),
      );
      return [...outside, ...browserGlobalsIn(source)].map((leak) => `${file}: ${leak}`);
    });
    expect(leaks).toEqual([]);
  });

  it('keeps the options page apart from the popup: it imports, links and loads nothing of popup/ (what both use is in ui/)', () => {
    const fromOptions = edges.filter(({ from, to }) => from.startsWith('options/') && !to.startsWith('options/'));
    expect(fromOptions.length).toBeGreaterThan(0);
    expect(fromOptions.filter(({ to }) => to.startsWith('popup/'))).toEqual([]);
    // The build copies each page's files flat: a name the options page loads must be its own bundle or a file of options/ or ui/.
    const loaded = [
      ...readFileSync(join(root, 'options/options.html'), 'utf8').matchAll(/(?:href|src)="([^"]+)"/g),
    ].map((match) => match[1]!);
    expect(loaded).toContain('ui.css');
    expect(
      loaded.filter(
        (name) =>
          name !== 'options.js' && !existsSync(join(root, 'options', name)) && !existsSync(join(root, 'ui', name)),
      ),
    ).toEqual([]);
  });

  it('reaches the browser only through src/adapters/: no other file uses its globals or imports its polyfill', () => {
    const shells = sourceFilesUnder(root, ['src', 'popup', 'options', 'ui']).filter(
      (file) => !file.startsWith('src/adapters/'),
    );
    expect(shells.length).toBeGreaterThan(150);
    const leaks = shells.flatMap((file) => {
      const source = readFileSync(join(root, file), 'utf8');
      const polyfill = importsOf(source).filter((specifier) => packageOf(specifier) === 'webextension-polyfill');
      return [...polyfill, ...browserGlobalsIn(source)].map((leak) => `${file}: ${leak}`);
    });
    expect(leaks).toEqual([]);
  });
});
