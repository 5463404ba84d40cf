import { normalizeHost } from '../portal/detect.ts';
import type { CookieObservation, SameSite } from './types.ts';

/** The fields of a browser cookies-API cookie that this extension reads (never `value`). */
export interface BrowserCookie {
  name: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
  session: boolean;
  expirationDate?: number;
  partitionKey?: { topLevelSite?: string };
}

/** Chrome says "no_restriction" for SameSite=None and "unspecified" when absent; Firefox has no "unspecified". */
function sameSiteOf(value: string | undefined): SameSite {
  if (value === 'no_restriction') return 'none';
  return value === 'lax' || value === 'strict' ? value : 'unspecified';
}

export function observationFromBrowserCookie(cookie: BrowserCookie): CookieObservation {
  return {
    name: cookie.name,
    domain: normalizeHost(cookie.domain.replace(/^\./, '')),
    hostOnly: cookie.hostOnly,
    path: cookie.path || '/',
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: sameSiteOf(cookie.sameSite),
    partitionKey: cookie.partitionKey?.topLevelSite || null,
    expiresAt: cookie.session || cookie.expirationDate === undefined ? null : Math.round(cookie.expirationDate * 1000),
  };
}
