import { describe, expect, it, vi } from 'vitest';
import { browserApis } from '../../src/adapters/browser-apis.ts';
import { storage } from '../../src/adapters/storage.ts';
import { RecordStore } from '../../src/background/record-store.ts';
import { OpenTabs } from '../../src/background/tabs.ts';
import { takeInventory, watchCookieEvents } from '../../src/background/watch-cookie-events.ts';
import { watchSetCookieHeaders } from '../../src/background/watch-set-cookie-headers.ts';
import { isPortalByDefault } from '../../src/core/portal/detect.ts';
import { chromeCookie, fakeBrowser } from '../support/fake-browser.ts';

const at = Date.UTC(2026, 10, 23, 12);

function setUp() {
  const recordStore = new RecordStore({ storage, flushDelayMs: 10, retryDelayMs: 10, onStored: () => {} });
  const openTabs = new OpenTabs();
  const deps = {
    recordStore,
    openTabs,
    isPortal: async (host: string) => isPortalByDefault(host),
    now: () => at,
    browser: browserApis,
  };
  watchCookieEvents(deps);
  watchSetCookieHeaders(deps);
  return { recordStore, openTabs, deps };
}

async function emitCookieChange(change: { removed: boolean; cookie: unknown; cause: string }) {
  await Promise.all(fakeBrowser.cookies.onChanged.emit(change as never));
}

async function namesOf(recordStore: RecordStore, host: string) {
  return Object.values((await recordStore.record(host)).cookies).map(
    (cookie) => `${cookie.name}@${cookie.domain}:${cookie.party}${cookie.removedAt ? ':removed' : ''}`,
  );
}

