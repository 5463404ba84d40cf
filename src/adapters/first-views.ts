/**
 * The popup's first view of each portal, kept by the background in storage.session (in memory, for this browser
 * session only, never written to disk nor sent anywhere) so that a popup opened while the background sleeps paints
 * it without waking it; the popup then shows what the background answers. A view is forgotten as soon as its
 * portal's record or the settings change. It holds what the popup shows, never a cookie's value (none is recorded).
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../core/report/tab-state.ts';

const prefix = 'firstView:';

/** storage.session, where the browser has it (Chrome 102+, Firefox 115+): without it, nothing is kept. */
function sessionArea(): browser.Storage.StorageArea | null {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? null;
}

export const firstViews = {
  async keep(host: string, state: TabState): Promise<void> {
    await sessionArea()?.set({ [prefix + host]: state });
  },

  async kept(host: string): Promise<TabState | null> {
    const area = sessionArea();
    if (!area) return null;
    const key = prefix + host;
    return ((await area.get(key))[key] as TabState | undefined) ?? null;
  },

  /** Forgets the first view of `host`, or of every portal. */
  async forget(host?: string): Promise<void> {
    const area = sessionArea();
    if (!area) return;
    if (host !== undefined) return area.remove(prefix + host);
    await area.remove(Object.keys(await area.get(null)).filter((key) => key.startsWith(prefix)));
  },
};
