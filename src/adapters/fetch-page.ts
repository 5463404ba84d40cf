import type { FetchedPage, PageFetcher } from '../core/charter/read.ts';
import type { CharterFallbackReason } from '../core/charter/types.ts';

export interface PageFetcherLimits {
  timeoutMs: number;
  maxBytes: number;
}

/**
 * Where a redirect leads when the response does not say: browsers give `redirect: 'manual'` fetches an
 * "opaqueredirect" response (status 0, no headers; MDN, Response.type, and the Fetch standard's WPT tests), so the
 * extension learns the Location from its own request's headers (webRequest, redirect-locations.ts). Node's fetch
 * (the command line) gives the 3xx response itself, Location included.
 */
export type RedirectLocator = (url: string) => Promise<string | null>;

const DEFAULT_LIMITS: PageFetcherLimits = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024 };
/** Redirects followed for one page, at most: a charter moved once or twice, never more. */
const MAX_REDIRECTS = 5;
const noLocator: RedirectLocator = async () => null;
const READABLE_CONTENT_TYPE = /^(?:text\/html|application\/xhtml\+xml|text\/plain)\s*(?:;|$)/i;

/**
 * The real page fetcher, over the global `fetch` (Node 20+, Chrome service worker, Firefox): anonymous
 * (no cookies sent or stored, no extra header), fresh (no-cache), bounded in time and size. Redirects are
 * followed one hop at a time (`redirect: 'manual'`), each target checked by `policy` before it is asked for: a
 * portal may move its charter to the collectivité's main site, never make the extension call its local network.
 * The final URL is returned, so that the reader can say where the charter was really read.
 */
export function createPageFetcher(
  limits: PageFetcherLimits = DEFAULT_LIMITS,
  locateRedirect: RedirectLocator = noLocator,
): PageFetcher {
  return async (url, policy) => {
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort(), limits.timeoutMs);
    try {
      let current = url;
      for (let hops = 0; ; hops++) {
        const response = await fetch(current, {
          credentials: 'omit',
          redirect: 'manual',
          cache: 'no-cache',
          signal: abort.signal,
        });
        if (!isRedirect(response)) return await readResponse(response, current, limits.maxBytes);
        await response.body?.cancel().catch(() => undefined);
        const location = response.headers.get('location') ?? (await locateRedirect(current));
        const target = location !== null && URL.canParse(location, current) ? new URL(location, current).href : null;
        const why =
          target === null
            ? 'unknown-target'
            : hops >= MAX_REDIRECTS
              ? 'too-many-redirects'
              : (policy?.(target) ?? null);
        if (why !== null) return { ok: false, reason: { kind: 'refused-redirect', url: current, target, why } };
        current = target!;
      }
    } catch (error) {
      // The timer aborts the body's reading too: a server that starts answering and then stalls is given up on.
      if (abort.signal.aborted) return { ok: false, reason: { kind: 'timeout', url, timeoutMs: limits.timeoutMs } };
      return { ok: false, reason: { kind: 'network-error', url, message: errorMessage(error) } };
    } finally {
      clearTimeout(timer);
    }
  };
}

/** The command line's fetcher: Node's fetch shows each redirect's Location. */
export const fetchPage: PageFetcher = createPageFetcher();

/** A redirect as a browser shows it with `redirect: 'manual'` (opaque), or as Node does (a 3xx with its Location). */
function isRedirect(response: Response): boolean {
  return (
    response.type === 'opaqueredirect' ||
    (response.status >= 300 && response.status < 400 && response.headers.has('location'))
  );
}

async function readResponse(response: Response, url: string, maxBytes: number): Promise<FetchedPage> {
  const contentType = response.headers.get('content-type') ?? '';
  const refuse = async (reason: CharterFallbackReason): Promise<FetchedPage> => {
    // Frees the connection rather than downloading what will not be read; a failure to cancel changes nothing.
    await response.body?.cancel().catch(() => undefined);
    return { ok: false, reason };
  };
  if (!response.ok) return refuse({ kind: 'http-error', url, status: response.status });
  if (!READABLE_CONTENT_TYPE.test(contentType)) return refuse({ kind: 'not-html', url, contentType });
  if (Number(response.headers.get('content-length')) > maxBytes)
    return refuse({ kind: 'too-large', url, limitBytes: maxBytes });
  const text = await readTextUpTo(response, maxBytes);
  if (text === null) return { ok: false, reason: { kind: 'too-large', url, limitBytes: maxBytes } };
  return { ok: true, url, text, contentType };
}

/** Reads the body as a stream, giving up (null) past `maxBytes`, whatever the server announced. */
async function readTextUpTo(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder(charsetOf(response.headers.get('content-type') ?? ''));
  let text = '';
  let bytes = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength;
    if (bytes > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(chunk.value, { stream: true });
  }
  return text + decoder.decode();
}

/** The charset a Content-Type names, when TextDecoder knows it; UTF-8 otherwise. */
function charsetOf(contentType: string): string {
  const label = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentType)?.[1];
  if (!label) return 'utf-8';
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return 'utf-8';
  }
}

function errorMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Node's fetch hides the useful part ("ECONNREFUSED", "ENOTFOUND") in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
