// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCharter } from '../../src/core/charter/parse.ts';
import { standardCharter, standardCharters, templateOfColumns } from '../../src/core/charter/standard/index.ts';

const fixture = (path: string) => readFileSync(new URL(`../fixtures/charters/${path}`, import.meta.url), 'utf8');

describe('the standard Opendatasoft charters the extension ships', () => {
  it('ships the older template as the valenciennesmetro charter declares it, without durations', () => {
    expect(standardCharters.older.declared).toEqual(parseCharter(fixture('valenciennesmetro.opendatasoft.com.txt')));
    expect(standardCharters.older.declared.every((line) => line.duration === null)).toBe(true);
  });

  it("ships the newer template as Opendatasoft's policy on info-financiere.gouv.fr declares it, with its durations", () => {
    expect(standardCharters.newer.declared).toEqual(parseCharter(fixture('real/info-financiere.gouv.fr.txt')));
    expect(standardCharters.newer.declared.map((line) => [line.name, line.duration])).toEqual([
      ['sessionid', '2 weeks by default'],
      ['csrftoken', 'Token randomly reset between two requests or two sessions. Up to 12 months'],
      ['cookies_preferences', '6 months'],
      ['django_language', '12 months'],
    ]);
  });

  it('tells the template from column titles, in French and in English', () => {
    expect(templateOfColumns(['Nom du fournisseur', 'Nom du cookie', 'Durée', 'Fonction'])).toBe('newer');
    expect(templateOfColumns(['Supplier name', 'Cookie name', 'Duration', 'Function'])).toBe('newer');
    expect(templateOfColumns(['Nom du prestataire', 'Service et emplacement', 'Nom du cookies', 'Finalités'])).toBe(
      'older',
    );
    expect(templateOfColumns(["Service provider's name", 'Function and location', 'Cookie name(s)', 'Purposes'])).toBe(
      'older',
    );
    expect(templateOfColumns(['Commune', 'Population'])).toBeNull();
  });

  it("stands in the portal's own template when it is known, else the newer one, and says which", () => {
    const notRead = { kind: 'not-read-yet' } as const;
    expect(standardCharter(notRead, 1)).toEqual({
      declared: standardCharters.newer.declared,
      source: { kind: 'standard', reason: notRead, readAt: 1, template: 'newer' },
    });
    expect(standardCharter(notRead, 1, 'older')).toEqual({
      declared: standardCharters.older.declared,
      source: { kind: 'standard', reason: notRead, readAt: 1, template: 'older', templateFromPortal: true },
    });
  });
});
