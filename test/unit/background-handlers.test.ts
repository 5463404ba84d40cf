import { browserApis } from '../../src/adapters/browser-apis.ts';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { firstViews, keptFirstViewsCap } from '../../src/adapters/first-views.ts';
import { clearBadge, showUndeclaredCount } from '../../src/background/badge.ts';
import { sightingChange } from '../../src/core/record/cookie-changes.ts';
import { OpenTabs } from '../../src/background/tabs.ts';
import type { PageFetcher } from '../../src/core/charter/read.ts';
import type { TabState } from '../../src/core/report/tab-state.ts';
import { testBackground } from '../support/test-background.ts';
import { chromeCookie, fakeBrowser } from '../support/fake-browser.ts';
import { cookieObservation } from '../support/kept-cookie.ts';
import { anySha256 } from '../support/any-sha256.ts';

const montreuilCharter = readFileSync(new URL('../fixtures/charters/data.montreuil.fr.txt', import.meta.url), 'utf8');
const at = Date.UTC(2026, 10, 23, 12);

/** Every page the background fetched, in order. */
let fetched: string[] = [];

/** A network where only data.montreuil.fr serves its charter. */
const fetchPage: PageFetcher = async (url) => {
  fetched.push(url);
  return url.startsWith('https://data.montreuil.fr/terms/cookies-policy/')
    ? { ok: true, url, text: montreuilCharter, contentType: 'text/plain' }
    : { ok: false, reason: { kind: 'http-error', url, status: 404 } };
};

function setUp({ onStored = (_hosts: string[]) => {} } = {}) {
  fetched = [];
  const { recordStore, handlers } = testBackground({ fetchPage, now: () => at, onStored });
  return { recordStore, handlers };
}

const observation = (name: string) => ({ ...cookieObservation(name), httpOnly: true });

