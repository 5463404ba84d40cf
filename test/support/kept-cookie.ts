import type { CookieObservation, KeptCookie } from '../../src/core/cookies/types.ts';

/** A first-party session cookie of `domain` as a browser API describes it, value already dropped. */
export function cookieObservation(name: string, domain = 'data.montreuil.fr'): CookieObservation {
  return {
    name,
    domain,
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    partitionKey: null,
    expiresAt: null,
  };
}

/** A recorded first-party session cookie of data.montreuil.fr, seen once at `at`; tests override what they look at. */
export function keptCookie(name: string, at: number, overrides: Partial<KeptCookie> = {}): KeptCookie {
  return {
    ...cookieObservation(name),
    party: 'first',
    firstSeen: at,
    lastSeen: at,
    setAt: at,
    removedAt: null,
    seenBy: ['cookie-event'],
    requestedLifetimeMs: null,
    firstPage: null,
    setByResponse: null,
    firstExpiresAt: overrides.expiresAt ?? null,
    expiryExtensions: 0,
    ...overrides,
  };
}
