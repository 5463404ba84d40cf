// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { App, findTarget } from '../../popup/components/App.tsx';
import { firstViews } from '../../src/adapters/first-views.ts';
import type { DeclaredCookie } from '../../src/core/charter/types.ts';
import { cookieKey } from '../../src/core/cookies/kept-cookie.ts';
import type { KeptCookie } from '../../src/core/cookies/types.ts';
import { emptyPortalRecord, type PortalRecord } from '../../src/core/record/portal-record.ts';
import { firstViewCookiesPerLine, firstViewUndeclared } from '../../src/core/report/build-report.ts';
import type { PortalDetails, TabState } from '../../src/core/report/tab-state.ts';
import { keptCookie } from '../support/kept-cookie.ts';
import { fakeBackground } from '../support/fake-background.ts';
import { fakeBrowser } from '../support/fake-browser.ts';
import { plain, shown } from '../support/popup-report.tsx';
import { portalState, reportContext } from '../support/report-knowledge.ts';

const HOST = 'data.montreuil.fr';
const AT = Date.UTC(2026, 10, 23, 14, 42);

const matomo: DeclaredCookie = {
  name: '_pk_id.',
  match: 'prefix',
  provider: 'Matomo',
  service: null,
  purpose: "Mesure d'audience",
  duration: '13 mois',
  category: 'Cookies de statistiques',
};

/** 40 undeclared third-party cookies and 5 Matomo cookies under one prefix line of the charter. */
function manyCookies(): PortalRecord {
  const cookies: KeptCookie[] = [
    ...Array.from({ length: 40 }, (_, index) =>
      keptCookie(`traceur_${index}`, AT, { domain: 'mesure-tiers.example', hostOnly: false, party: 'third' }),
    ),
    ...Array.from({ length: 5 }, (_, index) => keptCookie(`_pk_id.${index}`, AT)),
  ];
  return {
    ...emptyPortalRecord(HOST),
    cookies: Object.fromEntries(cookies.map((cookie) => [cookieKey(cookie, HOST), cookie])),
    charter: { declared: [matomo], source: { kind: 'portal', url: `https://${HOST}/pages/cookies/`, readAt: AT } },
  };
}

const group = (name: RegExp) => screen.getByRole('region', { name });
const undeclaredGroup = () => group(/^Observés mais non déclarés/);
const seenGroup = () => group(/^Déclarés et observés/);
const counts = () => document.querySelector('.counts')?.textContent ?? '';

afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.ready;
});

describe('the first reply to the popup', () => {
  it('carries the first entries of each group and the whole counts; the details carry everything', () => {
    const record = manyCookies();
    const { summary, details } = portalState(record, reportContext([], AT), 'with-details');
    expect(summary.counts).toEqual({ undeclared: 40, declaredAndSeen: 1, declaredNotSeen: 0 });
    expect(summary.firstEntries.undeclared).toHaveLength(firstViewUndeclared);
    expect(summary.firstEntries.declaredAndSeen[0]!.cookies).toHaveLength(firstViewCookiesPerLine);
    expect(summary.toCheck).toEqual({
      entries: summary.firstEntries.undeclared.map((cookie) => expect.objectContaining({ cookie, undeclared: true })),
      total: 40,
    });
    if (details === null) throw new Error('details asked for');
    expect(details.comparison.undeclared).toHaveLength(40);
    expect(details.comparison.declaredAndSeen[0]!.cookies).toHaveLength(5);
  });
});

