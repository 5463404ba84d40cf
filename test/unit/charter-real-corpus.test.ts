// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/core/charter/parse.ts';

/**
 * Every real charter page the project holds: the five French portals copied from the shared data, and the pages
 * found among stored public web pages (test/fixtures/charters/real/, each with its URL and date in sources.json).
 * Each is read exactly as its expected file, written by hand from reading the page, says.
 */
const CHARTERS = fileURLToPath(new URL('../fixtures/charters/', import.meta.url));
const REAL = `${CHARTERS}real/`;
const SHARED_REAL_PAGES = [
  'aix-en-provence.opendatasoft.com.txt',
  'data.montreuil.fr.txt',
  'data.orleans-metropole.fr.txt',
  'dreux-agglomeration-centrevaldeloire.opendatasoft.com.txt',
  'valenciennesmetro.opendatasoft.com.txt',
];

interface Source {
  file: string;
  url: string;
  found: string;
}
const sources: Source[] = JSON.parse(readFileSync(`${REAL}sources.json`, 'utf8'));
const foundPages = readdirSync(REAL).filter((file) => file.endsWith('.txt') || file.endsWith('.html'));
const corpus = [
  ...SHARED_REAL_PAGES.map((file) => `${CHARTERS}${file}`),
  ...foundPages.map((file) => `${REAL}${file}`),
];
const expectedFileOf = (page: string) => page.replace(/\.(?:txt|html)$/, '.expected.json');

describe('the corpus of real charter pages', () => {
  it('holds the twelve pages the README counts, each found page with its URL and the date it was found', () => {
    expect(corpus).toHaveLength(12);
    expect(sources.map((source) => source.file).sort()).toEqual([...foundPages].sort());
    for (const source of sources) {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.found).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it.each(corpus.map((page) => [page.slice(CHARTERS.length), page]))('%s is read exactly', (_name, page) => {
    expect(existsSync(expectedFileOf(page))).toBe(true);
    const expected: unknown = JSON.parse(readFileSync(expectedFileOf(page), 'utf8'));
    expect(parseCharter(readFileSync(page, 'utf8'))).toEqual(expected);
  });
});
