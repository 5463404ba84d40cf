import type { Party } from '../portal/site.ts';

export type SameSite = 'strict' | 'lax' | 'none' | 'unspecified';

/** How the extension saw a cookie. */
export type SeenBy = 'cookie-event' | 'inventory' | 'set-cookie-header';

/**
 * A cookie as a browser API or a Set-Cookie header describes it, its value already dropped:
 * no type in this project has a field for a cookie value.
 */
export interface CookieObservation {
  name: string;
  /** Lower-case, no leading dot. */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** Top-level site of a partitioned (CHIPS) cookie, e.g. "https://montreuil.fr"; null when unpartitioned. */
  partitionKey: string | null;
  /** Epoch milliseconds; null for a session cookie. */
  expiresAt: number | null;
}

/** What the extension keeps of one cookie for one portal. */
export interface KeptCookie extends CookieObservation {
  party: Party;
  firstSeen: number;
  lastSeen: number;
  /** When it was last set: the base of its lifetime. */
  setAt: number;
  /** When the browser last removed it; null while it exists. */
  removedAt: number | null;
  /**
   * The lifetime a Set-Cookie header asked for, in milliseconds, when it was longer than browsers keep
   * (400 days): what the site wanted, which the charter is answerable for. Null otherwise.
   */
  requestedLifetimeMs: number | null;
  seenBy: SeenBy[];
  /** The top-level page on which it first appeared (no query string); null when not known. */
  firstPage: string | null;
  /**
   * Its expiry history, no value: the expiry it had when first set (again after a removal), and how many later
   * settings moved it later, as audience-measurement tools do at each visit.
   */
  firstExpiresAt: number | null;
  expiryExtensions: number;
  /** The response whose Set-Cookie header set it (no query string); null when only a page script was seen setting it. */
  setByResponse: string | null;
}
