import type { CookieObservation, CookieRecord, Party, SeenBy } from './types.ts';

/** Two observations are the same cookie when the browser would store them in the same slot. */
export function cookieKey(cookie: Pick<CookieObservation, 'name' | 'domain' | 'hostOnly' | 'path' | 'partitionKey'>): string {
  return [cookie.name, cookie.hostOnly ? cookie.domain : `.${cookie.domain}`, cookie.path, cookie.partitionKey ?? ''].join('\u0001');
}

export interface Sighting {
  at: number;
  seenBy: SeenBy;
  party: Party;
}

/**
 * Adds one sighting of a cookie to what was recorded of it. An inventory or a repeated event does not move
 * the moment it was set, so its lifetime stays measured from when it was really set.
 */
export function recordSighting(existing: CookieRecord | undefined, observation: CookieObservation, sighting: Sighting): CookieRecord {
  const seenBy = existing?.seenBy.includes(sighting.seenBy) ? existing.seenBy : [...(existing?.seenBy ?? []), sighting.seenBy];
  const isNewSetting =
    !existing || existing.removedAt !== null || existing.expiresAt !== observation.expiresAt || sighting.seenBy !== 'inventory';
  return {
    ...observation,
    party: sighting.party,
    firstSeen: existing?.firstSeen ?? sighting.at,
    lastSeen: Math.max(existing?.lastSeen ?? sighting.at, sighting.at),
    setAt: isNewSetting || !existing ? sighting.at : existing.setAt,
    removedAt: null,
    seenBy,
  };
}

/** The browser removed the cookie (expired, deleted by the page or the user): kept, marked removed. */
export function recordRemoval(existing: CookieRecord, at: number): CookieRecord {
  return { ...existing, removedAt: at, lastSeen: Math.max(existing.lastSeen, at) };
}
