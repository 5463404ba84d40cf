import { getPublicSuffix } from 'tldts';
import { normalizeHost } from '../portal/detect.ts';
import { domainMatches, siteOf } from '../portal/site.ts';
import type { CookieObservation, SameSite } from './types.ts';

/** What one Set-Cookie header does: sets a cookie, or deletes it (an expiry already past). */
export interface SetCookieEffect {
  /** The cookie as the browser keeps it: its expiry capped at 400 days. */
  observation: CookieObservation;
  deletes: boolean;
  /** The lifetime the header asked for when browsers cap it (over 400 days); null otherwise. */
  requestedLifetimeMs: number | null;
}

/** RFC 6265bis: browsers keep no cookie longer than 400 days, whatever the site asks. */
export const maxCookieLifetimeMs = 400 * 24 * 60 * 60 * 1000;

export interface ResponseContext {
  /** The URL of the response that carried the header. */
  url: string;
  /** The top-level page's URL, whose site keys a partitioned cookie. */
  topLevelUrl: string;
  receivedAt: number;
}

/** Browsers refuse these in a cookie name (RFC 6265bis: controls except tab, and the separators of the header). */
const forbiddenInName = /[\x00-\x08\x0a-\x1f\x7f;=]/;

/**
 * Chrome lists each Set-Cookie as its own header; Firefox joins them with newlines into one.
 * Both forms give the same list here.
 */
export function splitSetCookieHeaders(values: readonly string[]): string[] {
  return values.flatMap((value) => value.split('\n')).filter((line) => line.trim() !== '');
}

/** The RFC 6265 default path: the request path up to, not including, its last slash. */
function defaultPath(url: URL): string {
  const lastSlash = url.pathname.lastIndexOf('/');
  return lastSlash <= 0 ? '/' : url.pathname.slice(0, lastSlash);
}

function parseSameSite(value: string): SameSite {
  const lower = value.toLowerCase();
  return lower === 'strict' || lower === 'lax' || lower === 'none' ? lower : 'unspecified';
}

/**
 * Reads one Set-Cookie header as a browser would, keeping everything but the value.
 * Returns null for a header a browser would reject (no name, bad characters, a Domain the host cannot set).
 */
export function parseSetCookie(header: string, context: ResponseContext): SetCookieEffect | null {
  let url: URL;
  let topLevel: URL;
  try {
    url = new URL(context.url);
    topLevel = new URL(context.topLevelUrl);
  } catch {
    return null;
  }
  const [pair = '', ...attributes] = header.split(';');
  const equals = pair.indexOf('=');
  const name = (equals === -1 ? '' : pair.slice(0, equals)).trim();
  if (name === '' || name.length > 4096 || forbiddenInName.test(name)) return null;

  const host = normalizeHost(url.hostname);
  let domain = host;
  let hostOnly = true;
  let path = defaultPath(url);
  let secure = false;
  let httpOnly = false;
  let sameSite: SameSite = 'unspecified';
  let partitioned = false;
  let maxAge: number | null = null;
  let expires: number | null = null;

  for (const attribute of attributes) {
    const separator = attribute.indexOf('=');
    const key = (separator === -1 ? attribute : attribute.slice(0, separator)).trim().toLowerCase();
    const value = separator === -1 ? '' : attribute.slice(separator + 1).trim();
    if (key === 'domain' && value !== '') {
      domain = normalizeHost(value.replace(/^\./, ''));
      hostOnly = false;
    } else if (key === 'path' && value.startsWith('/')) path = value;
    else if (key === 'secure') secure = true;
    else if (key === 'httponly') httpOnly = true;
    else if (key === 'samesite') sameSite = parseSameSite(value);
    else if (key === 'partitioned') partitioned = true;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) maxAge = Number(value);
    else if (key === 'expires') {
      const parsed = Date.parse(value);
      if (!Number.isNaN(parsed)) expires = parsed;
    }
  }

  if (!hostOnly) {
    if (!domainMatches(host, domain)) return null;
    // A Domain equal to a public suffix (".fr") is refused unless it is the host itself.
    if (getPublicSuffix(domain, { allowPrivateDomains: true }) === domain && domain !== host) return null;
  }
  const requestedExpiresAt = maxAge !== null ? context.receivedAt + maxAge * 1000 : expires;
  const cappedAt = context.receivedAt + maxCookieLifetimeMs;
  const expiresAt = requestedExpiresAt === null ? null : Math.min(requestedExpiresAt, cappedAt);
  return {
    observation: {
      name,
      domain,
      hostOnly,
      path,
      secure,
      httpOnly,
      sameSite,
      partitionKey: partitioned ? siteOf(topLevel) : null,
      expiresAt,
    },
    deletes: expiresAt !== null && expiresAt <= context.receivedAt,
    requestedLifetimeMs: requestedExpiresAt !== null && requestedExpiresAt > cappedAt ? requestedExpiresAt - context.receivedAt : null,
  };
}
