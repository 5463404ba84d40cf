import { cookieConcernsPortal } from '../core/cookies/attribution.ts';
import type { BrowserApis } from '../adapters/browser-apis.ts';
import type { JarCookie } from '../adapters/cookies.ts';
import { observationFromBrowserCookie, type BrowserCookie } from '../core/cookies/browser-cookie.ts';
import { cookieKey } from '../core/cookies/kept-cookie.ts';
import type { CookieObservation } from '../core/cookies/types.ts';
import { partyOf } from '../core/portal/site.ts';
import { CONSENT_COOKIE_NAME } from '../core/consent/consent-choice.ts';
import { consentChange } from '../core/record/consent-change.ts';
import { removalChange, sightingChange } from '../core/record/cookie-changes.ts';
import type { PortalRecord } from '../core/record/portal-record.ts';
import type { RecordStore } from './record-store.ts';
import type { OpenTabs } from './tabs.ts';

export interface CookieWatchDeps {
  recordStore: RecordStore;
  openTabs: OpenTabs;
  isPortal: (host: string) => Promise<boolean>;
  now: () => number;
  browser: Pick<BrowserApis, 'cookies'>;
}

/** Portals a cookie may concern: open or already recorded portals, and its own host when that is a portal. */
async function portalsAround(observation: CookieObservation, deps: CookieWatchDeps): Promise<string[]> {
  const candidates = new Set([...deps.openTabs.hosts(), ...deps.recordStore.loadedHosts(), observation.domain]);
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
  deps.browser.cookies.onChanged(async ({ removed, cookie, cause }) => {
    // An overwrite is reported as a removal followed by the new cookie: the second event says it all.
    if (removed && cause === 'overwrite') return;
    const observation = observationFromBrowserCookie(cookie as BrowserCookie);
    const at = deps.now();
    const portals = await portalsAround(observation, deps);
    const changeFor = (host: string) =>
      removed
        ? removalChange(observation, at)
        : sightingChange(observation, 'cookie-event', at, { page: pageOn(host, deps.openTabs) });
    const direct = portals.filter((host) => cookieConcernsPortal(observation, host));
    for (const host of direct) {
      await deps.recordStore.update(host, changeFor(host));
      if (observation.name === CONSENT_COOKIE_NAME && partyOf(observation.domain, host) === 'first') {
        await deps.recordStore.update(host, consentChange(cookie, removed, at));
      }
    }
    // A third-party cookie first seen in a response header of a portal tab: its later changes belong there too.
    for (const host of deps.recordStore.loadedHosts()) {
      if (direct.includes(host)) continue;
      await deps.recordStore.update(host, (record) =>
        record.cookies[cookieKey(observation, record.host)] ? changeFor(host)(record) : false,
      );
    }
  });
}

/**
 * Takes stock of the cookies a portal page has: cookies set before the extension was installed or while its
 * background was asleep, and the visitor's consent choice.
 */
export async function takeInventory(
  host: string,
  deps: CookieWatchDeps,
  { unrecordedOnly = false } = {},
): Promise<void> {
  await recordInventory(host, await deps.browser.cookies.ofPortal(host), deps, unrecordedOnly);
}

export interface EarlyResponseDeps extends CookieWatchDeps {
  browser: Pick<BrowserApis, 'cookies' | 'pageResources'>;
  /** When this browser session's first background started listening (pageResources.listeningSince). */
  listeningSince: Promise<number>;
}

/**
 * Takes stock of the third-party cookies that responses to a portal tab may have set unseen, when its page began
 * loading before the background listened (as the browser started, or before the extension was installed): the
 * cookies the browser sends from the portal's page to each third-party origin the page received something from.
 * Only cookies a third-party response can set (SameSite=None, or partitioned under the portal) are taken.
 */
export async function takeStockOfEarlyResponses(tabId: number, host: string, deps: EarlyResponseDeps): Promise<void> {
  const origins = await deps.browser.pageResources.originsOfPageLoadedBefore(tabId, await deps.listeningSince);
  const thirdParties = origins.filter((origin) => partyOf(new URL(origin).hostname, host) === 'third');
  const sent = (
    await Promise.all(thirdParties.map((origin) => deps.browser.cookies.sentFromPortal(origin, host)))
  ).flat();
  const crossSite = sent.filter((cookie) => {
    const observation = observationFromBrowserCookie(cookie as BrowserCookie);
    return (
      partyOf(observation.domain, host) === 'third' &&
      (observation.partitionKey !== null || observation.sameSite === 'none')
    );
  });
  await recordInventory(host, crossSite, deps, true);
}

async function recordInventory(
  host: string,
  inJar: JarCookie[],
  deps: CookieWatchDeps,
  unrecordedOnly: boolean,
): Promise<void> {
  const at = deps.now();
  const page = pageOn(host, deps.openTabs);
  await deps.recordStore.update(host, (record) => {
    // unrecordedOnly: a record that already holds every cookie is left as it is (and so is the popup's kept first view).
    const cookies = unrecordedOnly ? inJar.filter((cookie) => !isRecorded(record, cookie)) : inJar;
    for (const cookie of cookies)
      sightingChange(observationFromBrowserCookie(cookie as BrowserCookie), 'inventory', at, { page })(record);
    const consentCookie = cookies.find(
      (cookie) => cookie.name === CONSENT_COOKIE_NAME && partyOf(cookie.domain.replace(/^\./, ''), host) === 'first',
    );
    if (consentCookie) consentChange(consentCookie, false, at)(record);
    return cookies.length > 0;
  });
}

function isRecorded(record: PortalRecord, cookie: JarCookie): boolean {
  const recorded = record.cookies[cookieKey(observationFromBrowserCookie(cookie as BrowserCookie), record.host)];
  return recorded !== undefined && recorded.removedAt === null;
}
