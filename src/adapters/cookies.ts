import browser, { type Cookies } from 'webextension-polyfill';
import { cookieConcernsPortal } from '../core/cookies/attribution.ts';
import { observationFromBrowserCookie, type BrowserCookie } from '../core/cookies/browser-cookie.ts';
import { cookieKey } from '../core/cookies/kept-cookie.ts';
import { siteOf } from '../core/portal/site.ts';

/** One change of the browser's cookie jar, as the cookies API reports it. */
export type CookieChange = Cookies.OnChangedChangeInfoType;
/** A cookie as the cookies API gives it: its value is read only for the consent cookie (consent-change.ts). */
export type JarCookie = Cookies.Cookie;

/** The browser's cookies: their changes, those of a portal (with or without partitions), their deletion. */
export const cookies = {
  /** Registered at once: a change that wakes the background is not missed. */
  onChanged(listener: (change: CookieChange) => void | Promise<void>): void {
    browser.cookies.onChanged.addListener(listener);
  },

  /**
   * The cookies that concern a portal: those sent to it, and third-party ones partitioned under its site
   * (partitionKey where the browser supports it, asked again without it where it does not).
   */
  async ofPortal(host: string): Promise<JarCookie[]> {
    const portalSite = siteOf(new URL(`https://${host}`));
    const queries: { query: Cookies.GetAllDetailsType; withoutPartitions?: Cookies.GetAllDetailsType }[] = [
      { query: { domain: host, partitionKey: {} }, withoutPartitions: { domain: host } },
      { query: { url: `https://${host}/`, partitionKey: {} }, withoutPartitions: { url: `https://${host}/` } },
      // Third-party cookies of embeds, partitioned under the portal's site.
      { query: { partitionKey: { topLevelSite: portalSite } } },
    ];
    const found = new Map<string, JarCookie>();
    for (const { query, withoutPartitions } of queries) {
      let answered: JarCookie[] = [];
      try {
        answered = await browser.cookies.getAll(query);
      } catch {
        // A browser without partitionKey support rejects the query: ask again without it.
        if (withoutPartitions) answered = await browser.cookies.getAll(withoutPartitions);
      }
      for (const cookie of answered) {
        const observation = observationFromBrowserCookie(cookie as BrowserCookie);
        if (cookieConcernsPortal(observation, host)) found.set(cookieKey(observation, host), cookie);
      }
    }
    return [...found.values()];
  },

  /**
   * The cookies the browser sends to `origin` from a page of the portal: unpartitioned ones, and those partitioned
   * under the portal's site (Firefox keeps only those for a third party; Chrome adds them to the unpartitioned ones).
   */
  async sentFromPortal(origin: string, host: string): Promise<JarCookie[]> {
    const url = `${origin}/`;
    const partitioned = await browser.cookies
      .getAll({ url, partitionKey: { topLevelSite: siteOf(new URL(`https://${host}`)) } })
      .catch(() => []);
    // Firefox (the browser with runtime.getBrowserInfo) keeps what a third party sets in the portal's partition
    // (Total Cookie Protection): its unpartitioned cookies are those of visits to that site itself.
    const partitionsThirdParties = 'getBrowserInfo' in browser.runtime;
    return partitionsThirdParties ? partitioned : [...partitioned, ...(await browser.cookies.getAll({ url }))];
  },

  /** The cookies of this name and domain, in every partition where the browser knows the word (Chrome, Firefox 119+), else in the unpartitioned jar. */
  named(name: string, domain: string): Promise<JarCookie[]> {
    const query = { name, domain };
    return browser.cookies.getAll({ ...query, partitionKey: {} }).catch(() => browser.cookies.getAll(query));
  },

  /** Deletes one cookie from the browser, in its store and partition. */
  async remove(cookie: JarCookie): Promise<void> {
    const observation = observationFromBrowserCookie(cookie as BrowserCookie);
    await browser.cookies.remove({
      name: cookie.name,
      url: `${cookie.secure ? 'https' : 'http'}://${observation.domain}${observation.path}`,
      storeId: cookie.storeId,
      ...(cookie.partitionKey ? { partitionKey: cookie.partitionKey } : {}),
    });
  },
};

export type CookiesApi = typeof cookies;
