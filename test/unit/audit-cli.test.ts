// @vitest-environment node
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvHeaders } from '../../src/core/export/csv.ts';
import { parseCsv } from '../support/csv.ts';
import { sayInFrench } from '../support/locale-messages.ts';
import { bundleCli, type BundledCli } from '../support/cli-bundle.ts';
import { FIXTURE_COOKIE_VALUES, HAR_FIXTURE, harFixtureText, smallHar } from '../support/har.ts';
import { validate, type Schema } from '../support/json-schema.ts';

const CHARTER = fileURLToPath(new URL('../fixtures/charters/data.montreuil.fr.txt', import.meta.url));
const HAR = fileURLToPath(HAR_FIXTURE);
const schema = JSON.parse(
  readFileSync(new URL('../../src/core/export/evidence.schema.json', import.meta.url), 'utf8'),
) as Schema;
let cli: BundledCli;
const output = (name: string) => join(cli.dir, name);

beforeAll(async () => {
  cli = await bundleCli();
});

afterAll(() => cli.remove());

describe('charter audit of a HAR file', () => {
  it('prints a French summary and writes every export asked for, with no cookie value anywhere', () => {
    const result = cli.run(
      'audit',
      '--charter',
      CHARTER,
      '--har',
      HAR,
      '--csv',
      output('a.csv'),
      '--json',
      output('a.json'),
      '--html',
      output('a.html'),
    );
    expect(result.status).toBe(0);
    const stdout = result.stdout.replace(/\u00a0/g, ' ');
    for (const expected of [
      'Audit HAR de data.montreuil.fr — https://data.montreuil.fr/pages/accueil/',
      'Chrome 131.0.6778.85',
      'Phases : avant tout choix dès 23/11/2026 14:00:00 ; après acceptation dès 23/11/2026 14:00:30',
      '3 cookies non déclarés · 3 lignes déclarées et observées · 1 ligne déclarée non observée · 4 constats',
      'Observés mais non déclarés (3)',
      '  - atuserid — data.montreuil.fr, propriétaire, 25 mois (ramenés à 400 jours par le navigateur), avant tout choix',
      '  - carto_uid — carto-tiers.fr, tiers, 1 an, après acceptation — constats : tiers non déclaré',
      'Déclarés et observés (3)',
      'Déclarés mais non observés (1)',
      '  - cookies_preferences — envoyé à data.montreuil.fr dès 23/11/2026 14:00:30, déclaré',
      'Constats (4)',
    ]) {
      expect(stdout).toContain(expected);
    }
    expect(result.stderr).toContain(`Écrit / Written : ${output('a.html')}`);
    const exports = ['a.csv', 'a.json', 'a.html'].map((name) => readFileSync(output(name), 'utf8'));
    for (const text of [result.stdout, result.stderr, ...exports]) {
      for (const value of FIXTURE_COOKIE_VALUES) expect(text).not.toContain(value);
    }
  });

  it('writes a CSV, a JSON valid against its schema and an HTML report of the same rows', () => {
    cli.run(
      'audit',
      `--charter=${CHARTER}`,
      `--har=${HAR}`,
      `--csv=${output('b.csv')}`,
      `--json=${output('b.json')}`,
      `--html=${output('b.html')}`,
    );
    const [header, ...rows] = parseCsv(readFileSync(output('b.csv'), 'utf8').replace(/^\uFEFF/, ''));
    expect(header).toEqual(csvHeaders(sayInFrench));
    const json = JSON.parse(readFileSync(output('b.json'), 'utf8')) as {
      rows: { name: string; status: string; phase: string }[];
    };
    expect(validate(json, schema)).toEqual([]);
    const column = (title: string) => header!.indexOf(title);
    expect(rows.map((row) => [row[column('Nom')], row[column('Statut')], row[column('Phase')]])).toEqual(
      json.rows.map((row) => [row.name, row.status, row.phase]),
    );
    expect(json.rows.map((row) => row.name)).toEqual([
      'atuserid',
      '_pk_id.1.ab12',
      'carto_uid',
      'sessionid',
      'django_language',
      'csrftoken',
      'cookies_preferences',
    ]);
    const html = readFileSync(output('b.html'), 'utf8');
    for (const row of json.rows) expect(html).toContain(`<code>${row.name}</code>`);
  });

  it('warns when the HAR was saved without its cookies, and of the requests it could not read', () => {
    const sanitized = output('sanitized.har');
    writeFileSync(
      sanitized,
      smallHar([
        { at: '2026-11-23T13:00:00.000Z', url: 'https://data.montreuil.fr/', type: 'document' },
        { at: 'hier', url: 'https://data.montreuil.fr/x' },
      ]),
    );
    const result = cli.run('audit', '--charter', CHARTER, '--har', sanitized);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('aucun en-tête Set-Cookie');
    expect(result.stderr).toContain(
      'Requêtes illisibles (date ou adresse) ignorées : 1 / Unreadable requests (time or URL) skipped: 1',
    );
    expect(result.stdout).toContain('Déclarés mais non observés (4)');
  });

  it.each([
    [['audit'], '--charter et --har sont requis'],
    [['audit', '--har', 'x.har'], '--charter and --har are required'],
    [['audit', '--charter', 'c.txt', '--har'], 'Missing value : --har'],
    [['audit', '--charter', 'c.txt', '--har', 'x.har', '--pdf', 'x.pdf'], 'Unknown argument : --pdf'],
    [['audit', '--charter', 'a', '--charter', 'b', '--har', 'x.har'], 'Repeated option : --charter'],
  ])('fails with 2 and its usage when called with %j', (args, message) => {
    const result = cli.run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage');
  });

  it('fails with 1, in French and English, on a missing or unreadable HAR or charter', () => {
    const notHar = output('not.har');
    writeFileSync(notHar, '{"log": {}}');
    const cases: [string[], string][] = [
      [['--charter', CHARTER, '--har', output('absent.har')], 'Fichier introuvable / File not found'],
      [
        ['--charter', CHARTER, '--har', notHar],
        "Ce fichier n'est pas un HAR (pas de log.entries) / This file is not a HAR",
      ],
      [['--charter', output('absent.txt'), '--har', HAR], 'Fichier introuvable / File not found'],
      [
        [
          '--charter',
          fileURLToPath(new URL('../fixtures/charters/no-cookie-table.html', import.meta.url)),
          '--har',
          HAR,
        ],
        'No cookie table found',
      ],
    ];
    for (const [args, message] of cases) {
      const result = cli.run('audit', ...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(message);
      expect(result.stdout).toBe('');
    }
  });

  it('names the charter file in the exports, never its absolute path', () => {
    cli.run(
      'audit',
      '--charter',
      CHARTER,
      '--har',
      HAR,
      '--json',
      output('named.json'),
      '--html',
      output('named.html'),
    );
    const json = JSON.parse(readFileSync(output('named.json'), 'utf8')) as { charter: { url: string; label: string } };
    expect(json.charter).toMatchObject({ url: 'data.montreuil.fr.txt', label: 'data.montreuil.fr.txt' });
    const directory = dirname(CHARTER);
    for (const name of ['named.json', 'named.html'])
      expect(readFileSync(output(name), 'utf8')).not.toContain(directory);
  });

  it('refuses an export that would overwrite the HAR, the charter or another export, before writing anything', () => {
    const har = output('kept.har');
    writeFileSync(har, harFixtureText());
    for (const args of [
      ['--csv', har],
      ['--json', CHARTER],
      ['--csv', output('same.out'), '--html', output('same.out')],
      ['--html', join(dirname(har), '.', 'kept.har')],
    ]) {
      const result = cli.run('audit', '--charter', CHARTER, '--har', har, ...args);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(
        'Un export écraserait un fichier lu ou un autre export / An export would overwrite an input or another export',
      );
    }
    expect(readFileSync(har, 'utf8')).toBe(harFixtureText());
  });

  it('refuses a HAR file too large for the memory it would need, in French and English, with exit 1 and no stack trace', () => {
    const huge = output('huge.har');
    // Sparse: 64 GB announced, nothing written on disk; the size alone is read.
    writeFileSync(huge, '');
    truncateSync(huge, 64 * 1024 ** 3);
    const result = cli.run('audit', '--charter', CHARTER, '--har', huge);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /^Fichier HAR trop volumineux pour la mémoire disponible : 65536\u00a0Mo, au plus \d+\u00a0Mo ici ; .* \/ HAR file too large for the available memory: 65536 MB, at most \d+ MB here; /,
    );
    expect(result.stderr).not.toMatch(/\n\s+at |heap out of memory|Error:/);
    expect(result.stdout).toBe('');
  });

  it('prints its usage on audit --help', () => {
    const result = cli.run('audit', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('charter audit --charter');
  });
});
