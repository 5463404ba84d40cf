import { describe, expect, it } from 'vitest';
import { markRemoved, addSighting } from '../../src/core/cookies/kept-cookie.ts';
import type { CookieObservation } from '../../src/core/cookies/types.ts';
import { keptCookie } from '../support/kept-cookie.ts';

const at = Date.UTC(2026, 10, 23, 10);
/** The observation the support record was made of: the browser's side of it only. */
const { name, domain, hostOnly, path, secure, httpOnly, sameSite, partitionKey, expiresAt } = keptCookie(
  'csrftoken',
  at,
);
const session: CookieObservation = {
  name,
  domain,
  hostOnly,
  path,
  secure,
  httpOnly,
  sameSite,
  partitionKey,
  expiresAt,
};

describe('a recorded cookie', () => {
  it('keeps only the fields of a record, whatever else the observation object carried (such as a value)', () => {
    const fromBrowserApi = { ...session, value: 'secret-csrf-4f9a', storeId: '0', session: true };
    const record = addSighting(undefined, fromBrowserApi, { at, seenBy: 'cookie-event', party: 'first' });
    expect(record).toEqual(keptCookie('csrftoken', at));
    expect(JSON.stringify(record)).not.toContain('secret-csrf-4f9a');
  });

  it('keeps when it was first seen and set when an inventory finds it again unchanged', () => {
    const first = addSighting(undefined, session, {
      at,
      seenBy: 'cookie-event',
      party: 'first',
      page: 'https://data.montreuil.fr/explore/?q=x',
    });
    const again = addSighting(first, session, { at: at + 60_000, seenBy: 'inventory', party: 'first' });
    expect(again).toEqual(
      keptCookie('csrftoken', at, {
        lastSeen: at + 60_000,
        seenBy: ['cookie-event', 'inventory'],
        firstPage: 'https://data.montreuil.fr/explore/',
      }),
    );
  });

  it('is marked removed, and set anew when it comes back', () => {
    const removed = markRemoved(keptCookie('csrftoken', at), at + 1_000);
    expect(removed).toEqual(keptCookie('csrftoken', at, { removedAt: at + 1_000, lastSeen: at + 1_000 }));
    const back = addSighting(removed, session, { at: at + 2_000, seenBy: 'inventory', party: 'first' });
    expect(back).toEqual(
      keptCookie('csrftoken', at, { lastSeen: at + 2_000, setAt: at + 2_000, seenBy: ['cookie-event', 'inventory'] }),
    );
  });

  it('keeps the expiry history of a cookie set again at each visit, without any value: its first expiry and how many times it moved later', () => {
    const THIRTEEN_MONTHS = 395 * 24 * 60 * 60 * 1000;
    const visit = (
      existing: Parameters<typeof addSighting>[0],
      visitAt: number,
      seenBy: 'cookie-event' | 'set-cookie-header' = 'cookie-event',
    ) =>
      addSighting(
        existing,
        { ...session, name: '_pk_id.1.ab12', expiresAt: visitAt + THIRTEEN_MONTHS },
        { at: visitAt, seenBy, party: 'first' },
      );
    const first = visit(undefined, at);
    expect(first).toMatchObject({ firstExpiresAt: at + THIRTEEN_MONTHS, expiryExtensions: 0 });
    // The same setting seen twice, by its header then its cookie event a few milliseconds later, is no extension.
    const sameSetting = visit(visit(first, at + 5, 'set-cookie-header'), at + 8);
    expect(sameSetting.expiryExtensions).toBe(0);
    const thirdVisit = visit(visit(sameSetting, at + 60_000), at + 120_000);
    expect(thirdVisit).toMatchObject({
      firstExpiresAt: at + THIRTEEN_MONTHS,
      expiresAt: at + 120_000 + THIRTEEN_MONTHS,
      expiryExtensions: 2,
    });
    // An inventory finding it unchanged moves nothing; a cookie removed and set again starts a new history.
    expect(
      addSighting(
        thirdVisit,
        { ...session, name: '_pk_id.1.ab12', expiresAt: thirdVisit.expiresAt },
        { at: at + 180_000, seenBy: 'inventory', party: 'first' },
      ).expiryExtensions,
    ).toBe(2);
    const recreated = visit(markRemoved(thirdVisit, at + 200_000), at + 240_000);
    expect(recreated).toMatchObject({ firstExpiresAt: at + 240_000 + THIRTEEN_MONTHS, expiryExtensions: 0 });
  });
});
