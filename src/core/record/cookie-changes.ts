import { cookieKey, markRemoved, addSighting, type Sighting } from '../cookies/kept-cookie.ts';
import type { CookieObservation, SeenBy } from '../cookies/types.ts';
import { partyOf } from '../portal/site.ts';
import type { PortalRecord } from './portal-record.ts';

/** What else a sighting may tell: the lifetime a header asked for, the page open, the response that set it. */
export type SightingDetails = Pick<Sighting, 'requestedLifetimeMs' | 'page' | 'response'>;

/** The change to a portal's record for one sighting of a cookie (a `RecordStore.update` callback). */
export function sightingChange(
  observation: CookieObservation,
  seenBy: SeenBy,
  at: number,
  details: SightingDetails = {},
) {
  return (record: PortalRecord): boolean => {
    const key = cookieKey(observation, record.host);
    const party = partyOf(observation.domain, record.host);
    record.cookies[key] = addSighting(record.cookies[key], observation, { at, seenBy, party, ...details });
    return true;
  };
}

/** The change for a removal: only a cookie already recorded for this portal is marked removed. */
export function removalChange(observation: CookieObservation, at: number) {
  return (record: PortalRecord): boolean => {
    const key = cookieKey(observation, record.host);
    const existing = record.cookies[key];
    if (!existing || existing.removedAt !== null) return false;
    record.cookies[key] = markRemoved(existing, at);
    return true;
  };
}
