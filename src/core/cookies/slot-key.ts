import type { CookieObservation } from './types.ts';

/**
 * A cookie's storage slot as a string, its partition given as '' for none or the portal's own (see cookieKey in
 * record.ts, which decides that with tldts). Free of tldts, so that the popup can find a cookie's insights.
 */
export function slotKey(cookie: Pick<CookieObservation, 'name' | 'domain' | 'hostOnly' | 'path'>, partition: string): string {
  return [cookie.name, cookie.hostOnly ? cookie.domain : `.${cookie.domain}`, cookie.path, partition].join('\u0001');
}
