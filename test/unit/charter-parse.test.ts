// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/core/charter/parse.ts';

const FIXTURES = fileURLToPath(new URL('../fixtures/charters/', import.meta.url));
const CHARTER_PAGE = /\.(?:txt|html)$/;
const charterPages = readdirSync(FIXTURES).filter((file) => CHARTER_PAGE.test(file));
const expectedFileOf = (page: string): string => `${FIXTURES}${page.replace(CHARTER_PAGE, '.expected.json')}`;

describe('parseCharter on every charter fixture', () => {
  it('finds fixtures, both text and HTML', () => {
    expect(charterPages.some((file) => file.endsWith('.txt'))).toBe(true);
    expect(charterPages.some((file) => file.endsWith('.html'))).toBe(true);
  });

  it('has an expected file beside every fixture', () => {
    expect(charterPages.filter((page) => !existsSync(expectedFileOf(page)))).toEqual([]);
  });

  it.each(charterPages)('%s gives its expected declared cookies', (page) => {
    const expected: unknown = JSON.parse(readFileSync(expectedFileOf(page), 'utf8'));
    expect(parseCharter(readFileSync(`${FIXTURES}${page}`, 'utf8'))).toEqual(expected);
  });
});

describe('parseCharter format detection', () => {
  it('reads a text page holding <https://…> links as text', () => {
    const text =
      'Cookies tiers\n<https://portail.example>\nNom du prestataire\tService et emplacement\tNom du cookie\tFinalités\nHotjar\tAnalyse\t_hjid\tMesurer';
    expect(parseCharter(text)).toEqual([
      {
        name: '_hjid',
        match: 'exact',
        provider: 'Hotjar',
        service: 'Analyse',
        purpose: 'Mesurer',
        duration: null,
        category: 'Cookies tiers',
      },
    ]);
  });

  it('reads an HTML fragment without <html> as HTML', () => {
    const html =
      '<table><tr><td>Nom du fournisseur</td><td>Nom du cookie</td><td>Durée</td><td>Fonction</td></tr><tr><td>Matomo</td><td>_pk_id.*</td><td>13 mois</td><td>Statistiques</td></tr></table>';
    expect(parseCharter(html)).toEqual([
      {
        name: '_pk_id.',
        match: 'prefix',
        provider: 'Matomo',
        service: null,
        purpose: 'Statistiques',
        duration: '13 mois',
        category: null,
      },
    ]);
  });
});

describe('parseCharter categories', () => {
  const header = '<tr><th>Nom du fournisseur</th><th>Nom du cookie</th><th>Durée</th><th>Fonction</th></tr>';
  const row = (name: string): string => `<tr><td>X</td><td>${name}</td><td>1 an</td><td>Y</td></tr>`;
  const categoriesOf = (html: string) => parseCharter(html).map(({ name, category }) => ({ name, category }));

  it('takes the nearest cookie-section heading, skipping headings that are not sections', () => {
    const html = `<h2>Cookies   de\nmesure d'audience</h2><h3>Matomo</h3><table>${header}${row('a')}</table>`;
    expect(categoriesOf(html)).toEqual([{ name: 'a', category: "Cookies de mesure d'audience" }]);
  });

  it('takes a bold paragraph, a caption and a full-width row between rows as headings', () => {
    const html = `<p><strong>Cookies fonctionnels</strong></p><table>${header}${row('a')}</table>
      <table><caption>Traceurs publicitaires</caption>${header}${row('b')}<tr><td colspan="4">Cookies tiers</td></tr>${row('c')}</table>`;
    expect(categoriesOf(html)).toEqual([
      { name: 'a', category: 'Cookies fonctionnels' },
      { name: 'b', category: 'Traceurs publicitaires' },
      { name: 'c', category: 'Cookies tiers' },
    ]);
  });

  it('does not take a paragraph mixing bold and plain text as a heading', () => {
    const html = `<h2>Cookies nécessaires</h2><p><b>Note :</b> ces cookies sont déposés par défaut.</p><table>${header}${row('a')}</table>`;
    expect(categoriesOf(html)).toEqual([{ name: 'a', category: 'Cookies nécessaires' }]);
  });
});
