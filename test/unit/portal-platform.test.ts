// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { opendatasoftApiPathOf, platformVerdict } from '../../src/core/portal/platform.ts';
import { defaultPortalSettings, withHostTreatedAsPortal } from '../../src/core/portal/settings.ts';
import { keptCookie } from '../support/kept-cookie.ts';

const nothingSeen = (host: string) => ({ host, cookies: {} });

describe('requests that show a site runs Opendatasoft', () => {
  it.each([
    ['https://data.example.fr/api/explore/v2.1/catalog/datasets?limit=10', '/api/explore/v2.1/'],
    ['https://data.example.fr/api/explore/v2.0/catalog/datasets', '/api/explore/v2.0/'],
    ['https://data.example.fr/api/v2/catalog/datasets/arbres/records', '/api/v2/catalog/'],
    ['https://data.example.fr/api/records/1.0/search/?dataset=arbres', '/api/records/1.0/'],
    ['https://data.example.fr/api/datasets/1.0/search/', '/api/datasets/1.0/'],
  ])('%s', (url, path) => {
    expect(opendatasoftApiPathOf(url)).toBe(path);
  });

  it.each([
    ['udata (data.gouv.fr)', 'https://www.data.gouv.fr/api/1/datasets/?page_size=20'],
    ['CKAN (data.gov.uk)', 'https://data.gov.uk/api/3/action/package_search?q=trees'],
    ['Socrata (data.cityofnewyork.us)', 'https://data.cityofnewyork.us/resource/erm2-nwe9.json'],
    ['Socrata views', 'https://data.cityofnewyork.us/api/views/metadata/v1'],
    ['a path merely mentioning the API', 'https://data.example.fr/pages/api/explore/v2.1/'],
    ['not a URL', 'nope'],
  ])('not %s', (_case, url) => {
    expect(opendatasoftApiPathOf(url)).toBeNull();
  });
});

describe('whether a watched host counts as an Opendatasoft portal', () => {
  it('does from its name alone when it is a known portal or on Opendatasoft’s domains', () => {
    expect(platformVerdict(nothingSeen('data.montreuil.fr'), defaultPortalSettings)).toEqual({
      opendatasoft: true,
      by: 'known-host',
    });
    expect(platformVerdict(nothingSeen('ville.opendatasoft.com'), defaultPortalSettings)).toEqual({
      opendatasoft: true,
      by: 'known-host',
    });
  });

  it('does not for a data.* site or a host the user added, until a sign shows, and says what it looked for', () => {
    for (const host of ['data.gouv.fr', 'data.gov.uk', 'data.cityofnewyork.us', 'opendata.example.org']) {
      expect(platformVerdict(nothingSeen(host), { addedHosts: ['opendata.example.org'], removedHosts: [] })).toEqual({
        opendatasoft: false,
        lookedFor: ['api-request', 'consent-cookie'],
      });
    }
  });

  it('does once its page called an Opendatasoft API, or once it set the Opendatasoft consent cookie itself', () => {
    const apiRequestSign = { path: '/api/explore/v2.1/', at: 1 };
    expect(platformVerdict({ host: 'data.ville.example', cookies: {}, apiRequestSign }, defaultPortalSettings)).toEqual(
      { opendatasoft: true, by: 'api-request' },
    );
    const consent = keptCookie('cookies_preferences', 1, { domain: 'data.ville.example' });
    expect(platformVerdict({ host: 'data.ville.example', cookies: { a: consent } }, defaultPortalSettings)).toEqual({
      opendatasoft: true,
      by: 'consent-cookie',
    });
    const thirdPartyConsent = keptCookie('cookies_preferences', 1, { domain: 'autre.example', party: 'third' });
    expect(
      platformVerdict({ host: 'data.ville.example', cookies: { a: thirdPartyConsent } }, defaultPortalSettings)
        .opendatasoft,
    ).toBe(false);
  });

  it('does when the user chose to treat it as one', () => {
    const settings = withHostTreatedAsPortal(defaultPortalSettings, 'data.gouv.fr');
    expect(platformVerdict(nothingSeen('data.gouv.fr'), settings)).toEqual({ opendatasoft: true, by: 'user-choice' });
  });
});
