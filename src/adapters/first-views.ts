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

/**
 * A view is kept as its JSON text: the popup reads every kept view in one request, and the browser hands a string
 * over whole where it rebuilds an object field by field. With 8 portals' views of 500 cookies kept as objects, that
 * read put 4-6 ms more before the first view than with one (measured through the toolbar button); as text, the views
 * the popup does not show cost next to nothing, and only the one it shows is parsed.
 */
interface KeptView {
  keptAt: number;
  json: string;
}

/** The kept first views, read at once; a view is parsed only when asked for. */
export interface KeptFirstViews {
  hosts(): string[];
  of(host: string): TabState | undefined;
}

/** storage.session, where the browser has it (Chrome 102+, Firefox 115+): without it, nothing is kept. */
function sessionArea(): browser.Storage.StorageArea | null {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? null;
}

/** Every kept view, by its storage key; a value of another shape (kept by an earlier version) is left out. */
async function keptEntries(area: browser.Storage.StorageArea): Promise<[string, KeptView][]> {
  return Object.entries(await area.get(null)).filter(
    (entry): entry is [string, KeptView] =>
      entry[0].startsWith(prefix) && typeof (entry[1] as Partial<KeptView> | null)?.json === 'string',
  );
}

export const firstViews = {
  /** Keeps the first view of `host`, and forgets the least recently kept ones beyond the cap. */
  async keep(host: string, state: TabState): Promise<void> {
    const area = sessionArea();
    if (!area) return;
    await area.set({ [prefix + host]: { keptAt: Date.now(), json: JSON.stringify(state) } satisfies KeptView });
    const kept = await keptEntries(area);
    if (kept.length <= keptFirstViewsCap) return;
    kept.sort(([, a], [, b]) => b.keptAt - a.keptAt);
    await area.remove(kept.slice(keptFirstViewsCap).map(([key]) => key));
  },

  /** Every kept first view. */
  async all(): Promise<KeptFirstViews> {
    const area = sessionArea();
    const texts = new Map(
      area ? (await keptEntries(area)).map(([key, view]) => [key.slice(prefix.length), view.json]) : [],
    );
    return {
      hosts: () => [...texts.keys()],
      of(host) {
        const json = texts.get(host);
        return json === undefined ? undefined : (JSON.parse(json) as TabState);
      },
    };
  },

  /** Forgets the first view of `host`, or of every portal. */
  async forget(host?: string): Promise<void> {
    const area = sessionArea();
    if (!area) return;
    if (host !== undefined) return area.remove(prefix + host);
    await area.remove((await keptEntries(area)).map(([key]) => key));
  },
};
