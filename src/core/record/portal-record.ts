import type { Charter } from '../charter/types.ts';
import type { CookieRecord } from '../cookies/types.ts';

/** Bump with a migration in `readPortalRecord` whenever the stored shape changes. */
export const portalRecordVersion = 1;

/** Everything kept for one portal in storage.local under `portal:<host>`. */
export interface PortalRecord {
  version: typeof portalRecordVersion;
  host: string;
  /** By cookieKey(). */
  cookies: Record<string, CookieRecord>;
  /** The last charter read for this portal; null until one was tried. */
  charter: Charter | null;
}

export function emptyPortalRecord(host: string): PortalRecord {
  return { version: portalRecordVersion, host, cookies: {}, charter: null };
}

export function storageKeyOf(host: string): string {
  return `portal:${host}`;
}

function isCookieRecord(value: unknown): value is CookieRecord {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<CookieRecord>;
  return (
    typeof record.name === 'string' &&
    typeof record.domain === 'string' &&
    typeof record.path === 'string' &&
    typeof record.firstSeen === 'number' &&
    typeof record.lastSeen === 'number' &&
    Array.isArray(record.seenBy)
  );
}

export interface ReadResult {
  record: PortalRecord;
  /** Entries that were unreadable and dropped; the rest is kept. */
  droppedEntries: number;
}

/**
 * Reads what storage holds for a portal, keeping every readable cookie of a damaged record
 * so that one bad entry never costs the rest.
 */
export function readPortalRecord(host: string, stored: unknown): ReadResult {
  if (stored === undefined) return { record: emptyPortalRecord(host), droppedEntries: 0 };
  const candidate = (typeof stored === 'object' && stored !== null ? stored : {}) as Partial<PortalRecord>;
  const cookies: Record<string, CookieRecord> = {};
  let droppedEntries = typeof stored === 'object' && stored !== null ? 0 : 1;
  const storedCookies = typeof candidate.cookies === 'object' && candidate.cookies !== null ? candidate.cookies : {};
  for (const [key, cookie] of Object.entries(storedCookies)) {
    if (isCookieRecord(cookie)) cookies[key] = { ...cookie, requestedLifetimeMs: cookie.requestedLifetimeMs ?? null };
    else droppedEntries++;
  }
  const charter = candidate.charter && Array.isArray(candidate.charter.declared) ? candidate.charter : null;
  return { record: { version: portalRecordVersion, host, cookies, charter }, droppedEntries };
}
