// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleCli, type BundledCli } from '../support/cli-bundle.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/charters/', import.meta.url));
let cli: BundledCli;

beforeAll(async () => {
  cli = await bundleCli();
});

afterAll(() => cli.remove());

const run = (...args: string[]) => cli.run(...args);

describe('charter command line', () => {
  it('prints the declared cookies of a file as JSON', () => {
    const result = run(`${FIXTURES}data.montreuil.fr.txt`);
    expect(result.status).toBe(0);
    const declared: unknown = JSON.parse(result.stdout);
    expect(declared).toHaveLength(4);
    expect(Object.keys((declared as object[])[0] ?? {})).toEqual([
      'name',
      'match',
      'provider',
      'service',
      'purpose',
      'duration',
      'category',
    ]);
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
