import { describe, expect, it } from 'vitest';
import { browserApis } from '../../src/adapters/browser-apis.ts';
import { takeInventory, watchCookieEvents } from '../../src/background/watch-cookie-events.ts';
import type { PageFetcher } from '../../src/core/charter/read.ts';
import { testBackground } from '../support/test-background.ts';
import { fakeBrowser } from '../support/fake-browser.ts';

const HOST = 'data.montreuil.fr';
const SECRET = 's3cr3t-session-value';
let clock = Date.UTC(2026, 10, 23, 12);
const now = () => clock;

const noNetwork: PageFetcher = async (url) => ({ ok: false, reason: { kind: 'http-error', url, status: 404 } });

/** The portal open on a tab, its charter read (here the standard one stands in: no network) as a visit has it read. */
async function setUp() {
  const { recordStore, openTabs, isPortal, handlers } = testBackground({ fetchPage: noNetwork, now });
  openTabs.setUrl(1, `https://${HOST}/explore/?q=secret-query`);
  watchCookieEvents({ recordStore, openTabs, isPortal, now, browser: browserApis });
  await handlers.readCharter({ host: HOST });
  return { recordStore, openTabs, handlers };
}

function browserCookie(name: string, value: string, extra: Record<string, unknown> = {}) {
  return {
    name,
    value,
    domain: HOST,
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: false,
    expirationDate: clock / 1000 + 3600,
    storeId: '0',
    ...extra,
  };
}

async function set(name: string, value: string, extra: Record<string, unknown> = {}) {
  clock += 1000;
  await Promise.all(
    fakeBrowser.cookies.onChanged.emit({
      removed: false,
      cookie: browserCookie(name, value, extra),
      cause: 'explicit',
    } as never),
  );
}

const acceptAll = encodeURIComponent(
  JSON.stringify({ functional_cookies: true, matomo: true, timestamp: 1_795_000_000_000 }),
);
const refuseAll = encodeURIComponent(
  JSON.stringify({ functional_cookies: true, matomo: false, timestamp: 1_795_000_100_000 }),
);

/** The report as the popup ends up with it: the state, then its details. */
async function portalReport(handlers: Awaited<ReturnType<typeof setUp>>['handlers']) {
  const state = await handlers.getTabState({ host: HOST });
  if (state.kind !== 'portal') throw new Error(`expected a portal, got ${state.kind}`);
  expect(state.details).toBeNull();
  return { ...state.summary, ...(await handlers.getPortalDetails({ host: HOST })) };
}

