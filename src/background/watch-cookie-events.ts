import browser, { type Cookies } from 'webextension-polyfill';
import { cookieConcernsPortal } from '../core/cookies/attribution.ts';
import { observationFromBrowserCookie, type BrowserCookie } from '../core/cookies/browser-cookie.ts';
import { cookieKey } from '../core/cookies/record.ts';
import type { CookieObservation } from '../core/cookies/types.ts';
import { partyOf, siteOf } from '../core/portal/site.ts';
import { CONSENT_COOKIE_NAME } from '../core/consent/consent-choice.ts';
import { consentChange } from './consent.ts';
import type { PortalRecorder } from './recorder.ts';
import { removalChange, sightingChange } from './record-cookie.ts';
import type { OpenTabs } from './tabs.ts';

export interface CookieWatchDeps {
  recorder: PortalRecorder;
  openTabs: OpenTabs;
  isPortal: (host: string) => Promise<boolean>;
  now: () => number;
  /** Asked only once a portal is concerned, so that other sites' cookies never load the list. */
}

/** Portals a cookie may concern: open or already recorded portals, and its own host when that is a portal. */
async function portalsAround(observation: CookieObservation, deps: CookieWatchDeps): Promise<string[]> {
  const candidates = new Set([...deps.openTabs.hosts(), ...deps.recorder.loadedHosts(), observation.domain]);
  const portals: string[] = [];
  for (const host of candidates) {
    if (await deps.isPortal(host)) portals.push(host);
  }
  return portals;
}

/** The page a portal's tab shows now: where a cookie seen without a response was set. */
function pageOn(host: string, openTabs: OpenTabs): string | null {
  const tabId = openTabs.tabsOn(host)[0];
  return (tabId === undefined ? undefined : openTabs.urlOf(tabId)) ?? null;
}

/** Records every cookie set or removed on a portal, whether by a response or by a page script. */
export function watchCookieEvents(deps: CookieWatchDeps): void {
  browser.cookies.onChanged.addListener(async ({ removed, cookie, cause }: Cookies.OnChangedChangeInfoType) => {
    // An overwrite is reported as a removal followed by the new cookie: the second event says it all.
    if (removed && cause === 'overwrite') return;
    const observation = observationFromBrowserCookie(cookie as BrowserCookie);
    const at = deps.now();
    const portals = await portalsAround(observation, deps);
    const changeFor = (host: string) =>
      removed ? removalChange(observation, at) : sightingChange(observation, 'cookie-event', at, { page: pageOn(host, deps.openTabs) });
    const direct = portals.filter((host) => cookieConcernsPortal(observation, host));
    for (const host of direct) {
      await deps.recorder.update(host, changeFor(host));
      if (observation.name === CONSENT_COOKIE_NAME && partyOf(observation.domain, host) === 'first') {
        await deps.recorder.update(host, consentChange(cookie, removed, at));
      }
    }
    // A third-party cookie first seen in a response header of a portal tab: its later changes belong there too.
    for (const host of deps.recorder.loadedHosts()) {
      if (direct.includes(host)) continue;
      await deps.recorder.update(host, (record) => (record.cookies[cookieKey(observation, record.host)] ? changeFor(host)(record) : false));
    }
  });
}

/**
 * The browser's cookies that concern a portal: those sent to it, and third-party ones partitioned under its site
 * (partitionKey where the browser supports it).
 */
export async function cookiesOfPortal(host: string): Promise<Cookies.Cookie[]> {
  const portalSite = siteOf(new URL(`https://${host}`));
  const queries: { query: Cookies.GetAllDetailsType; withoutPartitions?: Cookies.GetAllDetailsType }[] = [
    { query: { domain: host, partitionKey: {} }, withoutPartitions: { domain: host } },
    { query: { url: `https://${host}/`, partitionKey: {} }, withoutPartitions: { url: `https://${host}/` } },
    // Third-party cookies of embeds, partitioned under the portal's site.
    { query: { partitionKey: { topLevelSite: portalSite } } },
  ];
  const found = new Map<string, Cookies.Cookie>();
  for (const { query, withoutPartitions } of queries) {
    let cookies: Cookies.Cookie[] = [];
    try {
      cookies = await browser.cookies.getAll(query);
    } catch {
      // A browser without partitionKey support rejects the query: ask again without it.
      if (withoutPartitions) cookies = await browser.cookies.getAll(withoutPartitions);
    }
    for (const cookie of cookies) {
      const observation = observationFromBrowserCookie(cookie as BrowserCookie);
      if (cookieConcernsPortal(observation, host)) found.set(cookieKey(observation, host), cookie);
    }
  }
  return [...found.values()];
}

/**
 * Takes stock of the cookies a portal page has: cookies set before the extension was installed or while its
 * background was asleep, and the visitor's consent choice.
 */
export async function takeInventory(host: string, deps: CookieWatchDeps): Promise<void> {
  const at = deps.now();
  const cookies = await cookiesOfPortal(host);
  const page = pageOn(host, deps.openTabs);
  const consentCookie = cookies.find((cookie) => cookie.name === CONSENT_COOKIE_NAME && partyOf(cookie.domain.replace(/^\./, ''), host) === 'first');
  await deps.recorder.update(host, (record) => {
    for (const cookie of cookies) sightingChange(observationFromBrowserCookie(cookie as BrowserCookie), 'inventory', at, { page })(record);
    if (consentCookie) consentChange(consentCookie, false, at)(record);
    return cookies.length > 0;
  });
}
