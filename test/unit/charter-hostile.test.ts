// @vitest-environment node
/**
 * Charter pages the extension does not control: each broken or hostile case gives a charter or a precise reason,
 * never an exception, and says where the charter was finally read.
 */
import { describe, expect, it } from 'vitest';
import { readCharter } from '../../src/core/charter/parse.ts';
import { readPortalCharter, type FetchedPage, type PageFetcher } from '../../src/core/charter/read.ts';
import {
  keepStorable,
  MAX_CHARTER_CHARACTERS,
  MAX_FIELD_LENGTH,
  MAX_KEPT_LINES,
} from '../../src/core/charter/storable.ts';
import { anySha256 } from '../support/any-sha256.ts';

const ORIGIN = 'https://data.ville.example';
const POLICY_URL = `${ORIGIN}/terms/cookies-policy/?flg=fr`;
const NOW = 1_750_000_000_000;
const now = () => NOW;

const page = (url: string, text: string): FetchedPage => ({ ok: true, url, text, contentType: 'text/html' });
/** Answers the policy URL with `answer`, 404 elsewhere. */
const answering =
  (answer: FetchedPage): PageFetcher =>
  async (url) =>
    url === POLICY_URL ? answer : { ok: false, reason: { kind: 'http-error', url, status: 404 } };