describe('an audit in the background', () => {
  it('keeps only the decoded consent choice, and tags each cookie with the phase it appeared in', async () => {
    const { handlers } = await setUp();
    await set('sessionid', SECRET);
    await handlers.startAudit({ host: HOST, deleteCookies: false });
    await set('csrftoken', SECRET);
    await set('cookies_preferences', acceptAll);
    await set('_pk_id.1.ab12', SECRET);
    await set('cookies_preferences', refuseAll);
    await set('atuserid', SECRET);

    const report = await portalReport(handlers);
    expect(report.consent).toEqual({
      choices: { functional_cookies: true, matomo: false },
      decidedAt: 1_795_000_100_000,
    });
    expect(report.audit?.phases.map((change) => [change.phase, change.by])).toEqual([
      ['before-choice', 'start'],
      ['after-accept', 'consent'],
      ['after-refusal', 'consent'],
    ]);
    const phases = Object.fromEntries(
      [...report.comparison.undeclared, ...report.comparison.declaredAndSeen.flatMap((line) => line.cookies)].map(
        (cookie) => [
          cookie.name,
          report.insights[Object.keys(report.insights).find((key) => key.startsWith(`${cookie.name}\u0001`))!]?.phase,
        ],
      ),
    );
    expect(phases).toEqual({
      csrftoken: 'before-choice',
      cookies_preferences: 'after-accept',
      '_pk_id.1.ab12': 'after-accept',
      atuserid: 'after-refusal',
    });
    expect(report.pastAudits).toEqual([{ startedAt: expect.any(Number), endedAt: expect.any(Number), cookieCount: 1 }]);
    expect(report.findings.map((finding) => [finding.check, finding.cookie?.name])).toContainEqual([
      'set-after-refusal',
      'atuserid',
    ]);
    expect(JSON.stringify(report)).not.toContain(SECRET);
    expect(JSON.stringify(report)).not.toContain('secret-query');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain(SECRET);
  });

  it('lets the auditor switch the phase by hand, after which the consent cookie no longer switches it', async () => {
    const { handlers } = await setUp();
    await handlers.startAudit({ host: HOST, deleteCookies: false });
    await handlers.switchAuditPhase({ host: HOST, phase: 'after-refusal' });
    await set('cookies_preferences', acceptAll);
    const report = await portalReport(handlers);
    expect(report.audit?.phases.at(-1)).toMatchObject({ phase: 'after-refusal', by: 'user' });
  });

  it('deletes the portal’s cookies from the browser when asked, and starts before any choice', async () => {
    const { handlers } = await setUp();
    await set('cookies_preferences', acceptAll);
    const removed: unknown[] = [];
    fakeBrowser.cookies.getAll = async () => [
      browserCookie('sessionid', SECRET),
      browserCookie('cookies_preferences', acceptAll),
    ];
    fakeBrowser.cookies.remove = async (details: unknown) => void removed.push(details);
    const state = await handlers.startAudit({ host: HOST, deleteCookies: true });
    expect(removed).toEqual([
      { name: 'sessionid', url: `https://${HOST}/`, storeId: '0' },
      { name: 'cookies_preferences', url: `https://${HOST}/`, storeId: '0' },
    ]);
    expect(state.kind === 'portal' && state.summary.audit?.phases).toEqual([
      { at: clock, phase: 'before-choice', by: 'start' },
    ]);
    expect(state.kind === 'portal' && state.summary.consent).toBeNull();
  });

  it('starts after acceptance when the visitor had already accepted and the cookies are kept', async () => {
    const { handlers } = await setUp();
    await set('cookies_preferences', acceptAll);
    const state = await handlers.startAudit({ host: HOST, deleteCookies: false });
    expect(state.kind === 'portal' && state.summary.audit?.phases.map((change) => change.phase)).toEqual([
      'before-choice',
      'after-accept',
    ]);
  });

  it('reads the consent choice in an inventory too', async () => {
    const { recordStore, openTabs } = await setUp();
    fakeBrowser.cookies.getAll = async () => [browserCookie('cookies_preferences', refuseAll)];
    await takeInventory(HOST, { recordStore, openTabs, isPortal: async () => true, now, browser: browserApis });
    expect((await recordStore.record(HOST)).consent).toEqual({
      choices: { functional_cookies: true, matomo: false },
      decidedAt: 1_795_000_100_000,
    });
  });

  it('compares a past audit with the current one', async () => {
    const { handlers } = await setUp();
    await set('sessionid', SECRET);
    await set('_ga', SECRET);
    const first = await portalReport(handlers);
    await handlers.startAudit({ host: HOST, deleteCookies: false });
    await set('sessionid', SECRET);
    await set('_pk_id.1.ab12', SECRET);
    const past = (await portalReport(handlers)).pastAudits[0]!;
    expect(past.startedAt).toBe(first.recordingSince);
    const diff = await handlers.compareWithPastAudit({ host: HOST, startedAt: past.startedAt });
    expect(diff.cookiesAppeared.map((cookie) => cookie.name)).toEqual(['_pk_id.1.ab12']);
    expect(diff.cookiesGone.map((cookie) => cookie.name)).toEqual(['_ga']);
  });

  it('exports evidence in the three formats, never with a cookie value', async () => {
    const { handlers } = await setUp();
    await handlers.startAudit({ host: HOST, deleteCookies: false });
    await set('sessionid', SECRET, { httpOnly: true });
    await set('cookies_preferences', acceptAll);
    for (const format of ['csv', 'json', 'html'] as const) {
      const file = await handlers.exportEvidence({ host: HOST, format });
      expect(file.fileName).toMatch(
        new RegExp(`^charte-vs-cookies_${HOST.replace(/\./g, '\\.')}_\\d{4}-\\d{2}-\\d{2}-\\d{4}\\.${format}$`),
      );
      expect(file.content).toContain('sessionid');
      expect(file.content).not.toContain(SECRET);
      expect(file.content).not.toContain(acceptAll);
      expect(file.content).not.toContain('secret-query');
    }
    expect(
      (await handlers.exportEvidence({ host: HOST, format: 'csv' })).content.startsWith(
        '\uFEFFNum;Domaine;Chemin;Nom;Expiration;sameSite;httpOnly;hostOnly;isSecure;',
      ),
    ).toBe(true);
  });

  it('drafts the corrected charter in three forms from the record, never with a cookie value', async () => {
    const { handlers } = await setUp();
    await handlers.startAudit({ host: HOST, deleteCookies: false });
    await set('sessionid', SECRET, { httpOnly: true });
    await set('_pk_id.1.ab12', SECRET);
    const draft = await handlers.draftCharter({ host: HOST });
    const stamp = `${HOST.replace(/\./g, '\\.')}_\\d{4}-\\d{2}-\\d{2}-\\d{4}`;
    expect(Object.values(draft.files).map((file) => file.fileName)).toEqual(
      ['md', 'html', 'txt'].map((extension) =>
        expect.stringMatching(new RegExp(`^projet-de-charte_${stamp}\\.${extension}$`)),
      ),
    );
    expect(draft.markdown).toBe(draft.files.markdown.content);
    expect(draft.markdown).toMatch(/^# Projet de charte — à relire\n/);
    expect(draft.markdown).toContain('| Matomo | `_pk_id.*` |');
    expect(draft.html).toMatch(/^<h1>Projet de charte — à relire<\/h1>/);
    for (const text of [draft.markdown, draft.html, ...Object.values(draft.files).map((file) => file.content)])
      expect(text).not.toContain(SECRET);
    await expect(handlers.draftCharter({ host: 'www.google.com' })).rejects.toThrow();
  });
});
