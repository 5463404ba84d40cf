// @vitest-environment node
/**
 * Only the portal's own charter is asked for: from its site or a known portal, never from the local network, and
 * redirects are checked hop by hop, whether the runtime shows them (Node) or hides them (browsers' opaqueredirect).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createPageFetcher } from '../../src/adapters/fetch-page.ts';
import { charterUrlPolicy } from '../../src/core/charter/locate.ts';
import { readPortalCharter, type FetchedPage, type PageFetcher } from '../../src/core/charter/read.ts';

const policy = charterUrlPolicy({ portalHost: 'data.ville.example', userAddedHosts: [] });

describe('which addresses a charter may be read from', () => {
  it.each([
    ['the portal itself', 'https://data.ville.example/terms/cookies-policy/'],
    ["the collectivité's site (same registrable domain)", 'https://www.ville.example/cookies'],
    ['plain http on the same site', 'http://ville.example/cookies'],
    ['a known Opendatasoft portal', 'https://data.montreuil.fr/terms/cookies-policy/'],
    ['a portal on opendatasoft.com', 'https://ville.opendatasoft.com/pages/cookies/'],
  ])('allows %s', (_case, url) => {
    expect(policy(url)).toBeNull();
  });

  it.each([
    ['an IPv4 literal', 'http://192.168.1.10/charte', 'ip-literal'],
    ['an IPv4 written as a number', 'http://3232235786/charte', 'ip-literal'],
    ['loopback', 'http://127.0.0.1/charte', 'ip-literal'],
    ['an IPv6 literal', 'http://[::1]/charte', 'ip-literal'],
    ['localhost', 'https://localhost/charte', 'local-name'],
    ['a .localhost name', 'https://app.localhost/charte', 'local-name'],
    ['a .local name', 'https://nas.local/charte', 'local-name'],
    ['a .internal name', 'https://wiki.mairie.internal/charte', 'local-name'],
    ['a .lan name', 'http://routeur.lan/', 'local-name'],
    ['a .home.arpa name', 'http://box.home.arpa/', 'local-name'],
    ['a name without a dot', 'http://intranet/charte', 'local-name'],
    ['a port of its own on the portal', 'https://data.ville.example:8443/charte', 'non-default-port'],
    ['another site', 'https://tracker.example.com/charte', 'other-site'],
    ['a file', 'file:///etc/passwd', 'not-http'],
    ['nonsense', 'http://', 'not-http'],
  ])('refuses %s', (_case, url, why) => {
    expect(policy(url)).toBe(why);
  });

  it('trusts a host the user added as a portal wherever it is', () => {
    const local = charterUrlPolicy({ portalHost: 'localhost', userAddedHosts: ['localhost'] });
    expect(local('http://localhost:8080/terms/cookies-policy/')).toBeNull();
    expect(local('http://192.168.1.10/')).toBe('ip-literal');
  });
});

const CHARTER =
  '<table><tr><th>Nom du cookie</th><th>Finalité</th></tr><tr><td>sessionid</td><td>Session</td></tr></table>';
const ORIGIN = 'https://data.ville.example';

describe('the charter reader under these rules', () => {
  it('asks nothing of a footer link to localhost, and says why', async () => {
    const asked: string[] = [];
    const fetchPage: PageFetcher = async (url) => {
      asked.push(url);
      if (url === `${ORIGIN}/`)
        return {
          ok: true,
          url,
          text: '<footer><a href="http://localhost:8080/charte">Charte cookies</a></footer>',
          contentType: 'text/html',
        };
      return { ok: false, reason: { kind: 'http-error', url, status: 404 } };
    };
    const charter = await readPortalCharter(ORIGIN, fetchPage, () => 1);
    expect(asked).toEqual([
      `${ORIGIN}/terms/cookies-policy/?flg=fr`,
      `${ORIGIN}/terms/cookies-information/?flg=fr`,
      `${ORIGIN}/`,
    ]);
    expect(charter.source).toEqual({
      kind: 'standard',
      readAt: 1,
      reason: { kind: 'refused-link', url: 'http://localhost:8080/charte', why: 'local-name' },
      template: 'newer',
    });
  });

  it('reads nothing of a page a fetcher reached elsewhere by itself', async () => {
    const fetchPage: PageFetcher = async (url): Promise<FetchedPage> =>
      url.includes('cookies-policy')
        ? { ok: true, url: 'http://10.0.0.5/charte', text: CHARTER, contentType: 'text/html' }
        : { ok: false, reason: { kind: 'http-error', url, status: 404 } };
    const charter = await readPortalCharter(ORIGIN, fetchPage, () => 1);
    expect(charter.source).toMatchObject({
      kind: 'standard',
      reason: { kind: 'refused-redirect', target: 'http://10.0.0.5/charte', why: 'ip-literal' },
    });
  });
});

afterEach(() => vi.restoreAllMocks());

/** A browser's answer to a `redirect: 'manual'` fetch: status 0, no headers, type "opaqueredirect". */
function opaqueRedirect(url: string): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, { type: { value: 'opaqueredirect' }, status: { value: 0 }, url: { value: url } });
  return response;
}

describe('redirects, one hop at a time', () => {
  it('learns a hidden redirect target from the locator, and does not ask for it when it is refused', async () => {
    const asked: string[] = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      asked.push(String(input));
      return opaqueRedirect(String(input));
    });
    const fetchPage = createPageFetcher(undefined, async () => 'https://wiki.mairie.internal/charte-cookies/');
    expect(await fetchPage(`${ORIGIN}/terms/cookies-policy/`, policy)).toEqual({
      ok: false,
      reason: {
        kind: 'refused-redirect',
        url: `${ORIGIN}/terms/cookies-policy/`,
        target: 'https://wiki.mairie.internal/charte-cookies/',
        why: 'local-name',
      },
    });
    expect(asked).toEqual([`${ORIGIN}/terms/cookies-policy/`]);
  });

  it('follows an allowed hidden redirect, and refuses one whose target stays unknown', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const url = String(input);
      if (url.endsWith('/moved')) return opaqueRedirect(url);
      return new Response(CHARTER, { status: 200, headers: { 'content-type': 'text/html' } });
    });
    const locations: Record<string, string> = { [`${ORIGIN}/moved`]: '/pages/charte/' };
    const following = createPageFetcher(undefined, async (url) => locations[url] ?? null);
    expect(await following(`${ORIGIN}/moved`, policy)).toMatchObject({ ok: true, url: `${ORIGIN}/pages/charte/` });
    const blind = createPageFetcher(undefined, async () => null);
    expect(await blind(`${ORIGIN}/moved`, policy)).toEqual({
      ok: false,
      reason: { kind: 'refused-redirect', url: `${ORIGIN}/moved`, target: null, why: 'unknown-target' },
    });
  });

  it('stops after five redirects', async () => {
    let hops = 0;
    vi.spyOn(globalThis, 'fetch').mockImplementation(async () => {
      hops++;
      return new Response(null, { status: 302, headers: { location: `/hop/${hops}` } });
    });
    expect(await createPageFetcher()(`${ORIGIN}/loop`, policy)).toMatchObject({
      ok: false,
      reason: { kind: 'refused-redirect', why: 'too-many-redirects' },
    });
    expect(hops).toBe(6);
  });
});
