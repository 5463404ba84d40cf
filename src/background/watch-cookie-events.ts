import browser, { type Cookies } from 'webextension-polyfill';
import { cookieConcernsPortal } from '../core/cookies/attribution.ts';
import { observationFromBrowserCookie, type BrowserCookie } from '../core/cookies/browser-cookie.ts';
import { cookieKey } from '../core/cookies/record.ts';
import type { CookieObservation } from '../core/cookies/types.ts';
import { siteOf } from '../core/portal/site.ts';
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

/** Records every cookie set or removed on a portal, whether by a response or by a page script. */
export function watchCookieEvents(deps: CookieWatchDeps): void {
  browser.cookies.onChanged.addListener(async ({ removed, cookie, cause }: Cookies.OnChangedChangeInfoType) => {
    // An overwrite is reported as a removal followed by the new cookie: the second event says it all.
    if (removed && cause === 'overwrite') return;
    const observation = observationFromBrowserCookie(cookie as BrowserCookie);
    const at = deps.now();
    const portals = await portalsAround(observation, deps);
    const change = removed ? removalChange(observation, at) : sightingChange(observation, 'cookie-event', at);
    const direct = portals.filter((host) => cookieConcernsPortal(observation, host));
    for (const host of direct) await deps.recorder.update(host, change);
    // A third-party cookie first seen in a response header of a portal tab: its later changes belong there too.
    for (const host of deps.recorder.loadedHosts()) {
      if (direct.includes(host)) continue;
      await deps.recorder.update(host, (record) => (record.cookies[cookieKey(observation, record.host)] ? change(record) : false));
    }
  });
}

/**
 * Takes stock of the cookies a portal page has, including partitioned ones where the browser supports
 * partitionKey: cookies set before the extension was installed or while its background was asleep.
 */
export async function takeInventory(host: string, deps: CookieWatchDeps): Promise<void> {
  const at = deps.now();
  const portalSite = siteOf(new URL(`https://${host}`));
  const queries: { query: Cookies.GetAllDetailsType; withoutPartitions?: Cookies.GetAllDetailsType }[] = [
    { query: { domain: host, partitionKey: {} }, withoutPartitions: { domain: host } },
    { query: { url: `https://${host}/`, partitionKey: {} }, withoutPartitions: { url: `https://${host}/` } },
    // Third-party cookies of embeds, partitioned under the portal's site.
    { query: { partitionKey: { topLevelSite: portalSite } } },
  ];
  const found: Cookies.Cookie[] = [];
  for (const { query, withoutPartitions } of queries) {
    try {
      found.push(...(await browser.cookies.getAll(query)));
    } catch {
      // A browser without partitionKey support rejects the query: ask again without it.
      if (withoutPartitions) found.push(...(await browser.cookies.getAll(withoutPartitions)));
    }
  }
  const observations = found.map((cookie) => observationFromBrowserCookie(cookie as BrowserCookie));
  const concerning = observations.filter((observation) => cookieConcernsPortal(observation, host));
  await deps.recorder.update(host, (record) => {
    for (const observation of concerning) sightingChange(observation, 'inventory', at)(record);
    return concerning.length > 0;
  });
}
