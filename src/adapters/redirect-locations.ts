import browser, { type WebRequest } from 'webextension-polyfill';
import type { RedirectLocator } from './fetch-page.ts';

/** How long a redirect's Location is awaited after fetch reported it, in steps: webRequest events come on their own path. */
const WAIT_STEPS = 20;
const STEP_MS = 100;
/** Locations kept at most: the extension makes a few requests per charter read. */
const MAX_KEPT = 50;

/**
 * Learns where the extension's own requests are redirected, from their response headers (webRequest sees them,
 * with tabId -1). A browser hides the Location of a `redirect: 'manual'` fetch from the script that made it; the
 * page fetcher asks here, then checks the target before following it. Only the Location of 3xx answers is kept.
 */
export function watchRedirectLocations(): RedirectLocator {
  const locations = new Map<string, string>();
  browser.webRequest.onHeadersReceived.addListener(
    (details: WebRequest.OnHeadersReceivedDetailsType) => {
      if (details.tabId !== -1 || details.statusCode < 300 || details.statusCode >= 400) return;
      const location = details.responseHeaders?.find((header) => header.name.toLowerCase() === 'location')?.value;
      if (location === undefined) return;
      if (locations.size >= MAX_KEPT) locations.clear();
      locations.set(details.url, location);
    },
    { urls: ['<all_urls>'] },
    ['responseHeaders'],
  );
  return async (url) => {
    for (let step = 0; step < WAIT_STEPS; step++) {
      const location = locations.get(url);
      if (location !== undefined) return location;
      await new Promise((resolve) => setTimeout(resolve, STEP_MS));
    }
    return null;
  };
}
