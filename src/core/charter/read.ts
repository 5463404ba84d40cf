import type {
  Charter,
  CharterFallbackReason,
  DeclaredCookie,
  PageProblem,
  Redirect,
  StandardTemplate,
} from './types.ts';
import { charterUrlCandidates, charterUrlPolicy, findCharterLink, type CharterUrlPolicy } from './locate.ts';
import { readCharter, type CharterReading } from './parse.ts';
import { standardCharter, templateOfColumns } from './standard/index.ts';
import { sha256Hex } from '../hash/sha256.ts';
import { keepStorable } from './storable.ts';

/** A page as the network gave it, or why it could not be had. */
export type FetchedPage =
  | { ok: true; /** The final URL, after redirects. */ url: string; text: string; contentType: string }
  | { ok: false; reason: CharterFallbackReason };

/**
 * Fetches one page, anonymously, following redirects one hop at a time and only to addresses `policy` allows
 * (any, without one). Injected so that the reader runs anywhere and is tested without a network.
 */
export type PageFetcher = (url: string, policy?: CharterUrlPolicy) => Promise<FetchedPage>;

type CharterAttempt =
  | {
      ok: true;
      url: string;
      declared: DeclaredCookie[];
      redirect: Redirect;
      textSha256: string;
      columnsGuessed: boolean;
    }
  /** `template`: what the columns of a page read in part tell of its charter template. */
  | { ok: false; reason: CharterFallbackReason; template?: StandardTemplate | null };

/**
 * Reads a portal's own charter: the usual charter URLs first, then the charter link of the portal's home page.
 * These are the only pages it asks for, each under charterUrlPolicy (redirects included): a link or redirect
 * elsewhere is refused, and said. When none yields a declared cookie, stands in a standard Opendatasoft charter
 * (of the template of a page read in part, else the newer one), with the most telling reason.
 */
export async function readPortalCharter(
  portalOrigin: string,
  fetchPage: PageFetcher,
  now: () => number,
  userAddedHosts: readonly string[] = [],
): Promise<Charter> {
  const origin = new URL(portalOrigin);
  const policy = charterUrlPolicy({ portalHost: origin.hostname, userAddedHosts });
  const candidates = charterUrlCandidates(portalOrigin);
  const failures: Extract<CharterAttempt, { ok: false }>[] = [];
  for (const url of candidates) {
    const attempt = await readCharterPage(url, fetchPage, policy);
    if (attempt.ok) return portalCharter(attempt, now);
    failures.push(attempt);
  }

  const home = await fetchSafely(`${origin.origin}/`, fetchPage, policy);
  const linkedUrl = home.ok ? findCharterLink(home.text, home.url) : null;
  if (linkedUrl && !candidates.includes(linkedUrl)) {
    const refusal = policy(linkedUrl);
    const attempt: CharterAttempt = refusal
      ? { ok: false, reason: { kind: 'refused-link', url: linkedUrl, why: refusal } }
      : await readCharterPage(linkedUrl, fetchPage, policy);
    if (attempt.ok) return portalCharter(attempt, now);
    failures.push(attempt);
  }
  const reason = mostTellingFailure(failures.map((failure) => failure.reason));
  const portalTemplate = failures.find((failure) => failure.reason === reason)?.template ?? null;
  return standardCharter(reason, now(), portalTemplate);
}

async function readCharterPage(url: string, fetchPage: PageFetcher, policy: CharterUrlPolicy): Promise<CharterAttempt> {
  const page = await fetchSafely(url, fetchPage, policy);
  if (!page.ok) return { ok: false, reason: withRedirect(page.reason, url) };
  // A fetcher that followed redirects by itself is held to the same rule: a page it ended on elsewhere is not read.
  const refusal = policy(page.url);
  if (refusal) return { ok: false, reason: { kind: 'refused-redirect', url, target: page.url, why: refusal } };
  const redirect = redirectOf(url, page.url);
  const reading = readCharter(page.text);
  if (reading.declared.length > 0) {
    return {
      ok: true,
      url: page.url,
      declared: reading.declared,
      redirect,
      textSha256: await sha256Hex(page.text),
      columnsGuessed: reading.columnsGuessed,
    };
  }
  return {
    ok: false,
    reason: { ...whyNothingDeclared(reading), url: page.url, ...redirect },
    template: templateOfColumns(reading.firstRow ?? []),
  };
}

/** The page was read but declares nothing: from the most to the least telling. */
function whyNothingDeclared(reading: CharterReading): PageProblem {
  if (reading.headerFound) return { kind: 'empty-table' };
  if (reading.tables === 0) return { kind: 'no-table' };
  return { kind: 'no-cookie-column', columns: columnTitles(reading.firstRow ?? []) };
}

/** A page the server answered from another host than the one asked: the reason says so. */
function withRedirect(reason: CharterFallbackReason, requested: string): CharterFallbackReason {
  switch (reason.kind) {
    case 'network-error':
    case 'timeout':
    case 'not-read-yet':
    case 'refused-redirect':
    case 'refused-link':
      return reason;
    default:
      return { ...reason, ...redirectOf(requested, reason.url) };
  }
}

/** The first row's cells as shown to the user: a few, each short (the row may be anything on a hostile page). */
function columnTitles(cells: readonly string[]): string[] {
  return cells.slice(0, 8).map((cell) => (cell.length > 60 ? `${cell.slice(0, 59)}…` : cell.replace(/\n/g, ' ')));
}

/** A request the server sent to another host is said, with the address asked for. */
function redirectOf(requested: string, final: string): Redirect {
  return hostOf(requested) === hostOf(final) ? {} : { redirectedFrom: requested };
}

function hostOf(url: string): string | null {
  return URL.canParse(url) ? new URL(url).host : null;
}

/** A fetcher is meant to report failures, not throw; should one throw anyway, it counts as a network error. */
async function fetchSafely(url: string, fetchPage: PageFetcher, policy: CharterUrlPolicy): Promise<FetchedPage> {
  try {
    return await fetchPage(url, policy);
  } catch (error) {
    return {
      ok: false,
      reason: { kind: 'network-error', url, message: error instanceof Error ? error.message : String(error) },
    };
  }
}

function portalCharter(attempt: Extract<CharterAttempt, { ok: true }>, now: () => number): Charter {
  const { declared, omittedLines } = keepStorable(attempt.declared);
  const source: Charter['source'] = {
    kind: 'portal',
    url: attempt.url,
    readAt: now(),
    textSha256: attempt.textSha256,
    ...attempt.redirect,
  };
  if (omittedLines > 0) source.omittedLines = omittedLines;
  if (attempt.columnsGuessed) source.columnsGuessed = true;
  return { declared, source };
}

/**
 * The most telling failures first: an address refused (the page pointed the extension elsewhere), then pages that
 * were read but declare nothing, a cookie table left empty saying the most.
 */
const READ_BUT_UNUSABLE = ['refused-redirect', 'refused-link', 'empty-table', 'no-cookie-column', 'no-table'] as const;

/**
 * A page that was read says the most (of two alike, the last: the home page's link is the portal's own pointer);
 * otherwise the first candidate's failure, usually a 404, says why.
 */
function mostTellingFailure(failures: readonly CharterFallbackReason[]): CharterFallbackReason {
  for (const kind of READ_BUT_UNUSABLE) {
    const read = failures.filter((failure) => failure.kind === kind).at(kind.startsWith('refused') ? 0 : -1);
    if (read) return read;
  }
  // "not-read-yet" only if there were no URL to try at all.
  return failures[0] ?? { kind: 'not-read-yet' };
}