describe('popup: a portal with many cookies', () => {
  it('paints the first entries with the whole counts, then every entry once the details arrive', async () => {
    const record = manyCookies();
    let sendDetails: (details: PortalDetails) => void = () => {};
    fakeBackground({
      getTabState: () => portalState(record, reportContext([], AT), 'summary'),
      getPortalDetails: () => new Promise<PortalDetails>((resolve) => (sendDetails = resolve)),
    });
    render(<App findTarget={async () => ({ target: { host: HOST } })} />);
    await shown(HOST);
    // Its first entries one by one (a family of six would say less than the 40 it has), here and in what to check.
    expect(within(undeclaredGroup()).getAllByRole('listitem')).toHaveLength(firstViewUndeclared);
    expect(within(undeclaredGroup()).getByRole('heading', { level: 2 }).textContent).toMatch(/40$/);
    expect(plain(document.querySelector('.to-check-list li')?.textContent)).toBe(
      'traceur_0 — tiers · mesure-tiers.example — non déclaré',
    );
    expect(screen.getByText('… et 34 autres, dans les listes ci-dessous')).toBeTruthy();
    expect(screen.getByText('40 non déclarés')).toBeTruthy();
    expect(within(undeclaredGroup()).getByText('… et 34 autres')).toBeTruthy();
    // A declared line says how many cookies it covers in all, though the first view carries only the first of them.
    expect(plain(within(seenGroup()).getByRole('button').textContent)).toContain('5 observés');
    expect(document.documentElement.dataset.ready).toBeUndefined();

    await expect.poll(() => performance.getEntriesByName('popup-rendered').length).toBeGreaterThan(0);
    sendDetails(portalState(record, reportContext([], AT), 'with-details').details!);
    await expect.poll(() => document.documentElement.dataset.ready).toBe('true');
    // The whole list: the 40 cookies of one script are one family, its members on demand.
    expect(plain(document.querySelector('.to-check-list li')?.textContent)).toBe(
      'traceur_* 40 cookies — tiers · mesure-tiers.example — tiers non déclaré',
    );
    const family = within(undeclaredGroup()).getByRole('button');
    expect(plain(family.textContent)).toBe(
      'traceur_* 40 cookies · tiers · mesure-tiers.example · session tiers non déclaré',
    );
    expect(within(undeclaredGroup()).queryByText(/autres/)).toBeNull();
    fireEvent.click(family);
    expect(within(undeclaredGroup()).getAllByRole('listitem')).toHaveLength(1 + 40);
    fireEvent.click(within(seenGroup()).getByRole('button', { name: /^_pk_id\.\*/ }));
    fireEvent.click(within(seenGroup()).getByRole('button', { name: /^_pk_id\.\* 5 cookies/ }));
    expect(within(seenGroup()).getAllByRole('listitem')).toHaveLength(1 + 1 + 5);
  });

  it('paints the first view kept at the last opening before the background answers, then what it answers', async () => {
    const record = manyCookies();
    const kept = portalState(record, reportContext([], AT), 'summary');
    await firstViews.keep(HOST, {
      ...kept,
      summary: { ...kept.summary, counts: { ...kept.summary.counts, undeclared: 39 } },
    });
    let answer: (state: TabState) => void = () => {};
    let keptShownWhenAsked = false;
    const sent = fakeBackground({
      getTabState: () => {
        // The background is asked only once the kept view is on screen: its work would otherwise slow that paint.
        keptShownWhenAsked = /39 non déclarés/.test(counts());
        return new Promise<TabState>((resolve) => (answer = resolve));
      },
      getPortalDetails: () => portalState(record, reportContext([], AT), 'with-details').details!,
    });
    render(<App findTarget={async () => ({ target: { host: HOST } })} />);
    // The kept view, at once, its first screen alone (its lists would be cut); the popup is not whole yet.
    await expect.poll(counts).toMatch(/39 non déclarés/);
    await expect.poll(() => sent.map((message) => message.type)).toEqual(['getTabState']);
    expect(keptShownWhenAsked).toBe(true);
    expect(document.querySelector('.group-undeclared')).toBeNull();
    expect(document.documentElement.dataset.ready).toBeUndefined();
    // With the first view on screen, it asks for everything at once, and needs nothing more.
    expect(sent[0]?.request).toEqual({ host: HOST, withDetails: true });
    answer(portalState(record, reportContext([], AT), 'with-details'));
    await expect.poll(() => document.documentElement.dataset.ready).toBe('true');
    expect(within(undeclaredGroup()).getByRole('heading', { level: 2 }).textContent).toMatch(/40$/);
    expect(sent.map((message) => message.type)).toEqual(['getTabState']);
  });

  it("reads the first view kept for the active tab's host from the address the tab came with, not asking for the tab again", async () => {
    const record = manyCookies();
    const kept = portalState(record, reportContext([], AT), 'summary');
    await firstViews.keep(HOST, kept);
    const sent = fakeBackground({ getTabState: () => new Promise<TabState>(() => {}) });
    fakeBrowser.tabs.query = async () => [{ id: 7, url: `https://${HOST}/explore/dataset/budget/` }];
    let tabAsked = false;
    fakeBrowser.tabs.get = async () => {
      tabAsked = true;
      return { id: 7, url: `https://${HOST}/explore/dataset/budget/` };
    };
    render(<App findTarget={() => findTarget('')} />);
    await expect.poll(counts).toMatch(/40 non déclarés/);
    await expect.poll(() => sent).toEqual([{ type: 'getTabState', request: { tabId: 7, withDetails: true } }]);
    expect(tabAsked).toBe(false);
  });

  it('says the lists are cut when the rest cannot be had', async () => {
    const record = manyCookies();
    fakeBackground({
      getTabState: () => portalState(record, reportContext([], AT), 'summary'),
      getPortalDetails: () => {
        throw new Error("L'extension a été rechargée.");
      },
    });
    render(<App findTarget={async () => ({ target: { host: HOST } })} />);
    expect((await screen.findByRole('alert')).textContent).toBe(
      "Les listes ne montrent que leurs premières entrées : la suite, les précisions sur les cookies et les constats n'ont pas pu être chargés : L'extension a été rechargée.",
    );
    await shown(HOST);
    expect(within(undeclaredGroup()).getAllByRole('listitem')).toHaveLength(firstViewUndeclared);
    expect(within(undeclaredGroup()).getByText('… et 34 autres')).toBeTruthy();
  });
});
