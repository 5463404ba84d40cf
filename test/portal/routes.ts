import type { IncomingMessage, ServerResponse } from 'node:http';
import { missingCookies } from './cookies.ts';
import { isAnsweredHost, localNetworkHosts, type ThirdPartyHost } from './hosts.ts';
import { localNetworkPage, otherSiteFor, otherSiteRoute } from './other-sites.ts';
import { portalScript, portalStyles } from './pages/assets.ts';
import { charterPage } from './pages/charter.ts';
import { floodHeaderCookies, floodPage, floodPath, floodScript, floodScriptPath } from './pages/flood.ts';
import {
  extendedMeasurementHeader,
  extendedMeasurementPage,
  extendedMeasurementPath,
} from './pages/extended-measurement.ts';
import { storageFloodHeaderCookies, storageFloodPage } from './pages/storage-flood.ts';
import { documentHtml } from './pages/html.ts';
import { explorePage, homePage, simplePage } from './pages/home.ts';
import { mapTileSvg, thirdPartyHome, videoEmbedPage } from './pages/third-party.ts';
import { failingSiteFor, siteFor, type PortalSite } from './sites.ts';

/** Charter texts by file name (charters/*.txt). */
export type CharterTexts = ReadonlyMap<string, string>;

interface Reply {
  status: number;
  type?: string;
  body?: string | Buffer;
  headers?: Record<string, string | string[]>;
}

const HTML = 'text/html; charset=utf-8';
const cmsPages: Record<string, string> = {
  '/pages/mentions-legales/': 'Mentions légales',
  '/pages/accessibilite/': 'Accessibilité',
  '/pages/contact/': 'Contact',
  '/pages/a-propos/': 'À propos',
};

/**
 * Answers one request, or null to leave it unanswered (a portal that never answers). `host` is already known to be
 * answered; `scheme` is the port it arrived on.
 */
export function route(
  request: IncomingMessage,
  url: URL,
  scheme: 'http' | 'https',
  charters: CharterTexts,
): Reply | null {
  const host = url.hostname;
  const failing = failingSiteFor(host);
  if (failing?.failure === 'no-answer') return null;
  if (failing)
    return {
      status: 500,
      type: HTML,
      body: documentHtml({
        title: 'Erreur du serveur',
        body: '<h1>Erreur 500</h1><p>Le serveur a rencontré une erreur.</p>',
      }),
    };
  // Portals and the embedded services only speak HTTPS, as the real ones: plain HTTP redirects.
  if (scheme === 'http') return { status: 301, headers: { Location: `https://${host}${url.pathname}${url.search}` } };
  if (url.pathname === '/favicon.ico') return { status: 204 };
  const site = siteFor(host);
  if (site) return portalRoute(request, url, site, charters);
  const other = otherSiteFor(host);
  if (other) return otherSiteRoute(request, url, other) ?? notFound();
  if ((localNetworkHosts as readonly string[]).includes(host))
    return { status: 200, type: HTML, body: localNetworkPage() };
  return thirdPartyRoute(request, url, host as ThirdPartyHost);
}

function portalRoute(request: IncomingMessage, url: URL, site: PortalSite, charters: CharterTexts): Reply {
  const path = url.pathname;
  if (path === '/static/ods-portal.js')
    return { status: 200, type: 'text/javascript; charset=utf-8', body: portalScript };
  if (path === '/static/ods-portal.css') return { status: 200, type: 'text/css; charset=utf-8', body: portalStyles };
  if (path === floodScriptPath) return { status: 200, type: 'text/javascript; charset=utf-8', body: floodScript };
  const floodCookies = floodHeaderCookies(url) ?? storageFloodHeaderCookies(url);
  if (floodCookies) return { status: 204, headers: { 'Set-Cookie': floodCookies, 'Cache-Control': 'no-store' } };
  if (path === extendedMeasurementPath) {
    return {
      status: 200,
      type: HTML,
      body: extendedMeasurementPage(site),
      headers: { 'Set-Cookie': [extendedMeasurementHeader], 'Cache-Control': 'no-store' },
    };
  }
  const page = portalHtml(path, site, charters);
  if (!page) return notFound();
  // Django sets its cookies on any page it renders, once.
  return {
    status: 200,
    type: HTML,
    body: page,
    headers: { 'Set-Cookie': missingCookies(request, site.headerCookies) },
  };
}

function portalHtml(path: string, site: PortalSite, charters: CharterTexts): string | null {
  if (path === '/') return homePage(site);
  if (site.charter && path === site.charter.path) {
    const text = charters.get(site.charter.file);
    if (text === undefined) throw new Error(`Missing charter file ${site.charter.file}`);
    return charterPage(site, text);
  }
  if (path === '/explore/') return explorePage(site, null);
  if (path === floodPath) return floodPage(site);
  const storageFlood = storageFloodPage(site, path);
  if (storageFlood) return storageFlood;
  const dataset = /^\/explore\/dataset\/([a-z0-9-]+)\/$/.exec(path);
  if (dataset && site.datasets.some((candidate) => candidate.slug === dataset[1]))
    return explorePage(site, dataset[1]!);
  const cmsTitle = cmsPages[path];
  return cmsTitle ? simplePage(site, cmsTitle) : null;
}

function thirdPartyRoute(request: IncomingMessage, url: URL, host: ThirdPartyHost): Reply {
  const path = url.pathname;
  if (path === '/') return { status: 200, type: HTML, body: thirdPartyHome(host) };
  if (host === 'tuiles.carto-tiers.fr') {
    const tile = /^\/tuiles\/(\d+)\/(\d+)\/(\d+)\.svg$/.exec(path);
    if (tile) {
      return {
        status: 200,
        type: 'image/svg+xml',
        body: mapTileSvg(Number(tile[2]) + Number(tile[3])),
        headers: { 'Set-Cookie': missingCookies(request, ['cartoUid']), 'Cache-Control': 'no-store' },
      };
    }
  }
  if (host === 'video.lecteur-tiers.com' && /^\/embed\/[a-z0-9-]+$/.test(path)) {
    return {
      status: 200,
      type: HTML,
      body: videoEmbedPage('Présentation du portail'),
      headers: { 'Set-Cookie': missingCookies(request, ['lecteurVisiteur']) },
    };
  }
  return notFound();
}

function notFound(): Reply {
  return {
    status: 404,
    type: HTML,
    body: documentHtml({ title: 'Page introuvable', body: '<h1>Page introuvable</h1><p>Erreur 404.</p>' }),
  };
}

/** The request's URL: absolute when it came through the proxy port (Firefox's PAC), else from its Host header. */
export function requestUrl(request: IncomingMessage, scheme: 'http' | 'https'): URL | null {
  try {
    const url = /^https?:\/\//i.test(request.url ?? '')
      ? new URL(request.url!)
      : new URL(request.url ?? '/', `${scheme}://${request.headers.host}`);
    return isAnsweredHost(url.hostname) ? url : null;
  } catch {
    return null;
  }
}

export function send(response: ServerResponse, reply: Reply): void {
  const headers: Record<string, string | string[]> = { 'Cache-Control': 'no-cache', ...reply.headers };
  if (reply.type) headers['Content-Type'] = reply.type;
  if (Array.isArray(headers['Set-Cookie']) && headers['Set-Cookie'].length === 0) delete headers['Set-Cookie'];
  response.writeHead(reply.status, headers);
  response.end(reply.body);
}
