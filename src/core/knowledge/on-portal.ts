import type { CookieKnowledgeLookup } from './types.ts';

/**
 * The lookup for the cookies of one portal: what its own host sets is read as the portal's. Apart from lookup.ts,
 * which brings the Public Suffix List, so that the popup's bundle, which imports the report, stays without it.
 */
export function knowledgeOnPortal(lookup: CookieKnowledgeLookup, portalHost: string): CookieKnowledgeLookup {
  return (name, domain) => lookup(name, domain, portalHost);
}
