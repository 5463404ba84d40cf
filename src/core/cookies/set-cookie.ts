import { normalizeHost } from '../portal/detect.ts';
import { domainMatches, isPublicSuffix, siteOf } from '../portal/site.ts';
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

/** RFC 6265bis: a header holding a control character other than tab is ignored whole. */
const controlCharacter = /[\x00-\x08\x0a-\x1f\x7f]/;
/** Browsers keep no cookie whose name and value together exceed this, and ignore an attribute value longer than 1024. */
const maxNameAndValueLength = 4096;
const maxAttributeValueLength = 1024;
const notAscii = /[^\x00-\x7f]/;

/**
 * Chrome lists each Set-Cookie as its own header; Firefox joins them with newlines into one.
 * Both forms give the same list here. A line starting with a space or a tab continues the one before
 * (obsolete header folding), as HTTP/1.1 parsers read it.
 */
export function splitSetCookieHeaders(values: readonly string[]): string[] {
  const lines: string[] = [];
  for (const line of values.flatMap((value) => value.split('\n'))) {
    const folded = (line.startsWith(' ') || line.startsWith('\t')) && lines.length > 0;
    if (folded) lines[lines.length - 1] = `${lines[lines.length - 1]} ${line.trim()}`;
    else if (line.trim() !== '') lines.push(line.trim());
  }
  return lines;
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
  if (controlCharacter.test(header)) return null;
  // Attributes are read where they stand, not split into an array: a 5 MB header of attributes stays one string.
  const pairEnd = header.indexOf(';');
  const pair = pairEnd === -1 ? header : header.slice(0, pairEnd);
  // "value" alone is a cookie with an empty name, as browsers read it; the value is measured, never kept.
  const equals = pair.indexOf('=');
  const name = equals === -1 ? '' : pair.slice(0, equals).trim();
  const valueLength = (equals === -1 ? pair : pair.slice(equals + 1)).trim().length;
  if ((name === '' && valueLength === 0) || name.length + valueLength > maxNameAndValueLength) return null;

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

  for (let start = pairEnd + 1; pairEnd !== -1 && start <= header.length;) {
    const next = header.indexOf(';', start);
    const end = next === -1 ? header.length : next;
    const attribute = header.slice(start, end);
    start = end + 1;
    const separator = attribute.indexOf('=');
    const key = (separator === -1 ? attribute : attribute.slice(0, separator)).trim().toLowerCase();
    const value = separator === -1 ? '' : attribute.slice(separator + 1).trim();
    if (value.length > maxAttributeValueLength) continue;
    if (key === 'domain' && value !== '') {
      const canonical = canonicalDomain(value);
      if (canonical === null) return null;
      domain = canonical;
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

  if (!hostOnly && isIpAddress(host)) {
    // An address has no parent domain: only the address itself may be named, and the cookie stays host-only.
    if (domain !== host) return null;
    hostOnly = true;
  } else if (!hostOnly) {
    if (!domainMatches(host, domain)) return null;
    // A Domain equal to a public suffix (".fr") is refused unless it is the host itself.
    if (domain !== host && isPublicSuffix(domain)) return null;
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
    requestedLifetimeMs:
      requestedExpiresAt !== null && requestedExpiresAt > cappedAt ? requestedExpiresAt - context.receivedAt : null,
  };
}

/**
 * A Domain attribute as browsers compare it: without its leading dot, lower case, an international name in its
 * ASCII (punycode) form, as URLs give hosts. Null when browsers refuse it: a trailing dot, or not a host name.
 */
function canonicalDomain(value: string): string | null {
  const domain = value.startsWith('.') ? value.slice(1) : value;
  if (domain === '' || domain.endsWith('.')) return null;
  if (!notAscii.test(domain)) return domain.toLowerCase();
  try {
    return new URL(`http://${domain}/`).hostname;
  } catch {
    return null;
  }
}

/** An IPv4 address, or an IPv6 one (URLs write it in brackets). */
function isIpAddress(host: string): boolean {
  return host.startsWith('[') || /^\d{1,3}(?:\.\d{1,3}){3}$/.test(host);
}
