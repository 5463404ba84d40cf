import { describe, expect, it } from 'vitest';
import { storage } from '../../src/adapters/storage.ts';
import { cookieId } from '../../src/core/cookies/slot-key.ts';
import type { CookieObservation } from '../../src/core/cookies/types.ts';
import { sightingChange } from '../../src/core/record/cookie-changes.ts';
import { emptyPortalRecord } from '../../src/core/record/portal-record.ts';
import { portalState, reportContext } from '../support/report-knowledge.ts';

const HOST = 'data.montreuil.fr';
const at = Date.UTC(2026, 10, 30, 12);

const tile = (partitionKey: string | null, extra: Partial<CookieObservation> = {}): CookieObservation => ({
  name: 'carto_uid',
  domain: 'tuiles.carto-tiers.fr',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: false,
  sameSite: 'none',
  partitionKey,
  expiresAt: null,
  ...extra,
});

describe('one identity per recorded cookie', () => {
  it('tells apart two cookies differing only by partition, or only by being host-only, and nothing else', () => {
    expect(cookieId(tile('https://montreuil.fr'))).not.toBe(cookieId(tile('https://ailleurs.example')));
    expect(cookieId(tile(null))).not.toBe(cookieId(tile('https://ailleurs.example')));
    expect(cookieId(tile(null))).not.toBe(cookieId(tile(null, { hostOnly: false })));
    // Attributes that change with each setting are not part of what the cookie is.
    expect(cookieId(tile(null))).toBe(cookieId(tile(null, { expiresAt: at, secure: false, sameSite: 'lax' })));
  });

  it('is the same after a storage round trip, for every cookie of a record', async () => {
    const record = emptyPortalRecord(HOST);
    sightingChange(tile(null), 'set-cookie-header', at)(record);
    sightingChange(tile('https://ailleurs.example'), 'cookie-event', at)(record);
    sightingChange({ ...tile(null), name: 'sessionid', domain: HOST }, 'cookie-event', at)(record);
    const before = Object.values(record.cookies).map(cookieId);
    await storage.savePortalRecord(record);
    const after = Object.values((await storage.loadPortalRecord(HOST)).record.cookies).map(cookieId);
    expect(after).toEqual(before);
    expect(new Set(after).size).toBe(3);
  });

  it('is carried as `id` on every cookie of the report, and names the cookie wherever the report speaks of it', () => {
    const record = emptyPortalRecord(HOST);
    // Two third-party tiles differing only by partition, undeclared; sessionid, declared by the standard charter.
    sightingChange(tile(null), 'cookie-event', at)(record);
    sightingChange(tile('https://ailleurs.example'), 'cookie-event', at)(record);
    sightingChange({ ...tile(null), name: 'sessionid', domain: HOST, sameSite: 'lax' }, 'cookie-event', at)(record);
    const { summary, details } = portalState(record, reportContext([], at), 'with-details');
    if (details === null) throw new Error('details asked for');
    const ids = Object.values(record.cookies).map(cookieId);
    expect(new Set(ids).size).toBe(3);
    const idsIn = (cookies: readonly { id: string }[]) => cookies.map(({ id }) => id);
    for (const comparison of [summary.firstEntries, details.comparison]) {
      expect(
        [...idsIn(comparison.undeclared), ...comparison.declaredAndSeen.flatMap((line) => idsIn(line.cookies))].sort(),
      ).toEqual([...ids].sort());
    }
    for (const cookie of details.comparison.undeclared) expect(cookie.id).toBe(cookieId(cookie));
    expect(Object.keys(details.insights).sort()).toEqual([...ids].sort());
    expect(idsIn(summary.toCheck.entries.map(({ cookie }) => cookie))).toEqual(idsIn(summary.firstEntries.undeclared));
    // Each tile has its own finding (third party, undeclared), named by its own id; sessionid one too (a session
    // cookie the standard charter says persistent).
    const flagged = details.findings.flatMap(({ cookie }) => (cookie ? [cookie.id] : []));
    expect(flagged.sort()).toEqual([...ids].sort());
    expect(details.toCheck.entries.every(({ cookie }) => ids.includes(cookie.id))).toBe(true);
  });
});
