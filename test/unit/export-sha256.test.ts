import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../src/core/export/file-name.ts';
import { sha256Hex } from '../../src/core/hash/sha256.ts';

describe('SHA-256 of a text', () => {
  it.each([
    ['', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    ['abc', 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'],
    // Its UTF-8 bytes (c3 a9), as `printf é | sha256sum` hashes them.
    ['é', '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c'],
  ])('of %j is %s', async (text, expected) => {
    expect(await sha256Hex(text)).toBe(expected);
  });
});

describe('export file names', () => {
  it('name the host and the moment in Paris time', () => {
    expect(exportFileName('data.montreuil.fr', Date.UTC(2026, 10, 23, 13, 5), 'csv')).toBe(
      'charte-vs-cookies_data.montreuil.fr_2026-11-23-1405.csv',
    );
    // Summer time, and the day after in Paris.
    expect(exportFileName('data.montreuil.fr', Date.UTC(2026, 6, 1, 22, 9), 'html')).toBe(
      'charte-vs-cookies_data.montreuil.fr_2026-07-02-0009.html',
    );
  });

  it('keep only what a host name is made of', () => {
    expect(exportFileName('../x/[::1]', Date.UTC(2026, 0, 1), 'json')).toBe(
      'charte-vs-cookies_.._x____1__2026-01-01-0100.json',
    );
  });
});