describe('watching cookies in the background', () => {
  it('records a portal’s own cookies from cookie events, without their values', async () => {
    const { recordStore } = setUp();
    await emitCookieChange({
      removed: false,
      cookie: chromeCookie('sessionid', 'data.montreuil.fr', { httpOnly: true }),
      cause: 'explicit',
    });
    await emitCookieChange({ removed: false, cookie: chromeCookie('atuserid', '.montreuil.fr'), cause: 'explicit' });
    await emitCookieChange({ removed: false, cookie: chromeCookie('other', 'www.example.org'), cause: 'explicit' });
    expect(await namesOf(recordStore, 'data.montreuil.fr')).toEqual([
      'sessionid@data.montreuil.fr:first',
      'atuserid@montreuil.fr:first',
    ]);
    expect(JSON.stringify(await recordStore.record('data.montreuil.fr'))).not.toContain('secret-value');
  });

  it('ignores the removal half of an overwrite and records a real removal', async () => {
    const { recordStore } = setUp();
    const cookie = chromeCookie('csrftoken', 'data.montreuil.fr');
    await emitCookieChange({ removed: false, cookie, cause: 'explicit' });
    await emitCookieChange({ removed: true, cookie, cause: 'overwrite' });
    expect(await namesOf(recordStore, 'data.montreuil.fr')).toEqual(['csrftoken@data.montreuil.fr:first']);
    await emitCookieChange({ removed: true, cookie, cause: 'expired' });
    expect(await namesOf(recordStore, 'data.montreuil.fr')).toEqual(['csrftoken@data.montreuil.fr:first:removed']);
  });

  it('attributes third-party Set-Cookie headers to the portal open in the tab, in both browsers’ header forms', async () => {
    const { recordStore } = setUp();
    const [listener] = fakeBrowser.webRequest.onHeadersReceived.listeners;
    listener?.({
      tabId: 3,
      type: 'main_frame',
      url: 'https://data.montreuil.fr/',
      responseHeaders: [{ name: 'Set-Cookie', value: 'django_language=fr; Path=/' }],
    } as never);
    listener?.({
      tabId: 3,
      type: 'image',
      url: 'https://tuiles.carto-tiers.fr/1.png',
      responseHeaders: [{ name: 'set-cookie', value: 'tile_id=1; SameSite=None; Secure\nlb=2; Max-Age=60' }],
    } as never);
    listener?.({
      tabId: -1,
      type: 'xmlhttprequest',
      url: 'https://data.montreuil.fr/terms/cookies-policy/',
      responseHeaders: [{ name: 'Set-Cookie', value: 'own_request=1' }],
    } as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await namesOf(recordStore, 'data.montreuil.fr')).toEqual([
      'django_language@data.montreuil.fr:first',
      'tile_id@tuiles.carto-tiers.fr:third',
      'lb@tuiles.carto-tiers.fr:third',
    ]);
    // Its later removal, reported by a cookie event with no tab, reaches the portal that recorded it.
    await emitCookieChange({
      removed: true,
      cookie: chromeCookie('lb', 'tuiles.carto-tiers.fr', { sameSite: 'unspecified', secure: false }),
      cause: 'expired',
    });
    expect(await namesOf(recordStore, 'data.montreuil.fr')).toContain('lb@tuiles.carto-tiers.fr:third:removed');
  });

  it('merges a third-party cookie that Firefox partitions under the portal with the header that set it', async () => {
    const { recordStore } = setUp();
    const [listener] = fakeBrowser.webRequest.onHeadersReceived.listeners;
    listener?.({ tabId: 3, type: 'main_frame', url: 'https://data.montreuil.fr/', responseHeaders: [] } as never);
    listener?.({
      tabId: 3,
      type: 'image',
      url: 'https://tuiles.carto-tiers.fr/1.png',
      responseHeaders: [{ name: 'set-cookie', value: 'carto_uid=1; SameSite=None; Secure; Max-Age=31536000' }],
    } as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await emitCookieChange({
      removed: false,
      cookie: chromeCookie('carto_uid', 'tuiles.carto-tiers.fr', {
        sameSite: 'no_restriction',
        partitionKey: { topLevelSite: 'https://montreuil.fr' },
      }),
      cause: 'explicit',
    });
    const cookies = Object.values((await recordStore.record('data.montreuil.fr')).cookies);
    expect(cookies.map((cookie) => [cookie.name, cookie.partitionKey, cookie.seenBy])).toEqual([
      ['carto_uid', 'https://montreuil.fr', ['set-cookie-header', 'cookie-event']],
    ]);
  });

  it('asks the browser, a moment after a Set-Cookie, whether it kept a cookie no event reported: kept, or refused', async () => {
    const recordStore = new RecordStore({ storage, flushDelayMs: 10, retryDelayMs: 10, onStored: () => {} });
    watchSetCookieHeaders({
      recordStore,
      openTabs: new OpenTabs(),
      isPortal: async (host: string) => isPortalByDefault(host),
      now: () => at,
      keptCheckDelayMs: 0,
      browser: browserApis,
    });
    const stored = [
      chromeCookie('VISITOR_INFO1_LIVE', '.youtube.com', {
        sameSite: 'no_restriction',
        session: false,
        expirationDate: at / 1000 + 180 * 86_400,
      }),
    ];
    const asked: unknown[] = [];
    fakeBrowser.cookies.getAll = async (details: unknown) => {
      asked.push(details);
      return stored;
    };
    const [listener] = fakeBrowser.webRequest.onHeadersReceived.listeners;
    listener?.({ tabId: 5, type: 'main_frame', url: 'https://data.montreuil.fr/', responseHeaders: [] } as never);
    const youtube = (value: string) =>
      ({
        tabId: 5,
        type: 'sub_frame',
        url: 'https://www.youtube.com/embed/x',
        responseHeaders: [{ name: 'set-cookie', value }],
      }) as never;
    listener?.(youtube('VISITOR_INFO1_LIVE=1; Domain=.youtube.com; Path=/; Max-Age=15552000; Secure; SameSite=None'));
    listener?.(youtube('YSC=1; Domain=.youtube.com; Path=/; Secure; SameSite=None'));
    // The check runs after a delay: waited for, however long a loaded machine takes.
    await vi.waitFor(
      async () => {
        const seenBy = Object.fromEntries(
          Object.values((await recordStore.record('data.montreuil.fr')).cookies).map((cookie) => [
            cookie.name,
            cookie.seenBy,
          ]),
        );
        expect(seenBy).toEqual({ VISITOR_INFO1_LIVE: ['set-cookie-header', 'inventory'], YSC: ['set-cookie-header'] });
      },
      { timeout: 10_000 },
    );
    expect(asked).toEqual([
      { name: 'VISITOR_INFO1_LIVE', domain: 'youtube.com', partitionKey: {} },
      { name: 'YSC', domain: 'youtube.com', partitionKey: {} },
    ]);
  });

  it('asks Chrome for extraHeaders, which Set-Cookie needs there, and not Firefox, which refuses the word', () => {
    setUp();
    expect(fakeBrowser.webRequest.onHeadersReceived.listenerOptions[0]).toEqual([
      { urls: ['<all_urls>'] },
      ['responseHeaders', 'extraHeaders'],
    ]);
    fakeBrowser.webRequest.OnHeadersReceivedOptions = {
      RESPONSE_HEADERS: 'responseHeaders',
      BLOCKING: 'blocking',
    } as never;
    setUp();
    expect(fakeBrowser.webRequest.onHeadersReceived.listenerOptions[1]).toEqual([
      { urls: ['<all_urls>'] },
      ['responseHeaders'],
    ]);
  });

  it('takes an inventory of the portal’s cookies, its parent-domain cookies and third-party cookies in its partition', async () => {
    const { recordStore, deps } = setUp();
    fakeBrowser.cookies.getAll = async (query: unknown) => {
      const details = query as { domain?: string; url?: string; partitionKey?: { topLevelSite?: string } };
      if (details.domain)
        return [
          chromeCookie('sessionid', 'data.montreuil.fr'),
          chromeCookie('embedded', 'data.montreuil.fr', { partitionKey: { topLevelSite: 'https://elsewhere.org' } }),
        ];
      if (details.url)
        return [chromeCookie('sessionid', 'data.montreuil.fr'), chromeCookie('atuserid', '.montreuil.fr')];
      return [
        chromeCookie('video_pref', 'video.lecteur-tiers.com', {
          partitionKey: { topLevelSite: 'https://montreuil.fr' },
        }),
      ];
    };
    await takeInventory('data.montreuil.fr', deps);
    expect(await namesOf(recordStore, 'data.montreuil.fr')).toEqual([
      'sessionid@data.montreuil.fr:first',
      'atuserid@montreuil.fr:first',
      'video_pref@video.lecteur-tiers.com:third',
    ]);
  });

  it('asks again without partitionKey where the browser does not know it', async () => {
    const { recordStore, deps } = setUp();
    fakeBrowser.cookies.getAll = async (query: unknown) => {
      if ((query as { partitionKey?: unknown }).partitionKey) throw new Error('Unexpected property "partitionKey"');
      return [chromeCookie('sessionid', 'data.montreuil.fr')];
    };
    await takeInventory('data.montreuil.fr', deps);
    expect(await namesOf(recordStore, 'data.montreuil.fr')).toEqual(['sessionid@data.montreuil.fr:first']);
  });
});
