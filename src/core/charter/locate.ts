import { isKnownOpendatasoftHost, normalizeHost } from '../portal/detect.ts';
import { registrableDomain } from '../portal/site.ts';
import { runHtmlParser } from './html-parse.ts';
import { foldForMatching } from './normalize.ts';
import type { UrlRefusal } from './types.ts';

/** Where Opendatasoft portals publish their charter; both paths are in use. `flg=fr` asks for the French page. */
const CHARTER_PATHS = ['/terms/cookies-policy/?flg=fr', '/terms/cookies-information/?flg=fr'];

/** The URLs to try first for a portal's charter, most common first. */
export function charterUrlCandidates(portalOrigin: string): string[] {
  const origin = new URL(portalOrigin).origin;
  return CHARTER_PATHS.map((path) => `${origin}${path}`);
}

/** Link texts (folded) that name the cookie charter itself. */
const CHARTER_LINK_PHRASES = [
  'charte cookies',
  'charte des cookies',
  'gestion des cookies',
  'politique cookies',
  'politique de cookies',
  'politique des cookies',
  'politique relative aux cookies',
  'cookie policy',
  'cookies policy',
];
/** Link texts that may lead to the charter, taken only when no link names it. */
const FALLBACK_LINK_PHRASES = ['donnees personnelles'];
const FALLBACK_LINK_TEXTS = new Set(['cookies', 'cookie']);

type LinkRank = 'charter' | 'fallback';

/**
 * Finds the charter link in a portal page (usually in its footer): the last link named like a charter
 * ("Charte cookies", "Politique de cookies", "Cookie policy"…), or else the last "Données personnelles" or
 * "Cookies" link. Returns an absolute http(s) URL, or null.
 */
export function findCharterLink(html: string, pageUrl: string): string | null {
  const lastLinkByRank = new Map<LinkRank, string>();
  let openLink: { href: string; text: string } | null = null;
  runHtmlParser(html, {
    onopentag(name, attributes) {
      const href = attributes.get('href');
      if (name === 'a' && href !== undefined) openLink = { href, text: '' };
    },
    onclosetag(name) {
      if (name !== 'a' || !openLink) return;
      const rank = rankLinkText(openLink.text);
      const url = rank && absoluteHttpUrl(openLink.href, pageUrl);
      if (rank && url) lastLinkByRank.set(rank, url);
      openLink = null;
    },
    ontext(text) {
      if (openLink) openLink.text += text;
    },
  });
  return lastLinkByRank.get('charter') ?? lastLinkByRank.get('fallback') ?? null;
}

function rankLinkText(text: string): LinkRank | null {
  const folded = foldForMatching(text);
  if (CHARTER_LINK_PHRASES.some((phrase) => folded.includes(phrase))) return 'charter';
  if (FALLBACK_LINK_TEXTS.has(folded) || FALLBACK_LINK_PHRASES.some((phrase) => folded.includes(phrase)))
    return 'fallback';
  return null;
}

function absoluteHttpUrl(href: string, base: string): string | null {
  try {
    const url = new URL(href, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The portal whose charter is read, and the hosts the user added as portals (trusted wherever they are). */
export interface CharterSite {
  portalHost: string;
  userAddedHosts: readonly string[];
}

/** Says whether an address may be asked for while reading a portal's charter: null when it may, else why not. */
export type CharterUrlPolicy = (url: string) => UrlRefusal | null;

/**
 * Names of the local network, by suffix: RFC 6762 (`.local`), RFC 6761 (`localhost`), RFC 8375 (`.home.arpa`), ICANN's
 * reserved `.internal`, and the customary `.lan`, `.localdomain`, `.intranet`, `.corp`, `.home`.
 */
const LOCAL_NAME_SUFFIXES = [
  '.localhost',
  '.local',
  '.internal',
  '.lan',
  '.home.arpa',
  '.localdomain',
  '.intranet',
  '.corp',
  '.home',
];
const IPV4_LITERAL = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * The rule every charter request follows, redirects and footer links included: only http(s), on the portal's
 * registrable domain (the collectivité's own site) or on a known Opendatasoft portal; never an IP address, a name
 * of the local network or a port other than the scheme's own — unless the user added that very host as a portal.
 */
export function charterUrlPolicy(site: CharterSite): CharterUrlPolicy {
  const portalHost = normalizeHost(site.portalHost);
  const portalSite = registrableDomain(portalHost);
  const userAdded = new Set(site.userAddedHosts.map(normalizeHost));
  return (address) => {
    if (!URL.canParse(address)) return 'not-http';
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'not-http';
    // The URL parser writes every IPv4 form ("2130706433", "0x7f.1") as dotted decimal, and IPv6 in brackets.
    const host = normalizeHost(url.hostname);
    if (!userAdded.has(host)) {
      if (IPV4_LITERAL.test(host) || host.startsWith('[')) return 'ip-literal';
      if (host === 'localhost' || !host.includes('.') || LOCAL_NAME_SUFFIXES.some((suffix) => host.endsWith(suffix)))
        return 'local-name';
      if (url.port !== '') return 'non-default-port';
    }
    const sameSite = host === portalHost || registrableDomain(host) === portalSite;
    return sameSite || userAdded.has(host) || isKnownOpendatasoftHost(host) ? null : 'other-site';
  };
}
