import type { KeptCookie } from '../cookies/types.ts';
import { storedBytes } from './stored-bytes.ts';
import type { PortalRecord } from './portal-record.ts';

/**
 * How many cookies one portal's record may hold. A real portal sets a few dozen cookies; a page that sets
 * thousands would otherwise fill the extension's storage. Their bytes are bounded with the whole record's
 * (record-cap.ts).
 */
export const MAX_COOKIES_PER_PORTAL = 1000;

/**
 * Drops the least recently seen cookies until at most `maxCount` are left and at least `bytesToFree` bytes of
 * storage are freed, and remembers how many were dropped and when (the latest sighting in the record: the one
 * that went past the limit). Returns how many it dropped now.
 */
export function dropLeastRecentlySeen(record: PortalRecord, maxCount: number, bytesToFree = 0): number {
  const keys = Object.keys(record.cookies);
  if (keys.length <= maxCount && bytesToFree <= 0) return 0;
  const cookieOf = (key: string) => record.cookies[key] as KeptCookie;
  const latest = keys.reduce((max, key) => Math.max(max, cookieOf(key).lastSeen), 0);
  // Oldest sighting first; the same moment keeps the first recorded.
  const byAge = [...keys].sort((a, b) => cookieOf(a).lastSeen - cookieOf(b).lastSeen);
  let remaining = keys.length;
  let freed = 0;
  let dropped = 0;
  for (const key of byAge) {
    if (remaining <= maxCount && freed >= bytesToFree) break;
    // The entry's key and value, and the comma between entries.
    freed += storedBytes(key, cookieOf(key)) + 2;
    delete record.cookies[key];
    remaining--;
    dropped++;
  }
  record.droppedCookies = { count: (record.droppedCookies?.count ?? 0) + dropped, lastAt: latest };
  return dropped;
}
