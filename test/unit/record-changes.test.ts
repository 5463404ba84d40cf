import { describe, expect, it } from 'vitest';
import type { CookieObservation } from '../../src/core/cookies/types.ts';
import { consentChange } from '../../src/core/record/consent-change.ts';
import { removalChange, sightingChange } from '../../src/core/record/cookie-changes.ts';
import { emptyPortalRecord } from '../../src/core/record/portal-record.ts';
import { cookieObservation } from '../support/kept-cookie.ts';

const at = Date.UTC(2026, 10, 30, 12);
const HOST = 'data.montreuil.fr';

const observation = (name: string, domain: string, partitionKey: string | null = null): CookieObservation => ({
  ...cookieObservation(name, domain),
  partitionKey,
});

const listed = (record: ReturnType<typeof emptyPortalRecord>) =>
  Object.values(record.cookies).map(
    (cookie) => `${cookie.name}@${cookie.domain}:${cookie.party}${cookie.removedAt === null ? '' : ':removed'}`,
  );

describe('the changes a sighting, a removal and a consent choice make to a portal’s record (plain data)', () => {
  it('records a sighting with its party, the page and the response that set it', () => {
    const record = emptyPortalRecord(HOST);
    expect(
      sightingChange(observation('sessionid', HOST), 'set-cookie-header', at, {
        page: `https://${HOST}/`,
        response: `https://${HOST}/api/`,
      })(record),
    ).toBe(true);
    expect(sightingChange(observation('carto_uid', 'tuiles.carto-tiers.fr'), 'cookie-event', at)(record)).toBe(true);
    expect(listed(record)).toEqual(['sessionid@data.montreuil.fr:first', 'carto_uid@tuiles.carto-tiers.fr:third']);
    expect(Object.values(record.cookies)[0]?.seenBy).toEqual(['set-cookie-header']);
  });

  it('keeps one cookie seen by a header and partitioned under the portal’s own site as one, and one of a foreign partition apart', () => {
    const record = emptyPortalRecord(HOST);
    sightingChange(observation('carto_uid', 'tuiles.carto-tiers.fr'), 'set-cookie-header', at)(record);
    sightingChange(
      observation('carto_uid', 'tuiles.carto-tiers.fr', 'https://montreuil.fr'),
      'cookie-event',
      at + 1,
    )(record);
    sightingChange(
      observation('carto_uid', 'tuiles.carto-tiers.fr', 'https://ailleurs.example'),
      'cookie-event',
      at + 2,
    )(record);
    expect(Object.values(record.cookies).map((cookie) => [cookie.partitionKey, cookie.seenBy])).toEqual([
      ['https://montreuil.fr', ['set-cookie-header', 'cookie-event']],
      ['https://ailleurs.example', ['cookie-event']],
    ]);
  });

  it('marks removed only a cookie recorded and not yet removed, and says when nothing changed', () => {
    const record = emptyPortalRecord(HOST);
    expect(removalChange(observation('never_seen', HOST), at)(record)).toBe(false);
    expect(record.cookies).toEqual({});
    sightingChange(observation('csrftoken', HOST), 'cookie-event', at)(record);
    expect(removalChange(observation('csrftoken', HOST), at + 5)(record)).toBe(true);
    expect(removalChange(observation('csrftoken', HOST), at + 9)(record)).toBe(false);
    expect(listed(record)).toEqual(['csrftoken@data.montreuil.fr:first:removed']);
    expect(Object.values(record.cookies)[0]?.removedAt).toBe(at + 5);
  });

  it('keeps the consent choice decoded, never the cookie’s raw value, and forgets it when the cookie is removed', () => {
    const record = emptyPortalRecord(HOST);
    const value = encodeURIComponent(
      JSON.stringify({ functional_cookies: true, matomo: false, timestamp: 1_795_000_100_000 }),
    );
    expect(consentChange({ name: 'cookies_preferences', value }, false, at)(record)).toBe(true);
    expect(record.consent).toEqual({
      choices: { functional_cookies: true, matomo: false },
      decidedAt: 1_795_000_100_000,
    });
    expect(JSON.stringify(record)).not.toContain(value);
    expect(consentChange({ name: 'cookies_preferences', value }, false, at + 1)(record)).toBe(false);
    expect(consentChange({ name: 'cookies_preferences', value }, true, at + 2)(record)).toBe(true);
    expect(record.consent).toBeNull();
  });
});
