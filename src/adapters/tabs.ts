import browser from 'webextension-polyfill';
import { webHostOf } from '../core/portal/detect.ts';
import { parseHostInput } from '../core/portal/settings.ts';

/** What this extension reads of a tab. */
export interface TabInfo {
  id?: number;
  url?: string;
  status?: string;
}

/** The browser's tabs: their pages, their loading, their closing. */
export const tabs = {
  /** A tab's page and loading status, or undefined for a tab closed since. */
  async info(tabId: number): Promise<TabInfo | undefined> {
    try {
      return await browser.tabs.get(tabId);
    } catch {
      return undefined;
    }
  },

  /** The page a tab shows, or undefined for a tab closed since. */
  async urlOf(tabId: number): Promise<string | undefined> {
    return (await tabs.info(tabId))?.url;
  },

  /** The host a popup's target is about: the host it names, or the web host of the tab's page (null for any other page). */
  async hostOf(target: { host: string } | { tabId: number }): Promise<string | null> {
    if ('host' in target) return parseHostInput(target.host);
    return tabs.hostOfPage(await tabs.info(target.tabId));
  },

  /** The web host of the page a tab shows, null for any other page (or no tab). */
  hostOfPage(tab: TabInfo | undefined): string | null {
    return webHostOf(tab?.url);
  },

  /** Every open tab, in every window. */
  all(): Promise<TabInfo[]> {
    return browser.tabs.query({});
  },

  /** The tab the user looks at in the current window. */
  async active(): Promise<TabInfo | undefined> {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab;
  },

  /** A tab changed address or finished loading; registered at once. */
  onUpdated(listener: (tabId: number, change: { url?: string; status?: string }, tab: TabInfo) => void): void {
    browser.tabs.onUpdated.addListener(listener);
  },

  onRemoved(listener: (tabId: number) => void): void {
    browser.tabs.onRemoved.addListener(listener);
  },
};

export type TabsApi = typeof tabs;
