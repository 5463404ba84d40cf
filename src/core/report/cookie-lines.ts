/**
 * How the popup lists recorded cookies: one line per cookie, and one line per family of cookies that differ only by
 * an identifier at the end of their name (`_pk_id.1.a1b2`, `_pk_id.2.c3d4`; `_ga_ABC123`; `c_0` … `c_499` set by
 * one script), so that 500 cookies of one script read as one line with its count.
 */
import type { KeptCookie } from '../cookies/types.ts';

/**
 * Whether a name's segment reads as an identifier: digits only (a site number, a counter), hexadecimal with a
 * digit (`ffe3`), or at least four characters with two digits or more (`2ZQ1B8KLM3`). `3PSID` is a name of its
 * own (`__Secure-3PSID`).
 */
function isIdentifier(segment: string): boolean {
  return /^\d+$/.test(segment) || (segment.length >= 4 && /\d/.test(segment) && /^[\da-f]+$|\d.*\d/i.test(segment));
}

/**
 * The part of a name a family shares, separator included: the name up to the first separator after which every
 * segment is an identifier. `_pk_id.1.a1b2` → `_pk_id.`, `_ga_ABC123` → `_ga_`, `c_42` → `c_`; null when no such
 * tail (`sessionid`, `AMP_TOKEN`, `__Secure-3PSID`) or nothing before it (`_123`).
 */
export function familyStem(name: string): string | null {
  // Each segment with the separator that ends it: "_pk_id.1.a1b2" → "_", "pk_", "id.", "1.", "a1b2".
  const segments = name.split(/(?<=[._-])/);
  for (let index = 1; index < segments.length; index++) {
    if (!segments.slice(index).every((segment) => isIdentifier(segment.replace(/[._-]$/, '')))) continue;
    const stem = segments.slice(0, index).join('');
    // A stem of separators only ("_", "__") names no family.
    return /[^._-]/.test(stem) ? stem : null;
  }
  return null;
}

export type CookieLine<Cookie extends KeptCookie = KeptCookie> =
  | { kind: 'cookie'; cookie: Cookie }
  /** Cookies of one domain whose names share `stem` and end in an identifier; at least two. */
  | { kind: 'family'; stem: string; domain: string; cookies: Cookie[] };

/** Lines in the order their first cookie comes; a family stands where its first member would. */
export function cookieLines<Cookie extends KeptCookie>(cookies: readonly Cookie[]): CookieLine<Cookie>[] {
  const lines: CookieLine<Cookie>[] = [];
  const families = new Map<string, Cookie[]>();
  for (const cookie of cookies) {
    const stem = familyStem(cookie.name);
    const key = `${stem}\u0001${cookie.domain}`;
    const members = families.get(key);
    if (stem === null) lines.push({ kind: 'cookie', cookie });
    else if (members) members.push(cookie);
    else {
      families.set(key, [cookie]);
      lines.push({ kind: 'family', stem, domain: cookie.domain, cookies: families.get(key)! });
    }
  }
  // A family of one is a cookie.
  return lines.map((line) =>
    line.kind === 'family' && line.cookies.length === 1 ? { kind: 'cookie', cookie: line.cookies[0]! } : line,
  );
}

/** The cookies a line stands for. */
export function cookiesOfLine<Cookie extends KeptCookie>(line: CookieLine<Cookie>): Cookie[] {
  return line.kind === 'cookie' ? [line.cookie] : line.cookies;
}

/**
 * Whether the browser kept a cookie: it was reported by the cookies API (an event or an inventory), or it was
 * recorded before sightings were told apart. A cookie only ever seen in a response's Set-Cookie header was refused
 * (a third-party cookie the browser blocks, an invalid attribute): the site tried to set it, which the charter must
 * answer for, but it has no lifetime in the browser.
 */
export function keptByBrowser(cookie: Pick<KeptCookie, 'seenBy'>): boolean {
  return cookie.seenBy.length === 0 || cookie.seenBy.some((seenBy) => seenBy !== 'set-cookie-header');
}

/** Lower case, without accents, spaces trimmed: "Éditeur " and "editeur" are one query. */
export function searchKey(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/** Whether any of a line's words (names, domain, vendor, organisation) holds the query (already a `searchKey`). */
export function matchesSearch(query: string, words: readonly (string | null | undefined)[]): boolean {
  return query === '' || words.some((word) => word != null && searchKey(word).includes(query));
}
