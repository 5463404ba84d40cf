/**
 * The popup's first view of each portal, kept by the background in storage.session (in memory, for this browser
 * session only, never written to disk nor sent anywhere) so that a popup opened while the background sleeps paints
 * it without waking it; the popup then shows what the background answers. A view is forgotten as soon as its
 * portal's record or the settings change. It holds what the popup shows, never a cookie's value (none is recorded).
 */
import browser from 'webextension-polyfill';
import type { TabState } from '../core/report/tab-state.ts';

const prefix = 'firstView:';

/**
 * How many portals' first views are kept, the most recently kept: the popup reads them all in one request, sent
 * while it is still asking which tab it is about (reading one would wait for that answer), so their number is bounded.
 */
export const keptFirstViewsCap = 8;

interface KeptView {
  keptAt: number;
  state: TabState;
}

/** storage.session, where the browser has it (Chrome 102+, Firefox 115+): without it, nothing is kept. */
function sessionArea(): browser.Storage.StorageArea | null {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? null;
}

/** Every kept view, by its storage key. */
async function keptEntries(area: browser.Storage.StorageArea): Promise<[string, KeptView][]> {
  return Object.entries(await area.get(null)).filter((entry): entry is [string, KeptView] =>
    entry[0].startsWith(prefix),
  );
}

export const firstViews = {
  /** Keeps the first view of `host`, and forgets the least recently kept ones beyond the cap. */
  async keep(host: string, state: TabState): Promise<void> {
    const area = sessionArea();
    if (!area) return;
    await area.set({ [prefix + host]: { keptAt: Date.now(), state } satisfies KeptView });
    const kept = await keptEntries(area);
    if (kept.length <= keptFirstViewsCap) return;
    kept.sort(([, a], [, b]) => b.keptAt - a.keptAt);
    await area.remove(kept.slice(keptFirstViewsCap).map(([key]) => key));
  },

  /** Every kept first view, by host. */
  async all(): Promise<Map<string, TabState>> {
    const area = sessionArea();
    if (!area) return new Map();
    return new Map((await keptEntries(area)).map(([key, view]) => [key.slice(prefix.length), view.state]));
  },

  /** Forgets the first view of `host`, or of every portal. */
  async forget(host?: string): Promise<void> {
    const area = sessionArea();
    if (!area) return;
    if (host !== undefined) return area.remove(prefix + host);
    await area.remove((await keptEntries(area)).map(([key]) => key));
  },
};
