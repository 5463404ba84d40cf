/**
 * What a tab's page received before the background listened: at the browser's start (or the extension's install) a
 * page can load before any background runs, and the responses it received then were never seen. Read from the
 * page's Resource Timing entries (addresses only) and its start time, with scripting.executeScript, in every frame.
 */
import browser from 'webextension-polyfill';

const listeningSinceKey = 'listeningSince';

/** Whether a frame's page began loading before `since` (ms since the epoch), and the origins it received; runs in the page. */
function receivedSince(since: number): { loadedBefore: boolean; origins: string[] } {
  return {
    loadedBefore: performance.timeOrigin < since,
    origins: performance.getEntriesByType('resource').map((entry) => new URL(entry.name).origin),
  };
}

export const pageResources = {
  /**
   * When the first background of this browser session started listening, kept in storage.session (memory, this
   * session only) across service-worker restarts: a stopped background is woken for the events it listens to, so
   * only what came before that moment went unseen. Called once, on the background's first tick.
   */
  async listeningSince(now: number): Promise<number> {
    const session = (browser.storage as { session?: browser.Storage.StorageArea }).session;
    if (!session) return now;
    const kept = (await session.get(listeningSinceKey))[listeningSinceKey];
    if (typeof kept === 'number') return kept;
    await session.set({ [listeningSinceKey]: now });
    return now;
  },

  /**
   * The web origins (http, https) that a tab's frames received resources from, if its page began loading before
   * `since`: every response then may have gone unseen (at browser start, Chromium was seen to lose the events of a
   * start page still loading after the background's first tick). None for a later page, or a tab gone.
   */
  async originsOfPageLoadedBefore(tabId: number, since: number): Promise<string[]> {
    try {
      const frames = await browser.scripting.executeScript({
        target: { tabId, allFrames: true },
        func: receivedSince,
        args: [since],
      });
      const page = frames.find((frame) => frame.frameId === 0)?.result as ReturnType<typeof receivedSince> | undefined;
      if (!page?.loadedBefore) return [];
      const origins = frames.flatMap(
        (frame) => (frame.result as ReturnType<typeof receivedSince> | undefined)?.origins ?? [],
      );
      return [...new Set(origins.filter((origin) => /^https?:\/\//.test(origin)))];
    } catch {
      return [];
    }
  },
};

export type PageResourcesApi = typeof pageResources;
