import { getDomain, getPublicSuffix } from 'tldts';
import { normalizeHost } from './detect.ts';

const withPrivateDomains = { allowPrivateDomains: true };

/**
 * The registrable domain ("eTLD+1") of a host, from the Public Suffix List (private section included, as browsers
 * read it for cookies) through tldts; the host itself for an IP address, localhost or a bare public suffix.
 */
export function registrableDomain(host: string): string {
  const normalized = normalizeHost(host);
  return getDomain(normalized, withPrivateDomains) ?? normalized;
}

/** A Domain a cookie may not be set for (".fr", "github.io"), unless it is the host itself. */
export function isPublicSuffix(domain: string): boolean {
  const normalized = normalizeHost(domain);
  return (
    getDomain(normalized, withPrivateDomains) === null && getPublicSuffix(normalized, withPrivateDomains) === normalized
  );
}

/** scheme://registrable-domain of a URL: what keys a partitioned cookie. */
export function siteOf(url: URL): string {
  return `${url.protocol}//${registrableDomain(url.hostname)}`;
}

/** RFC 6265 domain-match: a cookie of `domain` is sent to `host`. */
export function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** First party: same registrable domain as the portal. */
export type Party = 'first' | 'third';

/** First party when the cookie's domain belongs to the portal's registrable domain. */
export function partyOf(cookieDomain: string, portalHost: string): Party {
  return registrableDomain(cookieDomain) === registrableDomain(portalHost) ? 'first' : 'third';
}
