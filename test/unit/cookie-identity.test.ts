import { describe, expect, it } from 'vitest';
import { storage } from '../../src/adapters/storage.ts';
import { cookieId } from '../../src/core/cookies/slot-key.ts';
import type { CookieObservation } from '../../src/core/cookies/types.ts';
import { sightingChange } from '../../src/core/record/cookie-changes.ts';
import { emptyPortalRecord } from '../../src/core/record/portal-record.ts';

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
});
