import type { CookieObservation, KeptCookie } from './types.ts';

/**
 * A cookie's storage slot as a string, its partition given as '' for none or the portal's own (see cookieKey in
 * kept-cookie.ts, which decides that with tldts). Free of tldts, so that the popup can find a cookie's insights.
 */
export function slotKey(
  cookie: Pick<CookieObservation, 'name' | 'domain' | 'hostOnly' | 'path'>,
  partition: string,
): string {
  return [cookie.name, cookie.hostOnly ? cookie.domain : `.${cookie.domain}`, cookie.path, partition].join('\u0001');
}

/**
 * The one identity of a recorded cookie, wherever it is looked up or joined (its insight, its findings, the popup's
 * lists, the comparison of two audits, the exports): its storage slot as recorded, partition included, so that two
 * cookies differing only by partition are two. Read from the record's own fields, it is the same after a storage
 * round trip; free of tldts, so that the popup computes it too.
 */
export function cookieId(
  cookie: Pick<CookieObservation, 'name' | 'domain' | 'hostOnly' | 'path' | 'partitionKey'>,
): string {
  return slotKey(cookie, cookie.partitionKey ?? '');
}

/** A kept cookie as the report carries it: with its identity, by which every list, insight and finding names it. */
export type IdentifiedCookie = KeptCookie & { id: string };

export function withId(cookie: KeptCookie): IdentifiedCookie {
  return { ...cookie, id: cookieId(cookie) };
}
