/**
 * The local portal itself, without a browser: when a browser test fails, this says whether the portal or the
 * extension is at fault. Requests go the two ways browsers send them: straight to the HTTPS port (Chromium's
 * host-resolver rules) and through the HTTP port as a proxy (Firefox's PAC script: CONNECT, absolute URLs).
 */
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { Socket } from 'node:net';
import { connect as tlsConnect } from 'node:tls';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPortal, type Portal } from '../portal/index.ts';

let portal: Portal;
beforeAll(async () => {
  portal = await startPortal();
});
afterAll(async () => {
  await portal?.close();
});

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function collect(resolve: (answer: Answer) => void) {
  return (response: import('node:http').IncomingMessage) => {
    let body = '';
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => (body += chunk));
    response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
  };
}

/** GET https://host/path on the HTTPS port, with the host's name for SNI, as Chromium does once mapped. */
function direct(host: string, path: string, socket?: Socket): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const tlsOptions = { servername: host, ca: portal.certificate.certPem };
    const options = socket
      ? { createConnection: () => tlsConnect({ socket, ...tlsOptions }) }
      : { host: '127.0.0.1', port: portal.httpsPort };
    httpsRequest({ ...options, ...tlsOptions, path, headers: { host } }, collect(resolve))
      .on('error', reject)
      .end();
  });
}

/** GET https://host/path through the proxy port (CONNECT host:443), as Firefox does with the PAC script. */
function throughProxy(host: string, path: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port: portal.httpPort, method: 'CONNECT', path: `${host}:443` })
      .on('connect', (response, socket) => {
        if (response.statusCode !== 200) reject(new Error(`CONNECT answered ${response.statusCode}`));
        else direct(host, path, socket).then(resolve, reject);
      })
      .on('error', reject)
      .end();
  });
}

describe('local portal', () => {
  it('serves every mapped host over HTTPS with a certificate naming it', async () => {
    for (const host of portal.hosts) expect((await direct(host, '/')).status, host).toBe(200);
    expect((await throughProxy('data.montreuil.fr', '/')).status).toBe(200);
  });

  it('sets the Django cookies and, on data.montreuil.fr, atuserid for 25 months', async () => {
    const cookies = (await direct('data.montreuil.fr', '/')).headers['set-cookie'] ?? [];
    expect(cookies.map((line) => line.split('=')[0])).toEqual([
      'sessionid',
      'csrftoken',
      'django_language',
      'atuserid',
    ]);
    expect(cookies[0]).toMatch(/; HttpOnly; Path=\/; SameSite=Lax; Secure$/);
    expect(cookies[3]).toContain(`Max-Age=${761 * 24 * 3600}`);
  });

  it('serves each charter where the extension looks, and 404 where it must not find one', async () => {
    const policy = await throughProxy('data.montreuil.fr', '/terms/cookies-policy/?flg=fr');
    expect(policy.body).toContain('<th>Nom du cookies</th>');
    expect((await direct('valenciennesmetro.opendatasoft.com', '/terms/cookies-policy/?flg=fr')).body).toContain(
      '<th>Durée</th>',
    );
    expect((await direct('data.orleans-metropole.fr', '/terms/cookies-policy/?flg=fr')).status).toBe(404);
    expect((await direct('data.orleans-metropole.fr', '/')).body).toContain(
      '<a href="/pages/charte-cookies/">Charte cookies</a>',
    );
    expect((await direct('data.orleans-metropole.fr', '/pages/charte-cookies/')).body).toContain('cookies_preferences');
    const dreux = 'dreux-agglomeration-centrevaldeloire.opendatasoft.com';
    for (const path of [
      '/terms/cookies-policy/?flg=fr',
      '/terms/cookies-information/?flg=fr',
      '/pages/charte-cookies/',
    ]) {
      expect((await direct(dreux, path)).status, path).toBe(404);
    }
    expect((await direct(dreux, '/')).body).not.toMatch(/cookies<\/a>|Données personnelles/i);
  });

  it('sets third-party cookies with SameSite=None; Secure from the embedded hosts', async () => {
    const tile = await direct('tuiles.carto-tiers.fr', '/tuiles/13/4153/2818.svg');
    expect(tile.headers['content-type']).toBe('image/svg+xml');
    expect(tile.headers['set-cookie']?.[0]).toMatch(/^carto_uid=.*; SameSite=None; Secure$/);
    expect((await direct('video.lecteur-tiers.com', '/embed/portail-valenciennes')).headers['set-cookie']?.[0]).toMatch(
      /^lecteur_visiteur=/,
    );
  });

  it('answers plain HTTP with a redirect to HTTPS, proxy-style requests included', async () => {
    const answer = await new Promise<Answer>((resolve, reject) =>
      httpRequest(
        { host: '127.0.0.1', port: portal.httpPort, path: 'http://data.montreuil.fr/explore/' },
        collect(resolve),
      )
        .on('error', reject)
        .end(),
    );
    expect(answer.status).toBe(301);
    expect(answer.headers.location).toBe('https://data.montreuil.fr/explore/');
    expect((await direct('data.montreuil.fr', '/favicon.ico')).status).toBe(204);
    expect((await direct('data.montreuil.fr', '/nulle-part')).status).toBe(404);
  });
});
