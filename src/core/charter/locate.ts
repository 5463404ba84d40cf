import { runHtmlParser } from './html-parse.ts';
import { foldForMatching } from './normalize.ts';

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
  if (FALLBACK_LINK_TEXTS.has(folded) || FALLBACK_LINK_PHRASES.some((phrase) => folded.includes(phrase))) return 'fallback';
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
