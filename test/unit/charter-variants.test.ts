// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readHeaderRow } from '../../src/core/charter/columns.ts';
import { parseCookieNames } from '../../src/core/charter/names.ts';
import { parseCharter, readCharter } from '../../src/core/charter/parse.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import { compareCookies } from '../../src/core/compare.ts';
import { evidenceRows } from '../../src/core/export/evidence-rows.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { sayInFrench } from '../support/locale-messages.ts';

const table = (...rows: string[][]) =>
  `<table>${rows.map((row) => `<tr>${row.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
const namesOf = (html: string) =>
  parseCharter(html).map(({ name, match }) => `${name}${match === 'prefix' ? '*' : ''}`);

describe('column titles read by meaning', () => {
  it.each([
    [
      'older English template',
      ["Service provider's name", 'Function and location', 'Cookie name(s)', 'Purposes'],
      { provider: 0, service: 1, name: 2, purpose: 3 },
    ],
    [
      'curly apostrophe',
      ['Service provider’s name', 'Cookie name(s)', 'Purposes'],
      { provider: 0, name: 1, purpose: 2 },
    ],
    [
      '"name of the …" and colons',
      ['Name of the provider :', 'Name of the cookie :', 'Purpose :'],
      { provider: 0, name: 1, purpose: 2 },
    ],
    [
      'French older template',
      ['NOM DU PRESTATAIRE', 'Service et emplacement', 'Nom du cookies', 'Finalité(s)'],
      { provider: 0, service: 1, name: 2, purpose: 3 },
    ],
    [
      'French newer template',
      ['Nom du fournisseur', 'Nom du cookie', 'Durée', 'Fonction'],
      { provider: 0, name: 1, duration: 2, purpose: 3 },
    ],
    [
      'German',
      ['Anbieter', 'Name des Cookies', 'Speicherdauer', 'Zweck'],
      { provider: 0, name: 1, duration: 2, purpose: 3 },
    ],
    [
      'Spanish',
      ['Proveedor', 'Nombre de la cookie', 'Duración', 'Finalidad'],
      { provider: 0, name: 1, duration: 2, purpose: 3 },
    ],
    [
      'Italian',
      ['Fornitore', 'Nome del cookie', 'Scadenza', 'Finalità'],
      { provider: 0, name: 1, duration: 2, purpose: 3 },
    ],
    ['Dutch', ['Aanbieder', 'Cookienaam', 'Bewaartermijn', 'Doel'], { provider: 0, name: 1, duration: 2, purpose: 3 }],
    [
      'bilingual',
      ['Prestataire / Provider', 'Nom du cookie / Cookie name', 'Finalités / Purposes'],
      { provider: 0, name: 1, purpose: 2 },
    ],
    ['two columns', ['Cookie', 'Finalité'], { name: 0, purpose: 1 }],
    [
      'five columns with a type',
      ['Nom du cookie', 'Type', 'Fournisseur', 'Finalité', 'Durée de conservation'],
      { name: 0, provider: 2, purpose: 3, duration: 4 },
    ],
  ])('%s', (_case, cells, columns) => {
    expect(readHeaderRow(cells)).toEqual(columns);
  });

  it('takes no row of data for a header', () => {
    expect(
      readHeaderRow([
        'Opendatasoft',
        'Choix concernant vos préférences sur les cookies',
        'cookies_preferences',
        'Se souvenir du choix',
      ]),
    ).toBeNull();
    expect(readHeaderRow(['Opendatasoft', 'sessionid', '2 semaines', 'Authentification'])).toBeNull();
    expect(readHeaderRow(['Nom du cookie'])).toBeNull();
  });

  it.each([
    [
      '2 columns',
      [
        ['Cookie', 'Purpose'],
        ['_ga', 'Audience'],
      ],
      [{ name: '_ga', provider: null, purpose: 'Audience', duration: null }],
    ],
    [
      '3 columns, no service',
      [
        ['Supplier', 'Cookie name', 'Function'],
        ['Matomo', '_pk_id', 'Audience'],
      ],
      [{ name: '_pk_id', provider: 'Matomo', purpose: 'Audience', duration: null }],
    ],
    [
      '4 columns',
      [
        ['Nom du fournisseur', 'Nom du cookie', 'Durée', 'Fonction'],
        ['Matomo', '_pk_id', '13 mois', 'Audience'],
      ],
      [{ name: '_pk_id', provider: 'Matomo', purpose: 'Audience', duration: '13 mois' }],
    ],
    [
      '5 columns, an extra retention and type',
      [
        ['Type', 'Provider', 'Cookie', 'Retention', 'Purpose'],
        ['Analytics', 'Google', '_ga', '13 months', 'Audience'],
      ],
      [{ name: '_ga', provider: 'Google', purpose: 'Audience', duration: '13 months' }],
    ],
  ])('reads a table of %s', (_case, rows, expected) => {
    expect(
      parseCharter(table(...rows)).map(({ name, provider, purpose, duration }) => ({
        name,
        provider,
        purpose,
        duration,
      })),
    ).toEqual(expected);
  });
});

describe('a table whose titles are not understood', () => {
  const untitled = table(
    ['Nazwa ciasteczka', 'Dostawca', 'Cel przetwarzania'],
    ['_ga', 'Google', 'Mierzy ruch na stronie'],
    ['sessionid', 'Opendatasoft', 'Utrzymuje sesję użytkownika'],
    ['_pk_id.*', 'Matomo', 'Mierzy ruch na stronie'],
  );

  it('finds the cookie-name column from its cells, reads the table and says the titles were guessed', () => {
    const reading = readCharter(`<h2>Cookies analytiques</h2>${untitled}`);
    expect(reading.columnsGuessed).toBe(true);
    expect(reading.declared.map(({ name, match, purpose, category }) => ({ name, match, purpose, category }))).toEqual([
      { name: '_ga', match: 'exact', purpose: 'Mierzy ruch na stronie', category: 'Cookies analytiques' },
      { name: 'sessionid', match: 'exact', purpose: 'Utrzymuje sesję użytkownika', category: 'Cookies analytiques' },
      { name: '_pk_id.', match: 'prefix', purpose: 'Mierzy ruch na stronie', category: 'Cookies analytiques' },
    ]);
  });

  it('guesses nothing from a table of something else, nor from a single row', () => {
    const datasets = table(
      ['Jeu de données', 'Producteur', 'Mise à jour'],
      ['Arbres', 'Ville de Montreuil', '2025-03-02'],
      ['Parkings vélos', 'Est Ensemble', '2025-02-11'],
    );
    expect(readCharter(datasets)).toMatchObject({ declared: [], columnsGuessed: false });
    expect(readCharter(table(['Nazwa', 'Cel'], ['_ga', 'Ruch']))).toMatchObject({
      declared: [],
      columnsGuessed: false,
    });
    // Outside a cookie section, a table of lower-case words is files, not cookies.
    const files = table(
      ['Plik', 'Rozmiar opisu'],
      ['csv', 'plik tekstowy z danymi'],
      ['json', 'plik z danymi w formacie'],
      ['geojson', 'plik z geometrią danych'],
    );
    expect(readCharter(`<h2>Pobieranie</h2>${files}`)).toMatchObject({ declared: [], columnsGuessed: false });
    expect(readCharter(`<h2>Pliki cookie</h2>${files}`).declared.map(({ name }) => name)).toEqual([
      'csv',
      'json',
      'geojson',
    ]);
  });
});

describe('the category comes from what labels the section', () => {
  const header = ['Nom du fournisseur', 'Nom du cookie', 'Durée', 'Fonction'];
  const categoryOf = (before: string) =>
    parseCharter(`${before}${table(header, ['X', 'a', '1 an', 'Y'])}`)[0]?.category;

  it.each([
    [
      'a bold lead-in, English',
      '<p><strong>Strictly necessary cookies:</strong> These cookies are necessary to ensure access.</p>',
      'Strictly necessary cookies',
    ],
    [
      'a bold lead-in, French, colon outside the bold',
      '<p><b>Cookies strictement nécessaires</b>\u00a0: Ces cookies sont nécessaires.</p>',
      'Cookies strictement nécessaires',
    ],
    ['a list item', '<ul><li>Cookies tiers</li></ul>', 'Cookies tiers'],
    ['a heading', '<h3>Analytics and stats</h3>', 'Analytics and stats'],
    ['nothing: no label', '', null],
  ])('%s', (_case, before, category) => {
    expect(categoryOf(before)).toBe(category);
  });

  it('a lead-in line of a text page', () => {
    const text =
      "Cookies de mesure d'audience : ces cookies mesurent la fréquentation du portail.\nNom du cookie\tFinalité\n_pk_id\tAudience";
    expect(parseCharter(text)[0]?.category).toBe("Cookies de mesure d'audience");
  });

  it('never an introduction sentence or question', () => {
    const introduction =
      '<h2>What cookies are used on the platform</h2><p>Opendatasoft uses different types of cookies:</p><h2>Quels cookies sont utilisés sur la plateforme ?</h2><p>Il existe plusieurs types de cookies :</p><h1>Cookies policy</h1>';
    expect(categoryOf(introduction)).toBeNull();
    expect(categoryOf(`<h3>Cookies tiers</h3>${introduction}`)).toBe('Cookies tiers');
    expect(
      parseCharter(
        `<table><caption>Cookies fonctionnels</caption>${table(header, ['X', 'a', '1 an', 'Y']).slice('<table>'.length)}`,
      )[0]?.category,
    ).toBe('Cookies fonctionnels');
  });

  it('reads no label from a list inside a cell', () => {
    expect(
      categoryOf(
        `<h3>Cookies tiers</h3>${table(['Nom du cookie', 'Finalité'], ['<ul><li>cookies_preferences</li></ul>', 'Choix'])}`,
      ),
    ).toBe('Cookies tiers');
  });
});

describe('cookie names as charters write them', () => {
  it.each([
    ['_ga; _gid', ['_ga', '_gid']],
    ['_ga, _gid', ['_ga', '_gid']],
    ['_ga/_gid', ['_ga', '_gid']],
    ['_ga / _gid', ['_ga', '_gid']],
    ['_ga\n_gid', ['_ga', '_gid']],
    ['_hjSessionUser et _hjid', ['_hjSessionUser', '_hjid']],
    ['_hjSessionUser and _hjid', ['_hjSessionUser', '_hjid']],
    ['Tout cookie commençant par _pk_', ['_pk_*']],
    ['Any cookie starting with “_hs”', ['_hs*']],
    ['_ga_*', ['_ga_*']],
    ['_pk_id.*', ['_pk_id.*']],
    ['_hjSessionUser_{site_id}', ['_hjSessionUser_*']],
    ['_ga_<ID>', ['_ga_*']],
    ['«\u00a0sessionid\u00a0»', ['sessionid']],
    ['„csrftoken“', ['csrftoken']],
    ['‘django_language’', ['django_language']],
    ['"cookies_preferences"', ['cookies_preferences']],
  ])('%j', (cell, expected) => {
    expect(parseCookieNames(cell).map(({ name, match }) => `${name}${match === 'prefix' ? '*' : ''}`)).toEqual(
      expected,
    );
  });

  it('reads them in a table cell, with <br> between names', () => {
    expect(
      namesOf(
        table(
          ['Nom du cookie', 'Finalité'],
          ['_pk_id.*<br>_pk_ses.*', 'Audience'],
          ['_hjSessionUser_{site_id}', 'Audience'],
        ),
      ),
    ).toEqual(['_pk_id.*', '_pk_ses.*', '_hjSessionUser_*']);
  });
});

describe('near matches', () => {
  const line = (name: string, match: DeclaredCookie['match'] = 'exact'): DeclaredCookie => ({
    name,
    match,
    provider: 'Matomo',
    service: null,
    purpose: 'Audience',
    duration: '30 minutes',
    category: null,
  });
  const cookie = (name: string) => keptCookie(name, 0);

  it('an observed cookie a declared exact name begins stays undeclared, and says which line it is close to', () => {
    const comparison = compareCookies(
      [cookie('_pk_ses.3.ffff'), cookie('_ga')],
      [line('_pk_ses'), line('_pk_id.', 'prefix')],
    );
    expect(comparison.undeclared.map(({ name }) => name)).toEqual(['_pk_ses.3.ffff', '_ga']);
    expect(comparison.nearLines).toEqual({ '_pk_ses.3.ffff': '_pk_ses' });
  });

  it('the exports say it too', () => {
    const comparison = compareCookies([cookie('_pk_ses.3.ffff')], [line('_pk_ses')]);
    const rows = evidenceRows({ comparison, findings: [], audit: null, knowledge: () => null, say: sayInFrench });
    expect(rows[0]).toMatchObject({
      name: '_pk_ses.3.ffff',
      status: 'non déclaré',
      lifetimeGap: 'proche de la ligne «\u00a0_pk_ses\u00a0»',
    });
  });
});
