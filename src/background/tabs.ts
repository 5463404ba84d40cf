import type { TabInfo, TabsApi } from '../adapters/tabs.ts';
import { webHostOf } from '../core/portal/detect.ts';

/** The top-level page of each open tab, kept in memory; rebuilt from tabs.query when the background starts. */
export class OpenTabs {
  private readonly urls = new Map<number, string>();

  setUrl(tabId: number, url: string | undefined): void {
    if (url) this.urls.set(tabId, url);
    else this.urls.delete(tabId);
  }

  forget(tabId: number): void {
    this.urls.delete(tabId);
  }

  urlOf(tabId: number): string | undefined {
    return this.urls.get(tabId);
  }

  hostOf(tabId: number): string | null {
    return webHostOf(this.urls.get(tabId));
  }

  /** Tabs whose page is on `host`: where the badge of that portal shows. */
  tabsOn(host: string): number[] {
    return [...this.urls.keys()].filter((tabId) => this.hostOf(tabId) === host);
  }

  hosts(): Set<string> {
    return new Set(
      [...this.urls.keys()].map((tabId) => this.hostOf(tabId)).filter((host): host is string => host !== null),
    );
  }
}

/** How often, and how long at most, a tab open at the background's start is asked whether its page has loaded. */
const LOAD_CHECK_INTERVAL_MS = 250;
const LOAD_CHECK_LIMIT_MS = 60_000;

/** The tab once its page has loaded (undefined if it closed, or still loads after a minute), asked of the browser. */
export async function whenLoaded(tabId: number, tabs: Pick<TabsApi, 'info'>): Promise<TabInfo | undefined> {
  for (let waited = 0; waited <= LOAD_CHECK_LIMIT_MS; waited += LOAD_CHECK_INTERVAL_MS) {
    const tab = await tabs.info(tabId);
    if (tab?.status !== 'loading') return tab;
    await new Promise((resolve) => setTimeout(resolve, LOAD_CHECK_INTERVAL_MS));
  }
  return undefined;
}
