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

const manifest = JSON.parse(read('manifest.json')) as {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string };
};
/** The first cell of each row of the README's permission table. */
const documented = new Set([...read('README.md').matchAll(/^\| `([^`]+)`/gm)].map((match) => match[1]));

describe('project conventions', () => {
  it('asks for no permission that the README does not explain', () => {
    const asked = [
      ...(manifest.permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.filter((permission) => !documented.has(permission))).toEqual([]);
  });

  it('links only to the extension itself or to an address checked to be http(s), never to javascript: or data:', () => {
    const links = ['popup', 'options', 'ui'].flatMap(sourceFiles).flatMap((path) =>
      [...read(path).matchAll(/href=\{\s*([^}]+)\}/g)].map((match) => ({
        path,
        value: match[1]!.trim(),
        source: read(path),
      })),
    );
    expect(links.length).toBeGreaterThan(0);
    const unchecked = links.filter(
      ({ value, source }) => !value.startsWith('runtime.extensionPageUrl(') && !source.includes(`isWebUrl(${value})`),
    );
    expect(unchecked.map(({ path, value }) => `${path}: href={${value}}`)).toEqual([]);
  });

  it('keeps a strict content security policy on the extension pages', () => {
    const directives = new Map(
      (manifest.content_security_policy?.extension_pages ?? '').split(';').map((directive) => {
        const [name = '', ...sources] = directive.trim().split(/\s+/);
        return [name, sources] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    // Nothing by default: each kind of resource the pages use is granted by its own directive, and only that.
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'"]);
    expect([...directives.keys()].sort()).toEqual([
      'base-uri',
      'connect-src',
      'default-src',
      'form-action',
      'frame-ancestors',
      'img-src',
      'object-src',
      'script-src',
      'style-src',
    ]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    // The background shares this policy (Chrome's service worker, Firefox's background page) and its charter fetch
    // needs http(s): the only sources from outside, for the one request the extension makes.
    // 'self': the knowledge data files the background reads from the extension itself.
    expect(directives.get('connect-src')).toEqual(["'self'", 'https:', 'http:']);
    for (const sources of directives.values())
      expect(sources.filter((source) => /unsafe|\*|data:.*script/.test(source))).toEqual([]);
  });
});
