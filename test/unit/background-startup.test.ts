/**
 * A portal page that began loading before the background listened (the browser's start page, a restored tab): its
 * cookie events, responses and even its "complete" can be lost (seen in Chromium). The background takes stock of it
 * once the browser says it has loaded, third-party cookies included: those the page's third parties can have set.
 */
import { describe, expect, it, vi } from 'vitest';
import { browserApis } from '../../src/adapters/browser-apis.ts';
import { storage } from '../../src/adapters/storage.ts';
import { RecordStore } from '../../src/background/record-store.ts';
import { OpenTabs } from '../../src/background/tabs.ts';
import { takeStockOfEarlyResponses } from '../../src/background/watch-cookie-events.ts';
import { isPortalByDefault } from '../../src/core/portal/detect.ts';
import { chromeCookie as sessionCookie, fakeBrowser } from '../support/fake-browser.ts';

const listening = Date.UTC(2026, 10, 30, 2, 0);
const portal = 'data.montreuil.fr';
const portalTab = { id: 7, url: `https://${portal}/`, status: 'loading' };

/** A cookie as Chrome's cookies API reports it, persistent for an hour after the background listened. */
function chromeCookie(name: string, domain: string, extra: Record<string, unknown> = {}) {
  return sessionCookie(name, domain, { session: false, expirationDate: listening / 1000 + 3600, ...extra });
}

/** The start page's frames, as scripting.executeScript answers: loaded before `listening` or after. */
function pageFrames(loadedBefore: boolean) {
  return [
    { frameId: 0, result: { loadedBefore, origins: [`https://${portal}`, 'https://tuiles.carto-tiers.fr', 'data:'] } },
    { frameId: 3, result: { loadedBefore: false, origins: ['https://video.lecteur-tiers.com'] } },
  ];
}

/** The jar: the portal's own cookies, and what Chrome sends to each third party (unpartitioned, or under the portal). */
function jar(query: unknown) {
  const { url, domain, partitionKey } = query as {
    url?: string;
    domain?: string;
    partitionKey?: { topLevelSite?: string };
  };
  if (domain === portal || url === `https://${portal}/`)
    return partitionKey?.topLevelSite ? [] : [chromeCookie('sessionid', portal)];
  if (url === 'https://tuiles.carto-tiers.fr/' && !partitionKey)
    return [
      chromeCookie('carto_uid', 'tuiles.carto-tiers.fr', { sameSite: 'no_restriction' }),
      chromeCookie('carto_lax', 'tuiles.carto-tiers.fr'),
    ];
  if (url === 'https://video.lecteur-tiers.com/' && partitionKey?.topLevelSite === 'https://montreuil.fr') {
    return [
      chromeCookie('lecteur_visiteur', 'video.lecteur-tiers.com', {
        sameSite: 'no_restriction',
        partitionKey: { topLevelSite: 'https://montreuil.fr' },
      }),
    ];
  }
  return [];
}

function setUp(loadedBefore: boolean) {
  fakeBrowser.cookies.getAll = async (query) => jar(query);
  fakeBrowser.scripting.executeScript = async () => pageFrames(loadedBefore);
  const recordStore = new RecordStore({ storage, flushDelayMs: 10, retryDelayMs: 10, onStored: () => {} });
  const openTabs = new OpenTabs();
  openTabs.setUrl(portalTab.id, portalTab.url);
  return {
    recordStore,
    deps: {
      recordStore,
      openTabs,
      isPortal: async (host: string) => isPortalByDefault(host),
      now: () => listening + 2000,
      listeningSince: Promise.resolve(listening),
      browser: browserApis,
    },
  };
}

const names = async (recordStore: RecordStore) =>
  Object.values((await recordStore.record(portal)).cookies).map(
    (cookie) => `${cookie.name}@${cookie.domain}:${cookie.party}`,
  );

describe('a portal page loaded before the background listened', () => {
  it('gets the third-party cookies its third parties can have set: SameSite=None, or partitioned under the portal', async () => {
    const { recordStore, deps } = setUp(true);
    await takeStockOfEarlyResponses(portalTab.id, portal, deps);
    expect(await names(recordStore)).toEqual([
      'carto_uid@tuiles.carto-tiers.fr:third',
      'lecteur_visiteur@video.lecteur-tiers.com:third',
    ]);
    expect(JSON.stringify(await recordStore.record(portal))).not.toContain('secret-value');
  });

  it('leaves a page loaded after the background listened to the events it saw', async () => {
    const { recordStore, deps } = setUp(false);
    await takeStockOfEarlyResponses(portalTab.id, portal, deps);
    expect(await names(recordStore)).toEqual([]);
  });

  it('asks Firefox, which keeps a third party’s cookies in the portal’s partition, for that partition only', async () => {
    const { recordStore, deps } = setUp(true);
    Object.assign(fakeBrowser.runtime, { getBrowserInfo: async () => ({ name: 'Firefox' }) });
    await takeStockOfEarlyResponses(portalTab.id, portal, deps);
    expect(await names(recordStore)).toEqual(['lecteur_visiteur@video.lecteur-tiers.com:third']);
  });

  it('is taken stock of once the browser says it has loaded, though its "complete" never reaches the background', async () => {
    await fakeBrowser.storage.session.set({ listeningSince: listening });
    fakeBrowser.cookies.getAll = async (query) => jar(query);
    fakeBrowser.scripting.executeScript = async () => pageFrames(true);
    fakeBrowser.tabs.query = async () => [portalTab];
    let asked = 0;
    fakeBrowser.tabs.get = async () => ({ ...portalTab, status: ++asked < 3 ? 'loading' : 'complete' });
    await import('../../src/background/index.ts');
    await vi.waitFor(
      async () => {
        const stored = (await fakeBrowser.storage.local.get(`portal:${portal}`))[`portal:${portal}`] as
          { cookies: Record<string, { name: string }> } | undefined;
        expect(
          Object.values(stored?.cookies ?? {})
            .map((cookie) => cookie.name)
            .sort(),
        ).toEqual(['carto_uid', 'lecteur_visiteur', 'sessionid']);
      },
      { timeout: 10_000 },
    );
    expect(fakeBrowser.tabs.onUpdated.listeners.length).toBeGreaterThan(0);
  });
});
