// @vitest-environment node
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPageFetcher } from '../../src/adapters/fetch-page.ts';

// A time limit no answering server reaches, even on a loaded machine (the first fetch of a process can take
// hundreds of milliseconds); the page that never ends has a fetcher of its own with a short limit.
const fetchPage = createPageFetcher({ timeoutMs: 30_000, maxBytes: 1000 });
const fetchPageWithShortLimit = createPageFetcher({ timeoutMs: 300, maxBytes: 1000 });
let server: Server;
let base = '';
let lastRequestHeaders: IncomingHttpHeaders = {};

beforeAll(async () => {
  server = createServer((request, response) => {
    lastRequestHeaders = request.headers;
    switch (request.url) {
      case '/charte':
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'tracker=1' });
        response.end('<h1>Charte cookies</h1>');
        return;
      case '/latin1':
        response.writeHead(200, { 'content-type': 'text/plain; charset=iso-8859-1' });
        response.end(Buffer.from([0x44, 0x75, 0x72, 0xe9, 0x65])); // "Durée"
        return;
      case '/redirect':
        response.writeHead(302, { location: '/charte' });
        response.end();
        return;
      case '/json':
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end('{}');
        return;
      case '/big-announced':
        response.writeHead(200, { 'content-type': 'text/html', 'content-length': '5000' });
        response.end('x'.repeat(5000));
        return;
      case '/big-streamed':
        response.writeHead(200, { 'content-type': 'text/html' });
        for (let chunk = 0; chunk < 10; chunk++) response.write('x'.repeat(300));
        response.end();
        return;
      case '/slow':
        response.writeHead(200, { 'content-type': 'text/html' });
        response.write('<p>');
        return; // never ends: the fetcher must give up
      default:
        response.writeHead(404, { 'content-type': 'text/html' });
        response.end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('createPageFetcher', () => {
  it('returns the page text, type and final URL after redirects, sending no cookie', async () => {
    expect(await fetchPage(`${base}/redirect`)).toEqual({
      ok: true,
      url: `${base}/charte`,
      text: '<h1>Charte cookies</h1>',
      contentType: 'text/html; charset=utf-8',
    });
    expect(lastRequestHeaders.cookie).toBeUndefined();
  });

  it('decodes the charset the server names', async () => {
    expect(await fetchPage(`${base}/latin1`)).toMatchObject({ ok: true, text: 'Durée' });
  });

  it('reports an HTTP error', async () => {
    expect(await fetchPage(`${base}/absent`)).toEqual({
      ok: false,
      reason: { kind: 'http-error', url: `${base}/absent`, status: 404 },
    });
  });

  it('refuses what is neither HTML nor text', async () => {
    expect(await fetchPage(`${base}/json`)).toEqual({
      ok: false,
      reason: { kind: 'not-html', url: `${base}/json`, contentType: 'application/json' },
    });
  });

  it.each(['/big-announced', '/big-streamed'])('stops reading past the size limit (%s)', async (path) => {
    expect(await fetchPage(`${base}${path}`)).toEqual({
      ok: false,
      reason: { kind: 'too-large', url: `${base}${path}`, limitBytes: 1000 },
    });
  });

  it('gives up after the time limit', async () => {
    expect(await fetchPageWithShortLimit(`${base}/slow`)).toEqual({
      ok: false,
      reason: { kind: 'timeout', url: `${base}/slow`, timeoutMs: 300 },
    });
  });

  it('reports a network error', async () => {
    const page = await fetchPage('http://127.0.0.1:1/');
    expect(page).toMatchObject({ ok: false, reason: { kind: 'network-error', url: 'http://127.0.0.1:1/' } });
  });
});