describe('the background’s answers to the popup', () => {
  it('answers a portal never read from what it knows, fetching nothing; reading the charter is a request of its own, whose answer compares it', async () => {
    const { recordStore, handlers } = setUp();
    await recordStore.update('data.montreuil.fr', sightingChange(observation('sessionid'), 'cookie-event', at));
    await recordStore.update('data.montreuil.fr', sightingChange(observation('_pk_id.1.ab12'), 'cookie-event', at));
    expect(await handlers.getTabState({ host: 'data.montreuil.fr' })).toEqual({
      kind: 'charter-reading',
      host: 'data.montreuil.fr',
    });
    expect(fetched).toEqual([]);
    expect((await handlers.readCharter({ host: 'data.montreuil.fr' })).kind).toBe('portal');
    expect(fetched[0]).toMatch(/^https:\/\/data\.montreuil\.fr\/terms\/cookies-policy\//);
    const state = await handlers.getTabState({ host: 'data.montreuil.fr' });
    if (state.kind !== 'portal') throw new Error(`expected a portal, got ${state.kind}`);
    // Kept as every address is kept: without its query (keptUrl).
    expect(state.summary.charter.source).toEqual({
      kind: 'portal',
      url: 'https://data.montreuil.fr/terms/cookies-policy/',
      readAt: at,
      textSha256: anySha256,
    });
    expect(state.details).toBeNull();
    const { comparison } = await handlers.getPortalDetails({ host: 'data.montreuil.fr' });
    expect(comparison.declaredAndSeen.map((group) => [group.declared.name, group.declared.purpose])).toEqual([
      ['sessionid', "Se souvenir de l'utilisateur d'une page à une autre."],
    ]);
    expect(comparison.undeclared.map((cookie) => cookie.name)).toEqual(['_pk_id.1.ab12']);
    expect(comparison.declaredNotSeen.map((line) => line.name)).toEqual([
      'django_language',
      'csrftoken',
      'cookies_preferences',
    ]);
    expect(state.summary.recordingSince).toBe(at);
  });

  it('takes stock, after answering, of what the browser holds and no event told the background (lost while it started)', async () => {
    const { handlers } = setUp();
    await handlers.readCharter({ host: 'data.montreuil.fr' });
    fakeBrowser.cookies.getAll = async () => [
      chromeCookie('sessionid', 'data.montreuil.fr', { value: 'SECRET', httpOnly: true }),
    ];
    await handlers.getTabState({ host: 'data.montreuil.fr' });
    await vi.waitFor(async () => {
      const state = await handlers.getTabState({ host: 'data.montreuil.fr' });
      if (state.kind !== 'portal') throw new Error(`expected a portal, got ${state.kind}`);
      expect(state.summary.counts).toMatchObject({ declaredAndSeen: 1, undeclared: 0 });
      expect(JSON.stringify(state)).not.toContain('SECRET');
    });
  });

  it('takes stock only of what is not recorded yet: a second opening leaves the record, and the kept first view, as they were', async () => {
    // As the background does: a record written makes the popup's kept first view stale.
    const { recordStore, handlers } = setUp({
      onStored: (hosts) => hosts.forEach((host) => void firstViews.forget(host)),
    });
    await handlers.readCharter({ host: 'data.montreuil.fr' });
    fakeBrowser.cookies.getAll = async () => [
      chromeCookie('sessionid', 'data.montreuil.fr', { value: 'SECRET', httpOnly: true }),
    ];
    await handlers.getTabState({ host: 'data.montreuil.fr' });
    await vi.waitFor(async () =>
      expect(Object.keys((await recordStore.record('data.montreuil.fr')).cookies)).toHaveLength(1),
    );
    await recordStore.flush();
    const state = await handlers.getTabState({ host: 'data.montreuil.fr' });
    // The stock-taking runs after the answer: give it time to write, were it to write anything.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await recordStore.flush();
    expect((await firstViews.all()).of('data.montreuil.fr')).toEqual(state);
  });

  it('keeps the first view it answered, for the next popup to paint at once; a page that is no portal keeps nothing', async () => {
    const { recordStore, handlers } = setUp();
    await recordStore.update('data.montreuil.fr', sightingChange(observation('_pk_id.1.ab12'), 'cookie-event', at));
    await handlers.readCharter({ host: 'data.montreuil.fr' });
    const state = await handlers.getTabState({ host: 'data.montreuil.fr' });
    await vi.waitFor(async () => expect((await firstViews.all()).of('data.montreuil.fr')).toEqual(state));
    await handlers.getTabState({ host: 'www.example.org' });
    expect((await firstViews.all()).hosts()).toEqual(['data.montreuil.fr']);
    await firstViews.forget('data.montreuil.fr');
    expect((await firstViews.all()).hosts()).toEqual([]);
  });

  it('answers with the details when asked, and keeps the first view alone', async () => {
    const { recordStore, handlers } = setUp();
    await recordStore.update('data.montreuil.fr', sightingChange(observation('_pk_id.1.ab12'), 'cookie-event', at));
    await handlers.readCharter({ host: 'data.montreuil.fr' });
    const whole = await handlers.getTabState({ host: 'data.montreuil.fr', withDetails: true });
    if (whole.kind !== 'portal') throw new Error(`expected a portal, got ${whole.kind}`);
    expect(whole.details).toEqual(await handlers.getPortalDetails({ host: 'data.montreuil.fr' }));
    await vi.waitFor(async () =>
      expect((await firstViews.all()).of('data.montreuil.fr')).toEqual({ ...whole, details: null }),
    );
  });

  it('keeps the first views of the portals it answered for last, up to the cap, and forgets them all on demand', async () => {
    const state = (host: string): TabState => ({ kind: 'charter-reading', host });
    const hosts = Array.from({ length: keptFirstViewsCap + 2 }, (_, index) => `data.ville-${index}.example`);
    vi.useFakeTimers({ toFake: ['Date'] });
    for (const [index, host] of hosts.entries()) {
      vi.setSystemTime(at + index * 1000);
      await firstViews.keep(host, state(host));
    }
    vi.useRealTimers();
    const kept = await firstViews.all();
    expect(kept.hosts().sort()).toEqual(hosts.slice(2).sort());
    expect(kept.of(hosts[5]!)).toEqual(state(hosts[5]!));
    await firstViews.forget();
    expect((await firstViews.all()).hosts()).toEqual([]);
  });

  it('keeps each first view as its text, parsed only for the host asked for, and leaves out a value of another shape', async () => {
    const state: TabState = { kind: 'charter-reading', host: 'data.montreuil.fr' };
    await firstViews.keep('data.montreuil.fr', state);
    const stored = await fakeBrowser.storage.session.get('firstView:data.montreuil.fr');
    expect(stored['firstView:data.montreuil.fr']).toEqual({ keptAt: expect.any(Number), json: JSON.stringify(state) });
    // A view kept by an earlier version, as an object: never shown, never mistaken for a view.
    await fakeBrowser.storage.session.set({ 'firstView:data.ville.example': { keptAt: Date.now(), state } });
    const kept = await firstViews.all();
    expect(kept.hosts()).toEqual(['data.montreuil.fr']);
    expect(kept.of('data.montreuil.fr')).toEqual(state);
    expect(kept.of('data.ville.example')).toBeUndefined();
    await fakeBrowser.storage.session.clear();
  });

  it('falls back to the standard charter, saying why, when the portal’s cannot be read', async () => {
    const { handlers } = setUp();
    await handlers.readCharter({ host: 'dreux-agglomeration-centrevaldeloire.opendatasoft.com' });
    const state = await handlers.getTabState({ host: 'dreux-agglomeration-centrevaldeloire.opendatasoft.com' });
    if (state.kind !== 'portal') throw new Error(`expected a portal, got ${state.kind}`);
    expect(state.summary.charter.source).toMatchObject({
      kind: 'standard',
      reason: { kind: 'http-error', status: 404 },
      template: 'newer',
    });
    // The first reply carries the popup's first view; the details, every line.
    expect(state.summary.counts.declaredNotSeen).toBe(4);
    expect(state.summary.firstEntries.declaredNotSeen.map((line) => line.name)).toEqual([
      'sessionid',
      'csrftoken',
      'cookies_preferences',
    ]);
    const details = await handlers.getPortalDetails({ host: 'dreux-agglomeration-centrevaldeloire.opendatasoft.com' });
    expect(details.comparison.declaredNotSeen.map((line) => line.name)).toEqual([
      'sessionid',
      'csrftoken',
      'cookies_preferences',
      'django_language',
    ]);
  });

  it('tells apart a page that is not a portal and a tab with no web page', async () => {
    const { handlers } = setUp();
    fakeBrowser.tabs.get = async () => ({ id: 7, url: 'https://www.example.org/page' });
    expect(await handlers.getTabState({ tabId: 7 })).toEqual({ kind: 'not-portal', host: 'www.example.org' });
    fakeBrowser.tabs.get = async () => ({ id: 7, url: 'about:newtab' });
    expect(await handlers.getTabState({ tabId: 7 })).toEqual({ kind: 'no-web-page' });
  });

  it('shows a host only named in the popup’s address only if it is a portal: otherwise nothing to act on', async () => {
    const { handlers } = setUp();
    expect(await handlers.getTabState({ host: 'www.example.org' })).toEqual({
      kind: 'not-portal',
      host: 'www.example.org',
      fromAddress: true,
    });
    expect((await handlers.getTabState({ host: 'data.montreuil.fr' })).kind).toBe('charter-reading');
  });

  it('acts on no host that is not a watched portal, whatever a message names: above all, deletes no cookie', async () => {
    const { handlers } = setUp();
    const removed: unknown[] = [];
    fakeBrowser.cookies.getAll = async () => [
      { name: 'SID', domain: '.google.com', path: '/', secure: true, storeId: '0' },
    ];
    fakeBrowser.cookies.remove = async (details: unknown) => removed.push(details);
    const refusal = "« www.google.com » n'est pas un portail surveillé : rien n'a été fait.";
    await expect(handlers.startAudit({ host: 'www.google.com', deleteCookies: true })).rejects.toThrow(refusal);
    await expect(handlers.clearPortalRecord({ host: 'www.google.com' })).rejects.toThrow(refusal);
    await expect(handlers.exportEvidence({ host: 'www.google.com', format: 'csv' })).rejects.toThrow(refusal);
    await expect(handlers.getPortalDetails({ host: 'www.google.com' })).rejects.toThrow(refusal);
    await expect(handlers.readCharter({ host: 'www.google.com' })).rejects.toThrow(refusal);
    await expect(handlers.switchAuditPhase({ host: 'www.google.com', phase: 'after-accept' })).rejects.toThrow(refusal);
    await expect(handlers.compareWithPastAudit({ host: 'www.google.com', startedAt: 0 })).rejects.toThrow(refusal);
    expect(removed).toEqual([]);
  });

  it('says when the extension may not see the portal’s cookies', async () => {
    const { handlers } = setUp();
    fakeBrowser.permissions.contains = async () => false;
    const state = await handlers.getTabState({ host: 'data.montreuil.fr' });
    expect(state.kind === 'portal' && state.summary.notices).toEqual([{ kind: 'missing-host-permission' }]);
  });

  it('adds a portal the user names, and refuses what is not a host', async () => {
    const { handlers } = setUp();
    expect(await handlers.addPortalHost({ host: 'https://opendata.example.org/explore' })).toEqual({
      addedHosts: ['opendata.example.org'],
      removedHosts: [],
    });
    // Watched now, but compared with a charter only once it shows it runs Opendatasoft, or the user says so.
    expect((await handlers.getTabState({ host: 'opendata.example.org' })).kind).toBe('not-opendatasoft');
    expect((await handlers.treatAsPortal({ host: 'opendata.example.org' })).kind).toBe('charter-reading');
    await expect(handlers.addPortalHost({ host: 'pas un hôte' })).rejects.toThrow(
      "« pas un hôte » n'est pas un nom d'hôte valide.",
    );
    expect(await handlers.removePortalHost({ host: 'opendata.example.org' })).toEqual({
      addedHosts: [],
      removedHosts: [],
    });
  });

  it('says the true cause when the settings cannot be written: the browser’s words and what the portals’ records take', async () => {
    const { recordStore, handlers } = setUp();
    await recordStore.update('data.montreuil.fr', sightingChange(observation('sessionid'), 'cookie-event', at));
    await recordStore.flush();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(handlers.addPortalHost({ host: 'opendata.example.org' })).rejects.toThrow(
      /^réglages refusés par le navigateur \(QUOTA_BYTES quota exceeded\) ; 1 portail\(s\) enregistrés occupent 1\u00a0Ko$/,
    );
  });

  it('clears what was recorded for one portal', async () => {
    const { recordStore, handlers } = setUp();
    await recordStore.update('data.montreuil.fr', sightingChange(observation('sessionid'), 'cookie-event', at));
    await handlers.readCharter({ host: 'data.montreuil.fr' });
    const state = await handlers.clearPortalRecord({ host: 'data.montreuil.fr' });
    expect(state.kind === 'portal' && state.details?.comparison.declaredAndSeen).toEqual([]);
    expect(state.kind === 'portal' && state.summary.recordingSince).toBeNull();
  });
});

describe('the toolbar badge', () => {
  it('counts the undeclared cookies on the portal’s tabs, in words for its title, and clears a tab that is not a portal', async () => {
    const { recordStore } = setUp();
    const openTabs = new OpenTabs();
    openTabs.setUrl(4, 'https://data.montreuil.fr/explore/');
    const calls: unknown[] = [];
    fakeBrowser.action.setBadgeText = async (details: unknown) => void calls.push(['text', details]);
    fakeBrowser.action.setTitle = async (details: unknown) => void calls.push(['title', details]);
    await recordStore.update('data.montreuil.fr', sightingChange(observation('sessionid'), 'cookie-event', at));
    await recordStore.update('data.montreuil.fr', sightingChange(observation('atuserid'), 'cookie-event', at));
    await showUndeclaredCount('data.montreuil.fr', {
      recordStore,
      openTabs,
      now: () => at,
      runsOpendatasoft: async () => true,
      action: browserApis.action,
    });
    await clearBadge(9, browserApis.action);
    expect(calls).toEqual([
      ['text', { tabId: 4, text: '1' }],
      ['title', { tabId: 4, title: '1 cookie non déclaré par la charte de ce portail' }],
      ['text', { tabId: 9, text: '' }],
      ['title', { tabId: 9, title: 'Charte vs cookies : cookies déclarés et observés' }],
    ]);
  });
});
