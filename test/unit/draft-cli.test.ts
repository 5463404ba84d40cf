// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/core/charter/parse.ts';
import { bundleCli, type BundledCli } from '../support/cli-bundle.ts';
import { FIXTURE_COOKIE_VALUES, HAR_FIXTURE } from '../support/har.ts';

const CHARTER = fileURLToPath(new URL('../fixtures/charters/data.montreuil.fr.txt', import.meta.url));
const HAR = fileURLToPath(HAR_FIXTURE);
let cli: BundledCli;
const output = (name: string) => join(cli.dir, name);
/** Intl separates a number from its unit with a no-break space. */
const plain = (text: string) => text.replace(/\u00a0|\u202f/g, ' ');

beforeAll(async () => {
  cli = await bundleCli();
});

afterAll(() => cli.remove());

describe('charter draft from a HAR file', () => {
  it('prints the corrected charter as text and writes it in Markdown and HTML, with no cookie value anywhere', () => {
    const result = cli.run(
      'draft',
      '--charter',
      CHARTER,
      '--har',
      HAR,
      '--md',
      output('projet.md'),
      '--html',
      output('projet.html'),
    );
    expect(result.status).toBe(0);
    const stdout = plain(result.stdout);
    for (const expected of [
      'Projet de charte — à relire',
      'Portail : data.montreuil.fr',
      'Charte actuelle : data.montreuil.fr.txt, lue le ',
      'Audit : visite enregistrée dans le fichier HAR data.montreuil.fr.har (9 requêtes), du 23/11/2026 14:00 au 23/11/2026 14:01',
      "Opendatasoft\tAuthentification (front et back office)\tsessionid\t\tSe souvenir de l'utilisateur d'une page à une autre.",
      "AT Internet (Piano)\tMesure d'audience — data.montreuil.fr\tatuserid\t25 mois (ramenés à 400 jours par le navigateur)\t",
      "Matomo\tMesure d'audience — data.montreuil.fr\t_pk_id.*\t13 mois\t",
      'À compléter (déposé par carto-tiers.fr)\tÀ compléter — carto-tiers.fr\tcarto_uid\t1 an\tFinalité à compléter',
      '    Déposé par la réponse à https://tuiles.carto-tiers.fr/tiles/14/8304/5636.png.',
      // Sent in the requests only: used, but who set it and for how long the file does not say.
      '- Vu seulement dans les requêtes — durée à vérifier : cookies_preferences',
      '    Ligne gardée telle quelle : le cookie est bien utilisé ; sa durée est à vérifier dans le navigateur.',
    ]) {
      expect(stdout).toContain(expected);
    }
    expect(result.stderr).toContain(`Écrit / Written : ${output('projet.html')}`);
    const files = ['projet.md', 'projet.html'].map((name) => readFileSync(output(name), 'utf8'));
    for (const text of [result.stdout, result.stderr, ...files]) {
      for (const value of FIXTURE_COOKIE_VALUES) expect(text).not.toContain(value);
    }
    const montreuil = parseCharter(readFileSync(CHARTER, 'utf8'));
    for (const file of files) {
      const declared = parseCharter(file);
      for (const line of montreuil) expect(declared).toContainEqual(line);
      expect(
        declared
          .filter((line) => !montreuil.some((kept) => kept.name === line.name))
          .map(({ name, match }) => `${match}:${name}`),
      ).toEqual(['exact:atuserid', 'prefix:_pk_id.', 'exact:carto_uid']);
    }
  });

  it.each([
    [['draft', '--charter', CHARTER], '--charter et --har sont requis'],
    [['draft', '--charter', CHARTER, '--har', HAR, '--csv', 'x.csv'], 'Argument inconnu / Unknown argument : --csv'],
    [['draft', '--charter', CHARTER, '--har', HAR, '--md', HAR], 'Un export écraserait un fichier lu'],
  ])('fails with 2 and its usage when called with %j', (args, message) => {
    const result = cli.run(...args);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain(
      'charter draft --charter <fichier ou URL> --har <fichier.har> [--md projet.md] [--html projet.html]',
    );
  });

  it('prints its usage on draft --help', () => {
    const result = cli.run('draft', '--help');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('draft : propose la charte corrigée');
  });
});
