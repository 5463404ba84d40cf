// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/core/charter/parse.ts';

const OLDER_HEADER =
  '<tr><th>Nom du prestataire</th><th>Service et emplacement</th><th>Nom du cookie</th><th>Finalités</th></tr>';
const MEGABYTE = 1024 * 1024;

/** Bytes 0–255 repeated, read as text: control characters, lone tabs, "<", "&" and the like. */
function binaryLikeText(length: number): string {
  let text = '';
  for (let index = 0; index < length; index++) text += String.fromCharCode((index * 7919) % 256);
  return text;
}

describe('parseCharter on garbage', () => {
  it.each([
    ['empty', ''],
    ['whitespace', ' \n\t\r\u00a0'],
    ['unclosed tags', '<html><body><table><tr><td>Nom du cookie<td><b><i><table><tr><th>'],
    ['an unclosed comment', `<table>${OLDER_HEADER}<!-- <tr><td>O</td><td>S</td><td>x</td><td>F</td></tr>`],
    ['an unclosed attribute', '<table><tr><td rowspan="2>Nom du cookie</td></tr></table>'],
    ['a header alone', `<table>${OLDER_HEADER}</table>`],
    ['rows without any header', '<table><tr><td>O</td><td>S</td><td>sessionid</td><td>F</td></tr></table>'],
    ['stray table tags', '</table></tr></td><td>x</td><tr></table>'],
    ['a tab-only text', '\t\t\t\n\t\n'],
    ['markdown pipes only', '|\n||\n|||\n| | |'],
    ['binary-like text', binaryLikeText(100_000)],
  ])('gives nothing for %s', (_label, content) => {
    expect(parseCharter(content)).toEqual([]);
  });

  it('caps absurd spans instead of building a huge grid', () => {
    const html = `<table>${OLDER_HEADER}<tr><td colspan="99999999" rowspan="-4">x</td><td rowspan="1e9">y</td></tr><tr></tr><tr><td></td></tr></table>`;
    // The first cell fills every column the grid allows, the cookie name column included.
    expect(parseCharter(html).map(({ name, purpose }) => ({ name, purpose }))).toEqual([{ name: 'x', purpose: 'x' }]);
  });

  it('reads the rows of a table that is never closed', () => {
    const html = `<table>${OLDER_HEADER}<tr><td>Opendatasoft</td><td>S</td><td>sessionid</td><td>F`;
    expect(parseCharter(html).map(({ name }) => name)).toEqual(['sessionid']);
  });

  // How fast such pages are read is measured by `npm run bench` (group hostile), not asserted here.
  it('survives 1 MB of <table><tr>', () => {
    const html = '<table><tr>'.repeat(Math.ceil(MEGABYTE / 11));
    expect(parseCharter(html)).toEqual([]);
  });

  it('survives 1 MB of one-cell rows after a header, and reads them', () => {
    const row = '<tr><td>O</td><td>S</td><td>c</td><td>F</td></tr>';
    const html = `<table>${OLDER_HEADER}${row.repeat(Math.ceil(MEGABYTE / row.length))}</table>`;
    expect(parseCharter(html).length).toBe(Math.ceil(MEGABYTE / row.length));
  });

  it('reads every row of a page whose rows all differ, then repeat, then differ again', () => {
    const row = (name: string) => `<tr><td>O</td><td>S</td><td>${name}</td><td>F</td></tr>`;
    const names = [
      ...Array.from({ length: 1500 }, (_, index) => `different_${index}`),
      ...Array.from({ length: 1500 }, () => 'again'),
      ...Array.from({ length: 1500 }, (_, index) => `after_${index}`),
    ];
    const html = `<table>${OLDER_HEADER}${names.map(row).join('')}</table>`;
    expect(parseCharter(html).map(({ name }) => name)).toEqual(names);
  });

  it('survives a 1 MB cookie-name cell and 1 MB lines of text', () => {
    const hugeCell = `<table>${OLDER_HEADER}<tr><td>O</td><td>S</td><td>${'startstart'.repeat(MEGABYTE / 10)} x;${'"'.repeat(MEGABYTE)}y"</td><td>F</td></tr></table>`;
    expect(() => parseCharter(hugeCell)).not.toThrow();
    expect(() =>
      parseCharter(`${'\t'.repeat(MEGABYTE)}\n${'|'.repeat(MEGABYTE)}\n${'a '.repeat(MEGABYTE / 2)}`),
    ).not.toThrow();
  });
});
