import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path: string) => readFileSync(join(root, path), 'utf8');
const sourceFiles = (folder: string) =>
  readdirSync(join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));

const manifest = JSON.parse(read('manifest.json')) as { permissions?: string[]; host_permissions?: string[]; optional_permissions?: string[] };
/** The first cell of each row of the README's permission table. */
const documented = new Set([...read('README.md').matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]));

describe('project conventions', () => {
  it('asks for no permission that the README does not explain', () => {
    const asked = [...(manifest.permissions ?? []), ...(manifest.host_permissions ?? []), ...(manifest.optional_permissions ?? [])];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((permission) => !documented.has(permission))).toEqual([]);
  });

  it('never inserts text as HTML: text from pages and cookies is untrusted', () => {
    const files = ['popup', 'options', 'src'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(10);
    expect(files.filter((path) => /innerHTML|dangerouslySetInnerHTML|insertAdjacentHTML|document\.write\(/.test(read(path)))).toEqual([]);
  });
});
