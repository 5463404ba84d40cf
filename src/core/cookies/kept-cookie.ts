import { siteOf, type Party } from '../portal/site.ts';
import { slotKey } from './slot-key.ts';
import type { CookieObservation, KeptCookie, SeenBy } from './types.ts';
import { keptUrl } from '../url/kept-url.ts';

/**
 * Two observations are one cookie of a portal when the browser would store them in the same slot.
 * The portal's own partition counts as no partition: Firefox partitions every third-party cookie under the
 * top-level site, while the Set-Cookie header that set it says nothing of it.
 */
export function cookieKey(
  cookie: Pick<CookieObservation, 'name' | 'domain' | 'hostOnly' | 'path' | 'partitionKey'>,
  portalHost: string,
): string {
  const foreignPartition =
    cookie.partitionKey === siteOf(new URL(`https://${portalHost}`)) ? '' : (cookie.partitionKey ?? '');
  return slotKey(cookie, foreignPartition);
}

export interface Sighting {
  at: number;
  seenBy: SeenBy;
  party: Party;
  /** See KeptCookie.requestedLifetimeMs; only a Set-Cookie header tells it. */
  requestedLifetimeMs?: number | null;
  /** The top-level page open when it was seen, if known. */
  page?: string | null;
  /** The response whose Set-Cookie header this sighting is. */
  response?: string | null;
}

/** Below this, two sightings are one setting seen twice (a header and its cookie event), not a later setting. */
const SAME_SETTING_MS = 1000;

/**
 * Whether this sighting is the cookie set again, a second or more after it was last set, to expire a second or more
 * later: its expiry moved forward. A cookie removed in between starts a new history.
 */
function extendsExpiry(existing: KeptCookie, observation: CookieObservation, at: number): boolean {
  return (
    existing.removedAt === null &&
    existing.expiresAt !== null &&
    observation.expiresAt !== null &&
    observation.expiresAt - existing.expiresAt >= SAME_SETTING_MS &&
    at - existing.setAt >= SAME_SETTING_MS
  );
}

/**
 * Adds one sighting of a cookie to what was recorded of it. An inventory or a repeated event does not move
 * the moment it was set, so its lifetime stays measured from when it was really set.
 */
export function addSighting(
  existing: KeptCookie | undefined,
  observation: CookieObservation,
  sighting: Sighting,
): KeptCookie {
  const seenBy = existing?.seenBy.includes(sighting.seenBy)
    ? existing.seenBy
    : [...(existing?.seenBy ?? []), sighting.seenBy];
  const isNewSetting =
    !existing ||
    existing.removedAt !== null ||
    existing.expiresAt !== observation.expiresAt ||
    sighting.seenBy !== 'inventory';
  const continues = existing !== undefined && existing.removedAt === null;
  return keptCookie(
    // Whoever saw the partition (the browser) knows better than a header that did not mention it.
    { ...observation, partitionKey: observation.partitionKey ?? existing?.partitionKey ?? null },
    {
      party: sighting.party,
      firstSeen: existing?.firstSeen ?? sighting.at,
      lastSeen: Math.max(existing?.lastSeen ?? sighting.at, sighting.at),
      setAt: isNewSetting || !existing ? sighting.at : existing.setAt,
      removedAt: null,
      seenBy,
      requestedLifetimeMs:
        sighting.requestedLifetimeMs !== undefined
          ? sighting.requestedLifetimeMs
          : (existing?.requestedLifetimeMs ?? null),
      firstPage: existing?.firstPage ?? (sighting.page ? keptUrl(sighting.page) : null),
      setByResponse: sighting.response ? keptUrl(sighting.response) : (existing?.setByResponse ?? null),
      firstExpiresAt: continues ? existing.firstExpiresAt : observation.expiresAt,
      expiryExtensions: continues
        ? existing.expiryExtensions + (extendsExpiry(existing, observation, sighting.at) ? 1 : 0)
        : 0,
    },
  );
}

/** The browser removed the cookie (expired, deleted by the page or the user): kept, marked removed. */
export function markRemoved(existing: KeptCookie, at: number): KeptCookie {
  return keptCookie(existing, { ...existing, removedAt: at, lastSeen: Math.max(existing.lastSeen, at) });
}

/**
 * A kept cookie built field by field, always in this order. Two reasons: nothing but these fields is ever kept (an
 * observation object a browser API gave may carry more, such as a value), and every kept cookie shares one object
 * shape in V8: ones built by spreading an observation and adding fields took ~20× longer to read in bulk
 * (bench: comparison at 100k cookies).
 */
export function keptCookie(
  observation: CookieObservation,
  facts: Omit<KeptCookie, keyof CookieObservation>,
): KeptCookie {
  return {
    name: observation.name,
    domain: observation.domain,
    hostOnly: observation.hostOnly,
    path: observation.path,
    secure: observation.secure,
    httpOnly: observation.httpOnly,
    sameSite: observation.sameSite,
    partitionKey: observation.partitionKey,
    expiresAt: observation.expiresAt,
    party: facts.party,
    firstSeen: facts.firstSeen,
    lastSeen: facts.lastSeen,
    setAt: facts.setAt,
    removedAt: facts.removedAt,
    requestedLifetimeMs: facts.requestedLifetimeMs,
    seenBy: facts.seenBy,
    firstPage: facts.firstPage,
    setByResponse: facts.setByResponse,
    firstExpiresAt: facts.firstExpiresAt,
    expiryExtensions: facts.expiryExtensions,
  };
}
