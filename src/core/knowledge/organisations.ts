import type { OrganisationLookup } from './types.ts';

/**
 * The organisations behind the third-party domains French open-data portals use most, by domain (a domain covers
 * its subdomains; the longest listed domain wins, so "cdnjs.cloudflare.com" is cdnjs, not Cloudflare).
 */
const projectOrganisations: Record<string, readonly string[]> = {
  'Opendatasoft (Huwise)': ['opendatasoft.com', 'opendatasoft.net', 'huwise.com'],
  'IGN — Géoplateforme': ['geopf.fr', 'ign.fr', 'geoportail.gouv.fr'],
  'Fondation OpenStreetMap': ['openstreetmap.org'],
  'OpenStreetMap France': ['openstreetmap.fr'],
  'data.gouv.fr (DINUM, Etalab)': ['data.gouv.fr'],
  'Etalab (DINUM)': ['etalab.gouv.fr', 'etalab.studio'],
  Mapbox: ['mapbox.com'],
  Google: [
    'google.com',
    'google.fr',
    'googleapis.com',
    'gstatic.com',
    'googletagmanager.com',
    'google-analytics.com',
    'doubleclick.net',
    'recaptcha.net',
  ],
  'YouTube (Google)': ['youtube.com', 'youtube-nocookie.com', 'ytimg.com'],
  Vimeo: ['vimeo.com', 'vimeocdn.com'],
  Dailymotion: ['dailymotion.com', 'dmcdn.net', 'dmxleo.com'],
  jsDelivr: ['jsdelivr.net'],
  'cdnjs (Cloudflare)': ['cdnjs.cloudflare.com'],
  unpkg: ['unpkg.com'],
  Cloudflare: ['cloudflare.com'],
  'Matomo (InnoCraft)': ['matomo.cloud'],
  'Piano (AT Internet)': ['xiti.com', 'ati-host.net', 'at-o.net', 'piano.io'],
  'Eulerian Technologies': ['eulerian.net', 'eulerian.com'],
  Wysistat: ['wysistat.com', 'wysistat.net'],
  Hotjar: ['hotjar.com', 'hotjar.io'],
  Microsoft: ['clarity.ms', 'bing.com', 'microsoft.com'],
  'Meta (Facebook)': ['facebook.com', 'facebook.net', 'instagram.com'],
  'LinkedIn (Microsoft)': ['linkedin.com', 'licdn.com'],
  'X (Twitter)': ['x.com', 'twitter.com', 'twimg.com'],
  Axeptio: ['axept.io', 'axeptio.eu'],
  Didomi: ['privacy-center.org', 'didomi.io'],
};

const organisationByDomain = new Map(
  Object.entries(projectOrganisations).flatMap(([name, domains]) => domains.map((domain) => [domain, name] as const)),
);

/** The organisation a table names for a domain or its nearest listed parent. */
function organisationIn(table: ReadonlyMap<string, string>, domain: string): string | null {
  for (let candidate = domain; candidate.includes('.'); candidate = candidate.slice(candidate.indexOf('.') + 1)) {
    const name = table.get(candidate);
    if (name) return name;
  }
  return null;
}

/**
 * A fallback from the third-party-web package's entities, as the build ships them (domain → organisation,
 * build/third-party-organisations.mjs): the package's data without its code, so that it can be fetched on need.
 */
export function thirdPartyWebFallback(organisationsByDomain: Readonly<Record<string, string>>): OrganisationFallback {
  const table = new Map(Object.entries(organisationsByDomain));
  return (domain) => organisationIn(table, domain);
}

/** What a fallback source (the third-party-web package) tells of a domain's organisation, or null. */
export type OrganisationFallback = (domain: string) => string | null;

/**
 * The organisation behind a domain: the project's table first, then the fallback, so that the heavy fallback data
 * is the caller's to load (see load.ts) and a lookup works without it.
 */
export function createOrganisationLookup(fallback: OrganisationFallback | null = null): OrganisationLookup {
  return (domain) => {
    const normalized = domain
      .trim()
      .toLowerCase()
      .replace(/^\.+|\.+$/g, '');
    // 253 characters is the longest host name DNS allows: anything longer is not a domain.
    if (normalized === '' || normalized.length > 253) return null;
    const projectName = organisationIn(organisationByDomain, normalized);
    if (projectName) return { name: projectName, source: 'project' };
    const fallbackName = fallback?.(normalized) ?? null;
    return fallbackName ? { name: fallbackName, source: 'third-party-web' } : null;
  };
}
