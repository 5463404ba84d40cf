import { randomBytes, randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * The cookies the local portal sets by `Set-Cookie`, as Opendatasoft (Django) and the embedded services do.
 * Values are random and fake; they only look like the real ones.
 */

const DAY = 24 * 60 * 60;
const ALPHANUMERIC = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** The request's cookies by name. */
export function requestCookies(request: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const pair of (request.headers.cookie ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
  }
  return cookies;
}

function randomToken(length: number, alphabet = ALPHANUMERIC): string {
  return [...randomBytes(length)].map((byte) => alphabet[byte % alphabet.length]).join('');
}

interface CookieSpec {
  name: string;
  value: () => string;
  /** Seconds; omitted for a session cookie. */
  maxAge?: number;
  httpOnly?: boolean;
  sameSite: 'Lax' | 'None';
}

function serialize(spec: CookieSpec): string {
  const parts = [`${spec.name}=${spec.value()}`];
  if (spec.maxAge !== undefined) {
    parts.push(`expires=${new Date(Date.now() + spec.maxAge * 1000).toUTCString()}`, `Max-Age=${spec.maxAge}`);
  }
  if (spec.httpOnly) parts.push('HttpOnly');
  parts.push('Path=/', `SameSite=${spec.sameSite}`, 'Secure');
  return parts.join('; ');
}

/** Django's session cookie: 2 weeks (SESSION_COOKIE_AGE), HttpOnly. */
const sessionid: CookieSpec = {
  name: 'sessionid',
  value: () => randomToken(32, 'abcdefghijklmnopqrstuvwxyz0123456789'),
  maxAge: 14 * DAY,
  httpOnly: true,
  sameSite: 'Lax',
};
/** Django's CSRF cookie: 52 weeks (CSRF_COOKIE_AGE), about one year. */
const csrftoken: CookieSpec = { name: 'csrftoken', value: () => randomToken(32), maxAge: 364 * DAY, sameSite: 'Lax' };
/** Django's language cookie, a session cookie. */
const djangoLanguage: CookieSpec = { name: 'django_language', value: () => 'fr', sameSite: 'Lax' };
/** An audience-measurement visitor id (AT Internet / Piano style), 25 months: longer than the 13 the CNIL allows. */
const atuserid: CookieSpec = {
  name: 'atuserid',
  value: () => {
    const end = new Date(Date.now() + 761 * DAY * 1000).toISOString();
    return encodeURIComponent(JSON.stringify({ name: 'atuserid', val: randomUUID(), options: { end, path: '/' } }));
  },
  maxAge: 761 * DAY,
  sameSite: 'Lax',
};
/** The map-tile service's visitor id, sent with every tile. */
const cartoUid: CookieSpec = {
  name: 'carto_uid',
  value: () => randomBytes(12).toString('hex'),
  maxAge: 365 * DAY,
  sameSite: 'None',
};
/** The video player's visitor id, set by its embed page. */
const lecteurVisiteur: CookieSpec = {
  name: 'lecteur_visiteur',
  value: () => `v1.${randomBytes(9).toString('base64url')}`,
  maxAge: 180 * DAY,
  sameSite: 'None',
};

/** Flask's session cookie, as udata sets it: a session cookie, HttpOnly. */
const flaskSession: CookieSpec = { name: 'session', value: () => randomToken(40), httpOnly: true, sameSite: 'Lax' };
/** CKAN's Beaker session cookie, HttpOnly. */
const ckanSession: CookieSpec = { name: 'ckan', value: () => randomToken(32), httpOnly: true, sameSite: 'Lax' };
/** Socrata's session and CSRF cookies. */
const socrataSession: CookieSpec = {
  name: '_socrata_session_id',
  value: () => randomToken(32),
  httpOnly: true,
  sameSite: 'Lax',
};
const socrataCsrf: CookieSpec = { name: 'socrata-csrf-token', value: () => randomToken(44), sameSite: 'Lax' };

export const cookieSpecs = {
  sessionid,
  csrftoken,
  djangoLanguage,
  atuserid,
  cartoUid,
  lecteurVisiteur,
  flaskSession,
  ckanSession,
  socrataSession,
  socrataCsrf,
} as const;
export type CookieSpecName = keyof typeof cookieSpecs;

/** `Set-Cookie` values for the cookies the request does not carry yet (Django sets them once, as here). */
export function missingCookies(request: IncomingMessage, names: readonly CookieSpecName[]): string[] {
  const present = requestCookies(request);
  return names
    .map((name) => cookieSpecs[name])
    .filter((spec) => !present.has(spec.name))
    .map(serialize);
}
