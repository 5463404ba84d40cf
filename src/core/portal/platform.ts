import { CONSENT_COOKIE_NAME } from '../consent/consent-choice.ts';
import { isKnownOpendatasoftHost, normalizeHost } from './detect.ts';
import type { PortalSettings } from './settings.ts';
import type { Party } from './site.ts';

/**
 * Path prefixes of Opendatasoft's APIs, which every Opendatasoft portal page calls on its own host to show its
 * catalogue and datasets:
 * - `/api/explore/v2.1/` and `/api/explore/v2.0/`: the Explore API, https://help.opendatasoft.com/apis/ods-explore-v2/
 *   (its changelog names the `/api/explore/v2.0/<source>/datasets/…` endpoints);
 * - `/api/v2/catalog/`: the same API's former address ("DOMAIN/api/v2/", crate opendatasoft-explore-api on docs.rs,
 *   and the OpenAPI document public.opendatasoft.com/api/v2/swagger.json);
 * - `/api/records/1.0/` and `/api/datasets/1.0/`: the Search API v1, https://help.opendatasoft.com/apis/ods-search-v1/.
 * No other open-data platform serves these paths: udata answers `/api/1/`, CKAN `/api/3/action/`, Socrata `/resource/` and `/api/views/`.
 */
export const OPENDATASOFT_API_PATHS = [
  '/api/explore/v2.1/',
  '/api/explore/v2.0/',
  '/api/v2/catalog/',
  '/api/records/1.0/',
  '/api/datasets/1.0/',
] as const;

/**
 * The signs of the platform the extension looks for, all seen without a request of its own. The structure of the
 * portal's charter page is not one: reading it takes a request, which the extension makes only once the site is
 * known to run Opendatasoft (a `data.*` site gets none before a sign).
 */
export type PlatformSignKind =
  /** A request from the portal's tab to one of OPENDATASOFT_API_PATHS on the portal's own host (webRequest). */
  | 'api-request'
  /**
   * The portal's own `cookies_preferences` cookie: the consent cookie of Opendatasoft's banner, which the
   * standard charter declares ("Choix concernant vos préférences sur les cookies"), seen by the background as it records cookies.
   */
  | 'consent-cookie';

export const PLATFORM_SIGN_KINDS: readonly PlatformSignKind[] = ['api-request', 'consent-cookie'];

/** A request to an Opendatasoft API seen from the portal's tab: the path prefix it matched, and when. */
export interface ApiRequestSign {
  path: string;
  at: number;
}

/** Whether the extension knows the host runs Opendatasoft, or what it looked for and did not see. */
export type PlatformVerdict =
  | { opendatasoft: true; by: 'known-host' | 'user-choice' | PlatformSignKind }
  | { opendatasoft: false; lookedFor: readonly PlatformSignKind[] };

/** What a portal's record holds of the signs: its host, its recorded cookies and the API request noted, if any. */
export interface PlatformSeen {
  host: string;
  /** Of each recorded cookie, what tells the platform: its name and whether the portal set it itself. */
  cookies: Record<string, { name: string; party: Party }>;
  apiRequestSign?: ApiRequestSign;
}

/** The Opendatasoft API path a request URL starts with, or null. */
export function opendatasoftApiPathOf(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const { pathname } = new URL(url);
  return OPENDATASOFT_API_PATHS.find((path) => pathname.startsWith(path)) ?? null;
}

/**
 * Whether a watched host counts as an Opendatasoft portal. Hosts of the shipped list of known portals and
 * `*.opendatasoft.com` / `*.huwise.com` do; so does a host the user chose to treat as one. Any other watched
 * host (a `data.*` site, a host the user added) does only once the browser showed a sign of the platform.
 */
export function platformVerdict(seen: PlatformSeen, settings: PortalSettings): PlatformVerdict {
  const normalized = normalizeHost(seen.host);
  if (isKnownOpendatasoftHost(normalized)) return { opendatasoft: true, by: 'known-host' };
  if (settings.treatedAsPortalHosts?.includes(normalized)) return { opendatasoft: true, by: 'user-choice' };
  if (seen.apiRequestSign) return { opendatasoft: true, by: 'api-request' };
  if (Object.values(seen.cookies).some((cookie) => cookie.name === CONSENT_COOKIE_NAME && cookie.party === 'first')) {
    return { opendatasoft: true, by: 'consent-cookie' };
  }
  return { opendatasoft: false, lookedFor: PLATFORM_SIGN_KINDS };
}
