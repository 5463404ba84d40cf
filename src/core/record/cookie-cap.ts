import type { CookieRecord } from '../cookies/types.ts';
import type { PortalRecord } from './portal-record.ts';

/**
 * What one portal's record may hold. A real portal sets a few dozen cookies; a page that sets thousands (or names
 * of 4 KB) would otherwise fill the extension's storage, and then no record of any portal could be written.
 */
export const MAX_COOKIES_PER_PORTAL = 1000;
/** Roughly what the cookies take once stored as JSON, in characters. */
export const MAX_COOKIE_CHARACTERS_PER_PORTAL = 1_000_000;
/** The fixed fields of one stored cookie (flags, dates, party…), in characters of JSON. */
const FIXED_CHARACTERS_PER_COOKIE = 300;
/** Below this many cookies neither limit can be reached (even with 4 KB names): nothing to count. */
const COUNT_FROM = Math.floor(MAX_COOKIE_CHARACTERS_PER_PORTAL / (4096 * 2 + FIXED_CHARACTERS_PER_COOKIE));

function storedSize(cookie: CookieRecord): number {
  return cookie.name.length + cookie.domain.length + cookie.path.length + (cookie.partitionKey?.length ?? 0) + FIXED_CHARACTERS_PER_COOKIE;
}

/**
 * Keeps a portal's record within the limits by dropping the least recently seen cookies, and remembers how many
 * were dropped and when (the latest sighting in the record: the one that went past the limit).
 * Returns how many it dropped now.
 */
export function enforceCookieCap(record: PortalRecord): number {
  const keys = Object.keys(record.cookies);
  if (keys.length <= COUNT_FROM) return 0;
  let size = keys.reduce((total, key) => total + storedSize(record.cookies[key]!), 0);
  if (keys.length <= MAX_COOKIES_PER_PORTAL && size <= MAX_COOKIE_CHARACTERS_PER_PORTAL) return 0;
  const latest = keys.reduce((max, key) => Math.max(max, record.cookies[key]!.lastSeen), 0);
  // Oldest sighting first; the same moment keeps the first recorded.
  const byAge = [...keys].sort((a, b) => record.cookies[a]!.lastSeen - record.cookies[b]!.lastSeen);
  let remaining = keys.length;
  let dropped = 0;
  for (const key of byAge) {
    if (remaining <= MAX_COOKIES_PER_PORTAL && size <= MAX_COOKIE_CHARACTERS_PER_PORTAL) break;
    size -= storedSize(record.cookies[key]!);
    delete record.cookies[key];
    remaining--;
    dropped++;
  }
  record.droppedCookies = { count: (record.droppedCookies?.count ?? 0) + dropped, lastAt: latest };
  return dropped;
}
