/**
 * Portal records written straight into the extension's storage, for popup tests that need a given state without
 * browsing: what a DPO meets on a portal with five undeclared cookies, and a portal a script flooded with 500.
 * The charter is read "now", so the background does not read it again.
 */
import { standardCharters } from '../../../src/core/charter/standard/index.ts';
import type { DeclaredCookie } from '../../../src/core/charter/types.ts';
import { cookieKey } from '../../../src/core/cookies/kept-cookie.ts';
import type { KeptCookie } from '../../../src/core/cookies/types.ts';
import { portalRecordVersion, storageKeyOf, type PortalRecord } from '../../../src/core/record/portal-record.ts';
import { keptCookie } from '../../support/kept-cookie.ts';

const DAY = 86_400_000;

const matomoLine: DeclaredCookie = {
  name: '_pk_',
  match: 'prefix',
  provider: 'Matomo',
  service: 'Mesure d’audience',
  purpose: 'Mesure d’audience anonymisée de la fréquentation du portail.',
  duration: '13 mois',
  category: 'Cookies de mesure d’audience',
};

function record(host: string, cookies: KeptCookie[], declared: DeclaredCookie[], now: number): PortalRecord {
  return {
    version: portalRecordVersion,
    host,
    cookies: Object.fromEntries(cookies.map((cookie) => [cookieKey(cookie, host), cookie])),
    charter: { declared, source: { kind: 'portal', url: `https://${host}/pages/charte-cookies/`, readAt: now } },
    // The sign that the host runs Opendatasoft: its page asked for the Explore API.
    apiRequestSign: { path: '/api/explore/v2.1/', at: now },
    droppedCookies: { count: 0, lastAt: null },
    audit: null,
    pastAudits: [],
    consent: null,
    visitedAt: now,
  };
}

/** A long host on purpose: its heading must wrap, and its accessible name must stay the host. */
export const fiveUndeclaredHost = 'data.exemple-agglo.fr';
/** The five cookies its charter does not declare; YSC and VISITOR_INFO1_LIVE were refused by the browser. */
export const fiveUndeclaredNames = ['atuserid', '_ga', '_ga_2ZQ1B8KLM3', 'YSC', 'VISITOR_INFO1_LIVE'];

export function fiveUndeclaredRecord(now = Date.now()): PortalRecord {
  const at = now - DAY;
  const host = fiveUndeclaredHost;
  const first = (name: string, overrides: Partial<KeptCookie> = {}) =>
    keptCookie(name, at, { domain: host, ...overrides });
  const youtube = (name: string, lifetimeMs: number | null) =>
    keptCookie(name, at, {
      domain: 'youtube.com',
      hostOnly: false,
      party: 'third',
      sameSite: 'none',
      seenBy: ['set-cookie-header'],
      expiresAt: lifetimeMs === null ? null : at + lifetimeMs,
    });
  const cookies = [
    first('sessionid', { httpOnly: true }),
    first('csrftoken', { expiresAt: at + 365 * DAY }),
    first('_pk_id.1.ab12', { expiresAt: at + 395 * DAY }),
    first('_pk_ses.1.ab12', { expiresAt: at + 30 * 60_000 }),
    first('atuserid', {
      domain: 'exemple-agglo.fr',
      hostOnly: false,
      expiresAt: at + 400 * DAY,
      requestedLifetimeMs: 761 * DAY,
    }),
    first('_ga', { domain: 'exemple-agglo.fr', hostOnly: false, expiresAt: at + 400 * DAY }),
    first('_ga_2ZQ1B8KLM3', { domain: 'exemple-agglo.fr', hostOnly: false, expiresAt: at + 400 * DAY }),
    youtube('YSC', null),
    youtube('VISITOR_INFO1_LIVE', 180 * DAY),
  ];
  return record(host, cookies, [...standardCharters.older.declared, matomoLine], now);
}

/** A portal a script flooded: c_0 … c_479 from one script, Matomo and a few third parties. */
export const floodedHost = 'data.ville-inondee.fr';

export function floodedRecord(now = Date.now()): PortalRecord {
  const at = now - DAY;
  const host = floodedHost;
  const cookies: KeptCookie[] = [
    keptCookie('sessionid', at, { domain: host, httpOnly: true }),
    keptCookie('csrftoken', at, { domain: host, expiresAt: at + 365 * DAY }),
  ];
  for (let index = 0; index < 480; index++)
    cookies.push(keptCookie(`c_${index}`, at, { domain: host, expiresAt: at + 30 * DAY }));
  for (let site = 1; site <= 6; site++)
    cookies.push(keptCookie(`_pk_id.${site}.a1b2`, at, { domain: host, expiresAt: at + 395 * DAY }));
  const thirdParties = ['doubleclick.net', 'youtube.com', 'tuiles.carto-tiers.fr', 'video.lecteur-tiers.com'];
  for (let index = 0; cookies.length < 500; index++) {
    const domain = thirdParties[index % thirdParties.length]!;
    cookies.push(
      keptCookie(
        ['IDE', 'YSC', 'carto_uid', 'lecteur_visiteur', 'test_cookie', 'PREF', 'uid', 'visitor'][index % 8]!,
        at,
        { domain, hostOnly: false, party: 'third', sameSite: 'none', expiresAt: at + 180 * DAY, path: `/${index}` },
      ),
    );
  }
  return record(host, cookies, [...standardCharters.older.declared, matomoLine], now);
}

/** The storage items to write for these records. */
export function storageItems(...records: PortalRecord[]): Record<string, PortalRecord> {
  return Object.fromEntries(records.map((seeded) => [storageKeyOf(seeded.host), seeded]));
}
