// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const FIXTURES = fileURLToPath(new URL('../fixtures/charters/', import.meta.url));
let bundleDir = '';
let cli = '';

/** Bundles the CLI the way the build does, then runs it as a user would. */
beforeAll(async () => {
  bundleDir = mkdtempSync(join(tmpdir(), 'charter-cli-'));
  cli = join(bundleDir, 'charter.js');
  await build({
    entryPoints: [fileURLToPath(new URL('../../src/cli/charter.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: cli,
    logLevel: 'silent',
  });
});

afterAll(() => rmSync(bundleDir, { recursive: true, force: true }));

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('charter command line', () => {
  it('prints the declared cookies of a file as JSON', () => {
    const result = run(`${FIXTURES}data.montreuil.fr.txt`);
    expect(result.status).toBe(0);
    const declared: unknown = JSON.parse(result.stdout);
    expect(declared).toHaveLength(4);
    expect(Object.keys((declared as object[])[0] ?? {})).toEqual(['name', 'match', 'provider', 'service', 'purpose', 'duration', 'category']);
  });

  it('fails with 1 on a missing file, in French and English', () => {
    const result = run(`${FIXTURES}absent.html`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Fichier introuvable / File not found');
    expect(result.stdout).toBe('');
  });

  it('fails with 1 on a page without a cookie table', () => {
    const result = run(`${FIXTURES}no-cookie-table.html`);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('No cookie table found');
  });

  it.each([[[]], [['a', 'b']], [['https://[']]])('fails with 2 and prints its usage when called with %j', (args) => {
    const result = run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('Usage');
  });

  it('prints its usage on --help', () => {
    const result = run('--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Usage');
  });
});
