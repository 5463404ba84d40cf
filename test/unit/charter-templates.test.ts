// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { charterTemplates } from '../../src/core/charter/templates/index.ts';
import { newerTemplate } from '../../src/core/charter/templates/newer.ts';
import { olderTemplate } from '../../src/core/charter/templates/older.ts';

describe('olderTemplate.readHeader', () => {
  it.each([
    [['Nom du prestataire', 'Service et emplacement', 'Nom du cookies', 'Finalités']],
    [['NOM DU PRESTATAIRE', 'service  et\u00a0emplacement', 'Nom du cookie', 'Finalite']],
    [['Nom du prestataire :', 'Service et emplacement', 'Nom du cookie(s)', 'Finalité(s)']],
    [['Provider name', 'Service and location', 'Cookie name', 'Purpose(s)']],
    [['Provider name', 'Service and location', 'Cookie name', 'Purposes']],
  ])('recognises %j', (cells) => {
    expect(olderTemplate.readHeader(cells)).toEqual({ provider: 0, service: 1, name: 2, purpose: 3 });
  });

  it('maps columns by their titles, whatever their order', () => {
    expect(olderTemplate.readHeader(['Finalités', 'Nom du cookie', 'Nom du prestataire', 'Service et emplacement'])).toEqual({
      purpose: 0,
      name: 1,
      provider: 2,
      service: 3,
    });
  });

  it('accepts a header lacking one column, but never the cookie name', () => {
    expect(olderTemplate.readHeader(['Nom du prestataire', 'Nom du cookie', 'Finalités'])).toEqual({ provider: 0, name: 1, purpose: 2 });
    expect(olderTemplate.readHeader(['Nom du prestataire', 'Service et emplacement', 'Finalités'])).toBeNull();
    expect(olderTemplate.readHeader(['Nom du cookie', 'Finalités'])).toBeNull();
  });

  it('reads bilingual titles', () => {
    expect(olderTemplate.readHeader(['Prestataire / Provider', 'Service', 'Nom du cookie / Cookie name', 'Finalités / Purposes'])).toEqual({
      provider: 0,
      service: 1,
      name: 2,
      purpose: 3,
    });
  });
});

describe('newerTemplate.readHeader', () => {
  it.each([
    [['Nom du fournisseur', 'Nom du cookie', 'Durée', 'Fonction']],
    [['Nom du\u00a0fournisseur', ' nom du COOKIE ', 'DURÉE', 'Fonctions']],
    [['Supplier name', 'Cookie name', 'Duration', 'Function']],
  ])('recognises %j', (cells) => {
    expect(newerTemplate.readHeader(cells)).toEqual({ provider: 0, name: 1, duration: 2, purpose: 3 });
  });

  it('rejects the older header and rows of data', () => {
    expect(newerTemplate.readHeader(['Nom du prestataire', 'Service et emplacement', 'Nom du cookies', 'Finalités'])).toBeNull();
    expect(newerTemplate.readHeader(['Opendatasoft', 'sessionid', '2 semaines', 'Authentification'])).toBeNull();
  });
});

describe('charterTemplates', () => {
  it('lists every template once, each with its own id', () => {
    const ids = charterTemplates.map((template) => template.id);
    expect(ids).toContain('older');
    expect(ids).toContain('newer');
    expect(new Set(ids).size).toBe(ids.length);
  });
});
