// @vitest-environment node
/**
 * The charter request as the network sees it: the only requests the extension makes, anonymous, to the portal's
 * own charter addresses or the link its footer gives, and every answer worded, redirects included.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPageFetcher } from '../../src/adapters/fetch-page.ts';
import { charterUrlCandidates, charterUrlPolicy } from '../../src/core/charter/locate.ts';
import { readPortalCharter } from '../../src/core/charter/read.ts';
import { loadCharter } from '../../src/cli/load-charter.ts';
import { anySha256 } from '../support/any-sha256.ts';

const CHARTER =
  '<table><tr><th>Nom du cookie</th><th>Prestataire</th><th>Finalité</th></tr><tr><td>sessionid</td><td>O</td><td>F</td></tr></table>';
const fetchPage = createPageFetcher({ timeoutMs: 2000, maxBytes: 100_000 });
const now = () => 1;
let server: Server;
let port = 0;
/** The same server under two host names: a redirect from one to the other is a redirect to another site. */
let portal = '';
let otherSite = '';
/** Every request the server answered, as `host path`. */
const served: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    served.push(`${request.headers.host?.split(':')[0]} ${path}`);
    if (path.startsWith('/terms/cookies-information/')) {
      response.writeHead(301, { location: '/pages/charte/' });
      response.end();
    } else if (path === '/pages/charte/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(CHARTER);
    } else if (path.startsWith('/terms/cookies-policy/')) {
      response.writeHead(302, { location: `${otherSite}/cookies/` });
      response.end();
    } else if (path === '/cookies/' && request.headers.host?.startsWith('localhost')) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(CHARTER);
    } else if (path === '/broken/') {
      response.writeHead(500, { 'content-type': 'text/html' });
      response.end('Internal Server Error');
    } else if (path === '/untyped/') {
      response.writeHead(200);
      response.end(CHARTER);
    } else {
      response.writeHead(404, { 'content-type': 'text/html' });
      response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  portal = `http://127.0.0.1:${port}`;
  otherSite = `http://localhost:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => vi.restoreAllMocks());

describe('the charter request over a real connection', () => {
  // The portal here is 127.0.0.1 on a port of its own: the user added it, so its own redirects may be followed.
  it('follows a redirect within the portal, and asks nothing of a redirect to localhost, saying where it led', async () => {
    served.length = 0;
    const charter = await readPortalCharter(portal, fetchPage, now, ['127.0.0.1']);
    expect(charter.source).toEqual({
      kind: 'portal',
      url: `${portal}/pages/charte/`,
      readAt: 1,
      textSha256: anySha256,
    });
    expect(charter.declared.map(({ name }) => name)).toEqual(['sessionid']);
    expect(served).toEqual([
      '127.0.0.1 /terms/cookies-policy/?flg=fr',
      '127.0.0.1 /terms/cookies-information/?flg=fr',
      '127.0.0.1 /pages/charte/',
    ]);
  });

  it('says which redirect it refused and why, and reads nothing of it', async () => {
    served.length = 0;
    const [policyUrl] = charterUrlCandidates(portal);
    expect(
      await fetchPage(policyUrl!, charterUrlPolicy({ portalHost: '127.0.0.1', userAddedHosts: ['127.0.0.1'] })),
    ).toEqual({
      ok: false,
      reason: { kind: 'refused-redirect', url: policyUrl, target: `${otherSite}/cookies/`, why: 'local-name' },
    });
    expect(served).toEqual(['127.0.0.1 /terms/cookies-policy/?flg=fr']);
  });

  it('the command line reading a portal holds every redirect to the same rule', async () => {
    served.length = 0;
    const loaded = await loadCharter(portal, now);
    expect(loaded).toMatchObject({
      ok: true,
      charter: {
        source: {
          kind: 'standard',
          reason: { kind: 'refused-redirect', target: `${otherSite}/cookies/`, why: 'local-name' },
        },
      },
    });
    expect(served.filter((request) => request.includes('/cookies/') || request.includes('/pages/charte/'))).toEqual([]);
  });

  it('reports a server error with its status', async () => {
    expect(await fetchPage(`${portal}/broken/`)).toEqual({
      ok: false,
      reason: { kind: 'http-error', url: `${portal}/broken/`, status: 500 },
    });
  });

  it('refuses a page that says nothing of its type', async () => {
    expect(await fetchPage(`${portal}/untyped/`)).toEqual({
      ok: false,
      reason: { kind: 'not-html', url: `${portal}/untyped/`, contentType: '' },
    });
  });
});

describe('what the extension asks the network for', () => {
  it('asks only for the charter addresses and the home page, then the footer link, each without credentials', async () => {
    const home = '<footer><a href="https://www.ville.example/charte-cookies">Charte cookies</a></footer>';
    const asked: Array<{ url: string; init: RequestInit | undefined }> = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = String(input);
      asked.push({ url, init });
      const body = url === 'https://data.ville.example/' ? home : url.endsWith('/charte-cookies') ? CHARTER : null;
      const response = new Response(body ?? 'Not found', {
        status: body ? 200 : 404,
        headers: { 'content-type': 'text/html' },
      });
      Object.defineProperty(response, 'url', { value: url });
      return response;
    });
    const charter = await readPortalCharter('https://data.ville.example', createPageFetcher(), now);
    expect(charter.source).toMatchObject({ kind: 'portal', url: 'https://www.ville.example/charte-cookies' });
    expect(asked.map(({ url }) => url)).toEqual([
      ...charterUrlCandidates('https://data.ville.example'),
      'https://data.ville.example/',
      'https://www.ville.example/charte-cookies',
    ]);
    for (const { init } of asked) {
      expect(init).toMatchObject({ credentials: 'omit', redirect: 'manual' });
      // A plain GET: no method, body or header that could carry anything of the user's.
      expect(init?.method ?? 'GET').toBe('GET');
      expect(init?.body).toBeUndefined();
      expect(init?.headers).toBeUndefined();
    }
  });
});
