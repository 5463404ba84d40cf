import type { IncomingMessage } from 'node:http';
import { missingCookies, type CookieSpecName } from './cookies.ts';
import type { OtherDataHost } from './hosts.ts';
import { documentHtml, escapeHtml } from './pages/html.ts';

/**
 * `data.*` sites of other open-data platforms, each with its own cookies, its own API (which its home page calls,
 * as the real ones do) and its own cookie page; and a hostile page that looks like Opendatasoft (it calls the
 * Explore API) but whose charter paths redirect to a local-network name and whose footer links to localhost.
 */
export interface OtherSite {
  host: OtherDataHost;
  title: string;
  platform: 'udata' | 'CKAN' | 'Socrata' | 'Opendatasoft (piège)';
  headerCookies: readonly CookieSpecName[];
  /** What the home page's script asks for, on the site's own host. */
  apiPath: string;
  cookiePage: { path: string; title: string; text: string } | null;
}

export const otherSites: readonly OtherSite[] = [
  {
    host: 'data.metropole-udata.fr',
    title: 'Données ouvertes de la Métropole',
    platform: 'udata',
    headerCookies: ['flaskSession'],
    apiPath: '/api/1/site/',
    cookiePage: {
      path: '/pages/legal/cookies/',
      title: 'Cookies',
      text: 'Ce site dépose un cookie de session « session », nécessaire à la connexion.',
    },
  },
  {
    host: 'data.comte-ckan.org',
    title: 'County Open Data',
    platform: 'CKAN',
    headerCookies: ['ckanSession'],
    apiPath: '/api/3/action/package_search?rows=5',
    cookiePage: {
      path: '/cookies',
      title: 'Cookies',
      text: 'This site sets a session cookie named "ckan" to keep you signed in.',
    },
  },
  {
    host: 'data.cityofexample.us',
    title: 'City of Example Open Data',
    platform: 'Socrata',
    headerCookies: ['socrataSession', 'socrataCsrf'],
    apiPath: '/api/views/abcd-1234.json',
    cookiePage: {
      path: '/cookie-notice',
      title: 'Cookie notice',
      text: 'We use _socrata_session_id and socrata-csrf-token to run this site.',
    },
  },
  {
    host: 'data.piege-exemple.fr',
    title: 'Données ouvertes (page piège)',
    platform: 'Opendatasoft (piège)',
    headerCookies: ['sessionid', 'csrftoken'],
    apiPath: '/api/explore/v2.1/catalog/datasets?limit=5',
    cookiePage: null,
  },
];

/** Where the hostile page's charter paths redirect: a name of the local network (mapped to the local portal). */
export const hostileRedirectTarget = 'https://wiki.mairie.internal/charte-cookies/';

export function otherSiteFor(host: string): OtherSite | undefined {
  return otherSites.find((site) => site.host === host);
}

interface OtherReply {
  status: number;
  type?: string;
  body?: string;
  headers?: Record<string, string | string[]>;
}

const HTML = 'text/html; charset=utf-8';

export function otherSiteRoute(request: IncomingMessage, url: URL, site: OtherSite): OtherReply | null {
  const path = url.pathname;
  if (`${path}${url.search}` === site.apiPath || path === site.apiPath)
    return { status: 200, type: 'application/json', body: JSON.stringify({ platform: site.platform, results: [] }) };
  if (
    site.platform === 'Opendatasoft (piège)' &&
    (path === '/terms/cookies-policy/' || path === '/terms/cookies-information/')
  ) {
    return { status: 302, headers: { Location: hostileRedirectTarget } };
  }
  const cookies = { 'Set-Cookie': missingCookies(request, site.headerCookies) };
  if (path === '/') return { status: 200, type: HTML, body: homePage(site, request), headers: cookies };
  if (site.cookiePage && path === site.cookiePage.path) {
    return {
      status: 200,
      type: HTML,
      body: documentHtml({
        title: site.cookiePage.title,
        body: `<h1>${escapeHtml(site.cookiePage.title)}</h1><p>${escapeHtml(site.cookiePage.text)}</p>`,
      }),
      headers: cookies,
    };
  }
  return null;
}

function homePage(site: OtherSite, request: IncomingMessage): string {
  // The hostile footer points at localhost on the port this request came in on: were the extension to follow it,
  // the request would reach this very server and be logged.
  const footerLink = site.cookiePage
    ? `<a href="${site.cookiePage.path}">Cookies</a>`
    : `<a href="https://localhost:${request.socket.localPort}/charte-cookies/">Charte cookies</a>`;
  return documentHtml({
    title: site.title,
    body: `<header><h1>${escapeHtml(site.title)}</h1></header>
<main><p>Portail de données (${escapeHtml(site.platform)}).</p><ul id="datasets"></ul></main>
<footer><nav>${footerLink}</nav></footer>
<script>fetch(${JSON.stringify(site.apiPath)}).then(function (response) { document.documentElement.dataset.api = String(response.status); });</script>`,
  });
}

/** A page of the local network, which must never be fetched: it would show in the popup if it were read. */
export function localNetworkPage(): string {
  return documentHtml({
    title: 'Intranet',
    body: `<h1>Intranet de la mairie — confidentiel</h1>
<table><tr><th>Nom du cookie</th><th>Finalité</th></tr><tr><td>intranet_secret</td><td>Texte interne qui ne doit jamais sortir</td></tr></table>`,
  });
}
