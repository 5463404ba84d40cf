import { describe, expect, it } from 'vitest';
import { observationFromBrowserCookie } from '../../src/core/cookies/browser-cookie.ts';
import { parseSetCookie, splitSetCookieHeaders } from '../../src/core/cookies/set-cookie.ts';

const receivedAt = Date.UTC(2026, 10, 23, 12, 0, 0);
const context = {
  url: 'https://data.montreuil.fr/explore/dataset/x/',
  topLevelUrl: 'https://data.montreuil.fr/',
  receivedAt,
};

describe('Set-Cookie headers', () => {
  it('reads every attribute but never the value', () => {
    const effect = parseSetCookie(
      'sessionid=s3cr3t-value; HttpOnly; Secure; SameSite=Lax; Path=/; Max-Age=1209600',
      context,
    );
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
    expect(effect?.observation).toMatchObject({
      domain: 'montreuil.fr',
      hostOnly: false,
      path: '/explore/dataset/x',
      expiresAt: Date.UTC(2026, 11, 23, 12),
    });
  });

  it('lets Max-Age win over Expires, and reads a past expiry as a deletion', () => {
    expect(
      parseSetCookie('a=1; Expires=Wed, 23 Dec 2099 12:00:00 GMT; Max-Age=60', context)?.observation.expiresAt,
    ).toBe(receivedAt + 60000);
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
    expect(parseSetCookie('=', context)).toBeNull();
    expect(parseSetCookie(' ; Path=/', context)).toBeNull();
    expect(parseSetCookie('a=1; Domain=example.org', context)).toBeNull();
    expect(parseSetCookie('a=1; Domain=fr', context)).toBeNull();
    expect(parseSetCookie('bad\u0001name=1', context)).toBeNull();
  });

  it('keys a partitioned cookie by the top-level site', () => {
    const thirdParty = {
      url: 'https://tuiles.carto-tiers.fr/t/1.png',
      topLevelUrl: 'https://data.montreuil.fr/carte',
      receivedAt,
    };
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

describe('Set-Cookie headers that pages get wrong or make strange', () => {
  const nameOf = (header: string, url = context.url) =>
    parseSetCookie(header, { ...context, url })?.observation.name ?? null;
  const domainOf = (header: string, url: string) => {
    const observation = parseSetCookie(header, { ...context, url })?.observation;
    return observation ? { domain: observation.domain, hostOnly: observation.hostOnly } : null;
  };

  it('reads names as browsers do: spaces inside, any script, and a value alone as a cookie without a name', () => {
    expect(nameOf('mon cookie=1')).toBe('mon cookie');
    expect(nameOf('  padded  =1')).toBe('padded');
    expect(nameOf('クッキー🍪=1')).toBe('クッキー🍪');
    expect(nameOf('justavalue')).toBe('');
    expect(nameOf('=value')).toBe('');
  });

  it('refuses control characters anywhere, and names and values over 4 KB together', () => {
    expect(nameOf('a\u0000b=1')).toBeNull();
    expect(nameOf('a=1\u0007; Path=/')).toBeNull();
    expect(nameOf('tab\there=1')).toBe('tab\there');
    expect(nameOf(`${'n'.repeat(4000)}=${'v'.repeat(96)}`)).toBe('n'.repeat(4000));
    expect(nameOf(`${'n'.repeat(4000)}=${'v'.repeat(97)}`)).toBeNull();
  });

  it('reads Domain with a leading dot, refuses one with a trailing dot, and compares international names in ASCII', () => {
    expect(domainOf('a=1; Domain=.montreuil.fr', 'https://data.montreuil.fr/')).toEqual({
      domain: 'montreuil.fr',
      hostOnly: false,
    });
    expect(domainOf('a=1; Domain=montreuil.fr.', 'https://data.montreuil.fr/')).toBeNull();
    expect(domainOf('a=1; Domain=Bücher.example', 'https://www.xn--bcher-kva.example/')).toEqual({
      domain: 'xn--bcher-kva.example',
      hostOnly: false,
    });
    expect(domainOf('a=1; Domain=xn--bcher-kva.example', 'https://www.xn--bcher-kva.example/')).toEqual({
      domain: 'xn--bcher-kva.example',
      hostOnly: false,
    });
  });

  it('lets an IP address name only itself, as a host-only cookie', () => {
    expect(domainOf('a=1; Domain=127.0.0.1', 'http://127.0.0.1:8080/')).toEqual({
      domain: '127.0.0.1',
      hostOnly: true,
    });
    expect(domainOf('a=1; Domain=0.0.1', 'http://127.0.0.1/')).toBeNull();
    expect(domainOf('a=1; Domain=[::1]', 'http://[::1]/')).toEqual({ domain: '[::1]', hostOnly: true });
    expect(domainOf('a=1', 'http://[::1]/')).toEqual({ domain: '[::1]', hostOnly: true });
  });

  it('takes localhost as a host of its own', () => {
    expect(domainOf('a=1; Domain=localhost', 'http://localhost:3000/')).toEqual({
      domain: 'localhost',
      hostOnly: false,
    });
    expect(domainOf('a=1; Domain=localhost', 'http://app.localhost/')).toBeNull();
  });

  it('ignores an attribute value over 1024 characters, as browsers do', () => {
    expect(parseSetCookie(`a=1; Path=/${'p'.repeat(1100)}`, context)?.observation.path).toBe('/explore/dataset/x');
  });

  it('joins a folded header line to the one before, and keeps a repeated cookie as one slot', () => {
    expect(splitSetCookieHeaders(['a=1;\r\n Path=/;\n\tSecure', 'b=2'])).toEqual(['a=1; Path=/; Secure', 'b=2']);
    expect(splitSetCookieHeaders(['a=1;\n Path=/\nb=2'])).toEqual(['a=1; Path=/', 'b=2']);
    const [first, second] = ['sessionid=1; Path=/', 'sessionid=2; Path=/'].map(
      (header) => parseSetCookie(header, context)?.observation,
    );
    expect(first).toEqual(second);
  });
});

describe('cookies as the browser’s cookies API reports them', () => {
  const reported = (name: string, domain: string) =>
    observationFromBrowserCookie({
      name,
      domain,
      hostOnly: !domain.startsWith('.'),
      path: '',
      secure: false,
      httpOnly: false,
      session: true,
    });

  it('writes every domain form in one: no leading or trailing dot, lower case', () => {
    expect(reported('a', '.Montreuil.FR').domain).toBe('montreuil.fr');
    expect(reported('a', 'data.montreuil.fr.').domain).toBe('data.montreuil.fr');
    expect(reported('a', '127.0.0.1').domain).toBe('127.0.0.1');
    expect(reported('a', 'xn--bcher-kva.example').domain).toBe('xn--bcher-kva.example');
  });

  it('keeps the name exactly, and gives an empty path the whole site', () => {
    expect(reported(' spaced name ', 'localhost')).toMatchObject({ name: ' spaced name ', path: '/' });
    expect(reported('', 'localhost').name).toBe('');
  });
});
