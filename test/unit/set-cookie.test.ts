import { describe, expect, it } from 'vitest';
import { parseSetCookie, splitSetCookieHeaders } from '../../src/core/cookies/set-cookie.ts';

const receivedAt = Date.UTC(2026, 10, 23, 12, 0, 0);
const context = { url: 'https://data.montreuil.fr/explore/dataset/x/', topLevelUrl: 'https://data.montreuil.fr/', receivedAt };

describe('Set-Cookie headers', () => {
  it('reads every attribute but never the value', () => {
    const effect = parseSetCookie('sessionid=s3cr3t-value; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=1209600', context);
    expect(effect).toEqual({
      observation: {
        name: 'sessionid',
        domain: 'data.montreuil.fr',
        hostOnly: true,
        path: '/',
        secure: true,
        httpOnly: true,
        sameSite: 'lax',
        partitionKey: null,
        expiresAt: receivedAt + 1209600 * 1000,
      },
      deletes: false,
      requestedLifetimeMs: null,
    });
    expect(JSON.stringify(effect)).not.toContain('s3cr3t');
  });

  it('uses the default path and a Domain attribute as a browser does', () => {
    const effect = parseSetCookie('atuserid=x; Domain=.Montreuil.fr; Expires=Wed, 23 Dec 2026 12:00:00 GMT', context);
    expect(effect?.observation).toMatchObject({ domain: 'montreuil.fr', hostOnly: false, path: '/explore/dataset/x', expiresAt: Date.UTC(2026, 11, 23, 12) });
  });

  it('lets Max-Age win over Expires, and reads a past expiry as a deletion', () => {
    expect(parseSetCookie('a=1; Expires=Wed, 23 Dec 2099 12:00:00 GMT; Max-Age=60', context)?.observation.expiresAt).toBe(receivedAt + 60000);
    expect(parseSetCookie('a=; Max-Age=0', context)?.deletes).toBe(true);
    expect(parseSetCookie('a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT', context)?.deletes).toBe(true);
  });

  it('caps the lifetime at 400 days as browsers do, and keeps what the site asked for', () => {
    const twentyFiveMonths = 761 * 24 * 3600;
    const effect = parseSetCookie(`atuserid=x; Max-Age=${twentyFiveMonths}`, context);
    expect(effect?.observation.expiresAt).toBe(receivedAt + 400 * 24 * 3600 * 1000);
    expect(effect?.requestedLifetimeMs).toBe(twentyFiveMonths * 1000);
    expect(parseSetCookie('csrftoken=x; Max-Age=31449600', context)?.requestedLifetimeMs).toBeNull();
  });

  it('refuses what a browser refuses', () => {
    expect(parseSetCookie('novalue', context)).toBeNull();
    expect(parseSetCookie('=value', context)).toBeNull();
    expect(parseSetCookie('a=1; Domain=example.org', context)).toBeNull();
    expect(parseSetCookie('a=1; Domain=fr', context)).toBeNull();
    expect(parseSetCookie('bad\u0001name=1', context)).toBeNull();
  });

  it('keys a partitioned cookie by the top-level site', () => {
    const thirdParty = { url: 'https://tuiles.carto-tiers.fr/t/1.png', topLevelUrl: 'https://data.montreuil.fr/carte', receivedAt };
    expect(parseSetCookie('tile=1; Secure; SameSite=None; Partitioned', thirdParty)?.observation).toMatchObject({
      domain: 'tuiles.carto-tiers.fr',
      sameSite: 'none',
      partitionKey: 'https://montreuil.fr',
    });
  });

  it('reads Chrome’s one header per cookie and Firefox’s newline-joined header alike', () => {
    expect(splitSetCookieHeaders(['a=1', 'b=2'])).toEqual(['a=1', 'b=2']);
    expect(splitSetCookieHeaders(['a=1\nb=2\n'])).toEqual(['a=1', 'b=2']);
  });
});
