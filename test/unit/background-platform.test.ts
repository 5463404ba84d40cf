import { describe, expect, it } from 'vitest';
import { browserApis } from '../../src/adapters/browser-apis.ts';
import { sightingChange } from '../../src/core/record/cookie-changes.ts';
import { watchPlatformRequests } from '../../src/background/watch-platform-requests.ts';
import type { PageFetcher } from '../../src/core/charter/read.ts';
import { testBackground } from '../support/test-background.ts';
import { cookieObservation } from '../support/kept-cookie.ts';
import { fakeBrowser } from '../support/fake-browser.ts';

const at = Date.UTC(2026, 10, 29, 12);
const observation = (name: string, domain: string) => ({ ...cookieObservation(name, domain), httpOnly: true });

function setUp() {
  const requested: string[] = [];
  const fetchPage: PageFetcher = async (url) => {
    requested.push(url);
    return { ok: false, reason: { kind: 'http-error', url, status: 404 } };
  };
  const { recordStore, openTabs, isPortal, handlers } = testBackground({ fetchPage, now: () => at });
  const signs: string[] = [];
  watchPlatformRequests({
    recordStore,
    openTabs,
    isPortal,
    now: () => at,
    onSign: (host) => signs.push(host),
    browser: browserApis,
  });
  return { recordStore, openTabs, handlers, requested, signs };
}

const request = (tabId: number, url: string, type = 'xmlhttprequest') =>
  fakeBrowser.webRequest.onBeforeRequest.listeners[0]?.({ tabId, url, type } as never);
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('telling an Opendatasoft portal from another data.* site', () => {
  it('lists the cookies of a data.* site without signs, reads no charter, and says what it looked for', async () => {
    const { recordStore, handlers, requested } = setUp();
    await recordStore.update(
      'data.gouv.fr',
      sightingChange(observation('session', 'data.gouv.fr'), 'cookie-event', at),
    );
    const state = await handlers.getTabState({ host: 'data.gouv.fr' });
    expect(state).toMatchObject({
      kind: 'not-opendatasoft',
      host: 'data.gouv.fr',
      lookedFor: ['api-request', 'consent-cookie'],
    });
    expect(state.kind === 'not-opendatasoft' && state.cookies.map(({ name }) => name)).toEqual(['session']);
    expect((await handlers.readCharter({ host: 'data.gouv.fr' })).kind).toBe('not-opendatasoft');
    expect(requested).toEqual([]);
  });

  it('takes a request of the page to an Opendatasoft API on its own host as a sign, and then reads its charter', async () => {
    const { openTabs, handlers, requested, signs } = setUp();
    openTabs.setUrl(7, 'https://data.ville.example/explore/');
    request(7, 'https://data.gouv.fr/api/explore/v2.1/catalog/datasets'); // another host: no sign for this one
    request(7, 'https://data.ville.example/api/1/datasets/'); // udata's API: no sign
    await settled();
    expect((await handlers.getTabState({ host: 'data.ville.example' })).kind).toBe('not-opendatasoft');
    request(7, 'https://data.ville.example/api/explore/v2.1/catalog/datasets?limit=12');
    request(7, 'https://data.ville.example/api/records/1.0/search/?dataset=x');
    await settled();
    expect(signs).toEqual(['data.ville.example']);
    expect((await handlers.getTabState({ host: 'data.ville.example' })).kind).toBe('charter-reading');
    expect((await handlers.readCharter({ host: 'data.ville.example' })).kind).toBe('portal');
    expect(requested[0]).toBe('https://data.ville.example/terms/cookies-policy/?flg=fr');
  });

  it('keeps only the path of the API the sign came from, never its query', async () => {
    const { recordStore, openTabs } = setUp();
    openTabs.setUrl(7, 'https://data.ville.example/');
    request(7, 'https://data.ville.example/api/explore/v2.1/catalog/datasets?where=secret');
    await settled();
    expect((await recordStore.record('data.ville.example')).apiRequestSign).toEqual({ path: '/api/explore/v2.1/', at });
  });

  it('takes the portal’s own cookies_preferences cookie as a sign', async () => {
    const { recordStore, handlers } = setUp();
    await recordStore.update(
      'data.ville.example',
      sightingChange(observation('cookies_preferences', 'data.ville.example'), 'cookie-event', at),
    );
    expect((await handlers.getTabState({ host: 'data.ville.example' })).kind).toBe('charter-reading');
  });

  it('treats a host without signs as a portal when the user chooses to', async () => {
    const { handlers, requested } = setUp();
    expect((await handlers.treatAsPortal({ host: 'data.gouv.fr' })).kind).toBe('charter-reading');
    expect(requested).toEqual([]);
    expect((await handlers.readCharter({ host: 'data.gouv.fr' })).kind).toBe('portal');
    expect(requested[0]).toBe('https://data.gouv.fr/terms/cookies-policy/?flg=fr');
  });
});
