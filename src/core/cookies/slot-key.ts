import type { CookieObservation } from './types.ts';

/**
 * A cookie's storage slot as a string, its partition given as '' for none or the portal's own (see cookieKey in
 * record.ts, which decides that with tldts). Free of tldts, so that the popup can find a cookie's insights.
 */
export function slotKey(cookie: Pick<CookieObservation, 'name' | 'domain' | 'hostOnly' | 'path'>, partition: string): string {
  return [cookie.name, cookie.hostOnly ? cookie.domain : `.${cookie.domain}`, cookie.path, partition].join('\u0001');
}

/** How the popup finds a recorded cookie's insight in a report, without tldts: its slot, as recorded. */
export function insightKey(cookie: Pick<CookieObservation, 'name' | 'domain' | 'hostOnly' | 'path' | 'partitionKey'>): string {
  return slotKey(cookie, cookie.partitionKey ?? '');
}