const table = (...rows: string[][]) =>
  `<table>${rows.map((cells) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`).join('')}</table>`;
const declaredNames = (html: string) =>
  readCharter(html).declared.map(({ name, provider, purpose, duration }) => ({ name, provider, purpose, duration }));

describe('where the charter was read', () => {
  it('follows a redirect to another site, and says so', async () => {
    const elsewhere = 'https://www.ville.example/cookies';
    const charter = await readPortalCharter(
      ORIGIN,
      answering(page(elsewhere, table(['Nom du cookie', 'Prestataire', 'Finalité'], ['sessionid', 'O', 'F']))),
      now,
    );
    expect(charter.source).toEqual({
      kind: 'portal',
      url: elsewhere,
      readAt: NOW,
      redirectedFrom: POLICY_URL,
      textSha256: anySha256,
    });
  });

  it('does not mention a redirect within the portal', async () => {
    const charter = await readPortalCharter(
      ORIGIN,
      answering(
        page(
          `${ORIGIN}/fr/terms/cookies-policy/`,
          table(['Nom du cookie', 'Prestataire', 'Finalité'], ['sessionid', 'O', 'F']),
        ),
      ),
      now,
    );
    expect(charter.source).toEqual({
      kind: 'portal',
      url: `${ORIGIN}/fr/terms/cookies-policy/`,
      readAt: NOW,
      textSha256: anySha256,
    });
  });

  it('says where a failing redirect led', async () => {
    const charter = await readPortalCharter(
      ORIGIN,
      answering({ ok: false, reason: { kind: 'http-error', url: 'https://autre.example/', status: 500 } }),
      now,
    );
    expect(charter.source).toMatchObject({
      kind: 'standard',
      reason: { kind: 'http-error', url: 'https://autre.example/', status: 500, redirectedFrom: POLICY_URL },
    });
  });

  it('passes a timeout on as such', async () => {
    const charter = await readPortalCharter(
      ORIGIN,
      answering({ ok: false, reason: { kind: 'timeout', url: POLICY_URL, timeoutMs: 10_000 } }),
      now,
    );
    expect(charter.source).toMatchObject({
      kind: 'standard',
      reason: { kind: 'timeout', url: POLICY_URL, timeoutMs: 10_000 },
    });
  });
});

describe('why a page read declares nothing', () => {
  it.each([
    ['no table at all', '<h1>Cookies</h1><p>Ce site utilise des cookies.</p>', { kind: 'no-table' }],
    [
      'a table without a cookie-name column',
      table(['Jeu de données', 'Producteur'], ['Arbres', 'Ville']),
      { kind: 'no-cookie-column', columns: ['Jeu de données', 'Producteur'] },
    ],
    [
      'a table in a language not recognised',
      table(['Nazwa ciasteczka', 'Dostawca', 'Cel'], ['_ga', 'Google', 'x']),
      { kind: 'no-cookie-column', columns: ['Nazwa ciasteczka', 'Dostawca', 'Cel'] },
    ],
    [
      'a cookie table with empty name cells',
      table(['Nom du cookie', 'Prestataire', 'Finalité'], ['', 'Matomo', 'Mesure'], ['&nbsp;', 'x', 'y']),
      { kind: 'empty-table' },
    ],
  ])('%s', async (_case, html, reason) => {
    const charter = await readPortalCharter(ORIGIN, answering(page(POLICY_URL, html)), now);
    expect(charter.source).toMatchObject({ kind: 'standard', reason: { ...reason, url: POLICY_URL } });
  });

  it('shows a few short column titles, whatever the first row holds', async () => {
    const html = table(Array.from({ length: 12 }, (_, index) => `${'colonne '.repeat(20)}${index}`));
    const charter = await readPortalCharter(ORIGIN, answering(page(POLICY_URL, html)), now);
    const reason = charter.source.kind === 'standard' ? charter.source.reason : null;
    expect(reason?.kind === 'no-cookie-column' && reason.columns).toHaveLength(8);
    expect(reason?.kind === 'no-cookie-column' && reason.columns.every((title) => title.length <= 60)).toBe(true);
  });
});

describe('tables as pages write them', () => {
  it('keeps a row with empty cells, with nothing for what is empty', () => {
    expect(declaredNames(table(['Nom du cookie', 'Prestataire', 'Finalité'], ['_ga', '', '  ']))).toEqual([
      { name: '_ga', provider: null, purpose: null, duration: null },
    ]);
  });

  it('reads merged cells into every row and column they cover', () => {
    const html = `<table><tr><th>Prestataire</th><th>Nom du cookie</th><th>Finalité</th></tr>
      <tr><td rowspan="2">Matomo</td><td>_pk_id</td><td rowspan="2" colspan="1">Mesure</td></tr>
      <tr><td>_pk_ses</td></tr></table>`;
    expect(declaredNames(html)).toEqual([
      { name: '_pk_id', provider: 'Matomo', purpose: 'Mesure', duration: null },
      { name: '_pk_ses', provider: 'Matomo', purpose: 'Mesure', duration: null },
    ]);
  });

  it('reads a cookie table nested in a layout table, and not the layout around it', () => {
    const inner = table(['Nom du cookie', 'Prestataire', 'Finalité'], ['sessionid', 'Opendatasoft', 'Session']);
    expect(declaredNames(`<table><tr><td>Menu</td><td>${inner}</td><td>Pied</td></tr></table>`)).toEqual([
      { name: 'sessionid', provider: 'Opendatasoft', purpose: 'Session', duration: null },
    ]);
  });

  it.each([
    [
      'German',
      ['Anbieter', 'Name des Cookies', 'Speicherdauer', 'Zweck'],
      ['Matomo', '_pk_id', '13 Monate', 'Statistik'],
    ],
    [
      'Spanish',
      ['Proveedor', 'Nombre de la cookie', 'Duración', 'Finalidad'],
      ['Matomo', '_pk_id', '13 meses', 'Estadística'],
    ],
    ['Italian', ['Fornitore', 'Nome del cookie', 'Durata', 'Finalità'], ['Matomo', '_pk_id', '13 mesi', 'Statistiche']],
    ['Dutch', ['Aanbieder', 'Cookienaam', 'Bewaartermijn', 'Doel'], ['Matomo', '_pk_id', '13 maanden', 'Statistieken']],
  ])('reads a table titled in %s', (_language, header, row) => {
    expect(declaredNames(table(header, row))).toEqual([
      { name: '_pk_id', provider: 'Matomo', purpose: row[3], duration: row[2] },
    ]);
  });

  it('drops a "name" longer than any cookie a browser keeps', () => {
    expect(
      declaredNames(
        table(['Nom du cookie', 'Prestataire', 'Finalité'], [`a${'b'.repeat(4096)}`, 'O', 'F'], ['ok', 'O', 'F']),
      ).map(({ name }) => name),
    ).toEqual(['ok']);
  });
});

describe('what is kept of a huge charter', () => {
  it('keeps the first lines and counts the rest', async () => {
    const rows = Array.from({ length: MAX_KEPT_LINES + 25 }, (_, index) => [`c${index}`, 'O', 'Mesure d’audience']);
    const charter = await readPortalCharter(
      ORIGIN,
      answering(page(POLICY_URL, table(['Nom du cookie', 'Prestataire', 'Finalité'], ...rows))),
      now,
    );
    expect(charter.declared).toHaveLength(MAX_KEPT_LINES);
    expect(charter.source).toMatchObject({ kind: 'portal', omittedLines: 25 });
  });

  it('cuts each field, the name too, to a storable length, and keeps lines only up to a bounded text in all', async () => {
    const long = 'p'.repeat(5 * MAX_FIELD_LENGTH);
    const rows = Array.from({ length: MAX_KEPT_LINES }, (_, index) => [`c${index}`, long, long]);
    const charter = await readPortalCharter(
      ORIGIN,
      answering(page(POLICY_URL, table(['Nom du cookie', 'Prestataire', 'Finalité'], ...rows))),
      now,
    );
    expect(charter.declared[0]?.purpose).toHaveLength(MAX_FIELD_LENGTH);
    expect(charter.declared[0]?.purpose?.endsWith('…')).toBe(true);
    expect(keepStorable([{ ...charter.declared[0]!, name: long }]).declared[0]?.name).toHaveLength(MAX_FIELD_LENGTH);
    const kept = charter.declared.length;
    expect(kept * 2 * MAX_FIELD_LENGTH).toBeLessThanOrEqual(MAX_CHARTER_CHARACTERS);
    expect(kept).toBeGreaterThan(50);
    expect(charter.source).toMatchObject({ kind: 'portal', omittedLines: MAX_KEPT_LINES - kept });
  });
});
