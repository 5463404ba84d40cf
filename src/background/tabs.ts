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
    return new Set([...this.urls.keys()].map((tabId) => this.hostOf(tabId)).filter((host): host is string => host !== null));
  }
}
