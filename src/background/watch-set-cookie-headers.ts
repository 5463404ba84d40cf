import type { BrowserApis } from '../adapters/browser-apis.ts';
import type { ResponseDetails } from '../adapters/web-request.ts';
import { observationFromBrowserCookie, type BrowserCookie } from '../core/cookies/browser-cookie.ts';
import { cookieKey } from '../core/cookies/kept-cookie.ts';
import { parseSetCookie, splitSetCookieHeaders } from '../core/cookies/set-cookie.ts';
import type { CookieObservation } from '../core/cookies/types.ts';
import { keptByBrowser } from '../core/report/cookie-lines.ts';
import { webHostOf } from '../core/portal/detect.ts';
import { removalChange, sightingChange } from '../core/record/cookie-changes.ts';
import type { RecordStore } from './record-store.ts';
import type { OpenTabs } from './tabs.ts';

export interface HeaderWatchDeps {
  recordStore: RecordStore;
  openTabs: OpenTabs;
  isPortal: (host: string) => Promise<boolean>;
  now: () => number;
  /** How long after a Set-Cookie the browser is asked whether it kept the cookie; 1 s unless a test says otherwise. */
  keptCheckDelayMs?: number;
  browser: Pick<BrowserApis, 'cookies' | 'webRequest' | 'tabs'>;
}

/**
 * Records the cookies that responses set while a portal page is open in a tab, including those of other sites
 * (map tiles, videos, analytics): the portal's page made the browser ask for them, so they are the portal's third parties.
 */
export function watchSetCookieHeaders(deps: HeaderWatchDeps): void {
  deps.browser.webRequest.onResponseHeaders((details) => {
    if (details.tabId < 0) return; // the browser's or an extension's own requests, not a page's
    if (details.type === 'main_frame') deps.openTabs.setUrl(details.tabId, details.url);
    const headers = (details.responseHeaders ?? []).filter((header) => header.name.toLowerCase() === 'set-cookie');
    if (headers.length === 0) return;
    // The header text holds the cookie's value: parseSetCookie reads everything but it, and nothing keeps the text.
    void recordHeaders(details, splitSetCookieHeaders(headers.map((header) => header.value ?? '')), deps);
  });
}

async function recordHeaders(details: ResponseDetails, lines: string[], deps: HeaderWatchDeps): Promise<void> {
  // A tab the background has not heard of yet (its page loaded as the background started): the browser knows its page.
  const topLevelUrl =
    deps.openTabs.urlOf(details.tabId) ?? (await deps.browser.tabs.urlOf(details.tabId)) ?? details.url;
  const portal = webHostOf(topLevelUrl);
  if (!portal || !(await deps.isPortal(portal))) return;
  const at = deps.now();
  for (const line of lines) {
    const effect = parseSetCookie(line, { url: details.url, topLevelUrl, receivedAt: at });
    if (!effect) continue;
    const change = effect.deletes
      ? removalChange(effect.observation, at)
      : sightingChange(effect.observation, 'set-cookie-header', at, {
          requestedLifetimeMs: effect.requestedLifetimeMs,
          page: topLevelUrl,
          response: details.url,
        });
    await deps.recordStore.update(portal, change);
    if (!effect.deletes) confirmKeptLater(portal, effect.observation, deps);
  }
}

/**
 * A cookie only ever seen in a Set-Cookie header is shown as refused by the browser (keptByBrowser). Its cookie event
 * may have come before the header was recorded, and a third-party one is then not attributed to the portal: a moment
 * later, the browser is asked whether it holds the cookie, and if it does the record says so. Asked once per cookie
 * until confirmed: a cookie the cookies API already reported is not asked about.
 */
function confirmKeptLater(portal: string, observation: CookieObservation, deps: HeaderWatchDeps): void {
  setTimeout(() => void confirmKept(portal, observation, deps), deps.keptCheckDelayMs ?? 1000);
}

async function confirmKept(portal: string, observation: CookieObservation, deps: HeaderWatchDeps): Promise<void> {
  const recorded = (await deps.recordStore.record(portal)).cookies[cookieKey(observation, portal)];
  if (!recorded || keptByBrowser(recorded)) return;
  const stored = await deps.browser.cookies.named(observation.name, observation.domain);
  const kept = stored
    .map((cookie) => observationFromBrowserCookie(cookie as BrowserCookie))
    .find((found) => cookieKey(found, portal) === cookieKey(observation, portal));
  if (kept) await deps.recordStore.update(portal, sightingChange(kept, 'inventory', deps.now()));
}
