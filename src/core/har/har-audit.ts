import { followConsent, startAudit, type Audit } from '../audit/audit.ts';
import {
  CONSENT_COOKIE_NAME,
  consentVerdict,
  decodeConsentChoice,
  type ConsentChoice,
} from '../consent/consent-choice.ts';
import { cookieKey, markRemoved, addSighting } from '../cookies/kept-cookie.ts';
import { parseSetCookie, splitSetCookieHeaders, type SetCookieEffect } from '../cookies/set-cookie.ts';
import type { EvidenceCookie } from '../export/evidence-rows.ts';
import type { BrowserInfo, RequestOnlySighting } from '../export/evidence.ts';
import { keptUrl } from '../url/kept-url.ts';
import { webHostOf } from '../portal/detect.ts';
import { domainMatches, partyOf } from '../portal/site.ts';
import type { HarEntryFacts, HarLogFacts } from './read-har.ts';
import { cookiePairs, setCookiePair } from './cookie-pairs.ts';

/** The portal's consent cookie: the one cookie whose value is read, for the visitor's choice alone. */

/** What a HAR file shows of a visit to a portal, in the shapes the extension records. */
export interface HarAudit {
  /** The top-level page of the recording. */
  portalUrl: string;
  portalHost: string;
  browser: BrowserInfo | null;
  /** From the first entry to the last, its phases placed by the consent cookie. */
  audit: Audit;
  /** The visitor's latest choice the recording shows (decoded cookies_preferences); null when it shows none. */
  consent: ConsentChoice | null;
  cookies: EvidenceCookie[];
  requestOnlyCookies: RequestOnlySighting[];
  entries: number;
  /** Zero in a HAR saved without its sensitive data (Chrome's default): the file then shows no cookie at all. */
  setCookieLines: number;
}

/**
 * Replays the Set-Cookie headers of a HAR recording as the extension records them, at each entry's start time, with
 * the entry's page as top-level page. Needs the Public Suffix List installed (portal/site.ts). Null when the recording
 * holds no web page.
 */
export function auditHar(log: HarLogFacts): HarAudit | null {
  const pageUrls = pageUrlsOf(log);
  const firstPage = log.pages[0] ? pageUrls.get(log.pages[0].id) : undefined;
  const portalUrl = firstPage ?? (log.entries.find((entry) => entry.isDocument) ?? log.entries[0])?.url;
  const portalHost = webHostOf(portalUrl);
  const [first] = log.entries;
  if (!portalUrl || !portalHost || !first) return null;

  let audit = startAudit(first.at);
  const cookies = new Map<string, EvidenceCookie>();
  const sentNames = new Map<string, RequestOnlySighting>();
  let setCookieLines = 0;
  let consent: ConsentChoice | null = null;
  const followChoice = (rawValue: string, at: number) => {
    const choice = decodeConsentChoice(rawValue);
    if (!choice) return;
    audit = followConsent(audit, consentVerdict(choice), at);
    consent = choice;
  };
  for (const entry of log.entries) {
    const requestHost = webHostOf(entry.url);
    const isFirstParty = requestHost !== null && partyOf(requestHost, portalHost) === 'first';
    for (const { name, value } of entry.cookieHeaders.flatMap(cookiePairs)) {
      if (name === CONSENT_COOKIE_NAME && isFirstParty) followChoice(value, entry.at);
      const key = `${name}\u0001${requestHost}`;
      if (requestHost && !sentNames.has(key)) sentNames.set(key, { name, host: requestHost, firstSeen: entry.at });
    }
    const topLevelUrl = (entry.pageref ? pageUrls.get(entry.pageref) : undefined) ?? portalUrl;
    for (const line of splitSetCookieHeaders(entry.setCookieHeaders)) {
      setCookieLines++;
      const effect = parseSetCookie(line, { url: entry.url, topLevelUrl, receivedAt: entry.at });
      if (!effect) continue;
      if (effect.observation.name === CONSENT_COOKIE_NAME && !effect.deletes && isFirstParty)
        followChoice(setCookiePair(line).value, entry.at);
      record(cookies, effect, entry, topLevelUrl, portalHost);
    }
  }
  const recorded = [...cookies.values()];
  return {
    portalUrl,
    portalHost,
    browser: log.browser,
    audit: { ...audit, endedAt: log.entries.at(-1)?.at ?? first.at },
    consent,
    cookies: recorded,
    requestOnlyCookies: requestOnly(sentNames.values(), recorded),
    entries: log.entries.length,
    setCookieLines,
  };
}

function record(
  cookies: Map<string, EvidenceCookie>,
  effect: SetCookieEffect,
  entry: HarEntryFacts,
  topLevelUrl: string,
  portalHost: string,
): void {
  const key = cookieKey(effect.observation, portalHost);
  const existing = cookies.get(key);
  if (effect.deletes) {
    if (existing && existing.removedAt === null) cookies.set(key, markRemoved(existing, entry.at));
    return;
  }
  const party = partyOf(effect.observation.domain, portalHost);
  const sighting = addSighting(existing, effect.observation, {
    at: entry.at,
    seenBy: 'set-cookie-header',
    party,
    requestedLifetimeMs: effect.requestedLifetimeMs,
  });
  // Addresses without their query: a measurement request's parameters often repeat its cookie's identifier.
  cookies.set(key, {
    ...sighting,
    firstPage: existing?.firstPage ?? keptUrl(topLevelUrl),
    setByResponse: existing?.setByResponse ?? keptUrl(entry.url),
  });
}

/**
 * The names sent in requests that no recorded cookie explains. Recorded cookies are looked up by name (a scan of
 * them all for each name sent made a 40,000-entry file take 37 s).
 */
function requestOnly(sent: Iterable<RequestOnlySighting>, recorded: readonly EvidenceCookie[]): RequestOnlySighting[] {
  const byName = new Map<string, EvidenceCookie[]>();
  for (const cookie of recorded) {
    const same = byName.get(cookie.name);
    if (same) same.push(cookie);
    else byName.set(cookie.name, [cookie]);
  }
  return [...sent].filter(
    ({ name, host }) => !(byName.get(name) ?? []).some((cookie) => domainMatches(host, cookie.domain)),
  );
}

/**
 * Each page's URL: its title when Chrome wrote the URL there, else its first document, else its first entry.
 * The entries are gone through once, not once per page.
 */
function pageUrlsOf(log: HarLogFacts): Map<string, string> {
  const firstEntry = new Map<string, HarEntryFacts>();
  const firstDocument = new Map<string, HarEntryFacts>();
  for (const entry of log.entries) {
    if (entry.pageref === null) continue;
    if (!firstEntry.has(entry.pageref)) firstEntry.set(entry.pageref, entry);
    if (entry.isDocument && !firstDocument.has(entry.pageref)) firstDocument.set(entry.pageref, entry);
  }
  const urls = new Map<string, string>();
  for (const page of log.pages) {
    const url = webHostOf(page.title) ? page.title : (firstDocument.get(page.id) ?? firstEntry.get(page.id))?.url;
    if (url) urls.set(page.id, url);
  }
  return urls;
}
