import { getDomain } from 'tldts';
import { normalizeHost } from './detect.ts';

/**
 * The registrable domain ("eTLD+1") of a host, from the Public Suffix List through tldts;
 * the host itself for an IP address, localhost or a bare public suffix.
 */
export function registrableDomain(host: string): string {
  const normalized = normalizeHost(host);
  return getDomain(normalized, { allowPrivateDomains: true }) ?? normalized;
}

/** scheme://registrable-domain of a URL: what keys a partitioned cookie. */
export function siteOf(url: URL): string {
  return `${url.protocol}//${registrableDomain(url.hostname)}`;
}

/** RFC 6265 domain-match: a cookie of `domain` is sent to `host`. */
export function domainMatches(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** First party when the cookie's domain belongs to the portal's registrable domain. */
export function partyOf(cookieDomain: string, portalHost: string): 'first' | 'third' {
  return registrableDomain(cookieDomain) === registrableDomain(portalHost) ? 'first' : 'third';
}
