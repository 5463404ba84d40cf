import type { Charter, CharterFallbackReason, DeclaredCookie } from './types.ts';
import { charterUrlCandidates, findCharterLink } from './locate.ts';
import { parseCharter } from './parse.ts';
import { standardOpendatasoftCharter } from './standard.ts';

/** A page as the network gave it, or why it could not be had. */
export type FetchedPage =
  | { ok: true; /** The final URL, after redirects. */ url: string; text: string; contentType: string }
  | { ok: false; reason: CharterFallbackReason };

/** Fetches one page, anonymously. Injected so that the reader runs anywhere and is tested without a network. */
export type PageFetcher = (url: string) => Promise<FetchedPage>;

type CharterAttempt = { ok: true; url: string; declared: DeclaredCookie[] } | { ok: false; reason: CharterFallbackReason };

/**
 * Reads a portal's own charter: the usual charter URLs first, then the charter link of the portal's home page.
 * When none yields a declared cookie, stands in the standard Opendatasoft charter, with the most telling reason.
 */
export async function readPortalCharter(portalOrigin: string, fetchPage: PageFetcher, now: () => number): Promise<Charter> {
  const candidates = charterUrlCandidates(portalOrigin);
  const failures: CharterFallbackReason[] = [];
  for (const url of candidates) {
    const attempt = await readCharterPage(url, fetchPage);
    if (attempt.ok) return portalCharter(attempt, now);
    failures.push(attempt.reason);
  }

  const home = await fetchSafely(`${new URL(portalOrigin).origin}/`, fetchPage);
  const linkedUrl = home.ok ? findCharterLink(home.text, home.url) : null;
  if (linkedUrl && !candidates.includes(linkedUrl)) {
    const attempt = await readCharterPage(linkedUrl, fetchPage);
    if (attempt.ok) return portalCharter(attempt, now);
    failures.push(attempt.reason);
  }
  return { declared: standardOpendatasoftCharter, source: { kind: 'standard', reason: mostTellingFailure(failures), readAt: now() } };
}

async function readCharterPage(url: string, fetchPage: PageFetcher): Promise<CharterAttempt> {
  const page = await fetchSafely(url, fetchPage);
  if (!page.ok) return page;
  const declared = parseCharter(page.text);
  if (declared.length === 0) return { ok: false, reason: { kind: 'no-table', url: page.url } };
  return { ok: true, url: page.url, declared };
}

/** A fetcher is meant to report failures, not throw; should one throw anyway, it counts as a network error. */
async function fetchSafely(url: string, fetchPage: PageFetcher): Promise<FetchedPage> {
  try {
    return await fetchPage(url);
  } catch (error) {
    return { ok: false, reason: { kind: 'network-error', url, message: error instanceof Error ? error.message : String(error) } };
  }
}

function portalCharter(attempt: { url: string; declared: DeclaredCookie[] }, now: () => number): Charter {
  return { declared: attempt.declared, source: { kind: 'portal', url: attempt.url, readAt: now() } };
}

/**
 * A page that was read but holds no cookie table says the most (the last such page: the home page's link
 * is the portal's own pointer); otherwise the first candidate's failure, usually a 404, says why.
 */
function mostTellingFailure(failures: readonly CharterFallbackReason[]): CharterFallbackReason {
  const pagesWithoutTable = failures.filter((failure) => failure.kind === 'no-table');
  // "not-read-yet" only if there were no URL to try at all.
  return pagesWithoutTable.at(-1) ?? failures[0] ?? { kind: 'not-read-yet' };
}
