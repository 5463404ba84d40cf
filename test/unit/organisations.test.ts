import { describe, expect, it } from 'vitest';
import { loadOrganisationLookup } from '../../src/core/knowledge/load.ts';
import { createOrganisationLookup } from '../../src/core/knowledge/organisations.ts';

const organisationOf = await loadOrganisationLookup();

describe('the organisation behind a domain', () => {
  it.each([
    ['data.geopf.fr', 'IGN — Géoplateforme'],
    ['wxs.ign.fr', 'IGN — Géoplateforme'],
    ['tile.openstreetmap.org', 'Fondation OpenStreetMap'],
    ['a.tile.openstreetmap.fr', 'OpenStreetMap France'],
    ['static.opendatasoft.com', 'Opendatasoft (Huwise)'],
    ['www.data.gouv.fr', 'data.gouv.fr (DINUM, Etalab)'],
    ['api.mapbox.com', 'Mapbox'],
    ['fonts.gstatic.com', 'Google'],
    ['maps.googleapis.com', 'Google'],
    ['www.youtube-nocookie.com', 'YouTube (Google)'],
    ['player.vimeo.com', 'Vimeo'],
    ['geo.dailymotion.com', 'Dailymotion'],
    ['cdn.jsdelivr.net', 'jsDelivr'],
    ['cdnjs.cloudflare.com', 'cdnjs (Cloudflare)'],
    ['challenges.cloudflare.com', 'Cloudflare'],
    ['.linkedin.com', 'LinkedIn (Microsoft)'],
  ])('names %s from the project table: %s', (domain, name) => {
    expect(organisationOf(domain)).toEqual({ name, source: 'project' });
  });

  it('falls back to third-party-web for a domain the project does not list', () => {
    expect(organisationOf('static.hotjar.com')).toEqual({ name: 'Hotjar', source: 'project' });
    expect(organisationOf('js.hs-scripts.com')).toEqual({ name: 'Hubspot', source: 'third-party-web' });
    expect(organisationOf('snap.licdn.com')).toEqual({ name: 'LinkedIn (Microsoft)', source: 'project' });
    expect(organisationOf('sdk.privacy-center.org')).toEqual({ name: 'Didomi', source: 'project' });
    expect(organisationOf('connect.facebook.net')?.source).toBe('project');
    expect(organisationOf('cdn.segment.com')).toEqual({ name: 'Segment', source: 'third-party-web' });
  });

  it('does not guess: an unknown domain, an empty one, a look-alike suffix have no organisation', () => {
    expect(organisationOf('tuiles.carto-tiers.fr')).toBeNull();
    expect(organisationOf('')).toBeNull();
    expect(organisationOf('notyoutube.com')).toBeNull();
    expect(organisationOf(`${'a.'.repeat(200)}youtube.com`)).toBeNull();
  });

  it('works from the project table alone when the fallback is not loaded', () => {
    const projectOnly = createOrganisationLookup();
    expect(projectOnly('data.geopf.fr')).toEqual({ name: 'IGN — Géoplateforme', source: 'project' });
    expect(projectOnly('js.hs-scripts.com')).toBeNull();
  });

  it('asks the fallback only when the project table has no answer', () => {
    const asked: string[] = [];
    const lookup = createOrganisationLookup((domain) => {
      asked.push(domain);
      return 'Fallback Inc.';
    });
    expect(lookup('tile.openstreetmap.org')?.source).toBe('project');
    expect(lookup('Example.COM.')).toEqual({ name: 'Fallback Inc.', source: 'third-party-web' });
    expect(asked).toEqual(['example.com']);
  });
});
