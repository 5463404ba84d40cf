import { domainMatches, siteOf } from '../portal/site.ts';
import type { CookieObservation } from './types.ts';

/**
 * Whether a cookie the browser reports belongs to what a portal sets: it is sent to the portal's host,
 * or it lives in the portal's partition (a third-party cookie of an embed, keyed by the portal's site).
 */
export function cookieConcernsPortal(
  cookie: Pick<CookieObservation, 'domain' | 'hostOnly' | 'partitionKey'>,
  portalHost: string,
): boolean {
  if (cookie.partitionKey !== null) return cookie.partitionKey === siteOf(new URL(`https://${portalHost}`));
  return cookie.hostOnly ? cookie.domain === portalHost : domainMatches(portalHost, cookie.domain);
}
