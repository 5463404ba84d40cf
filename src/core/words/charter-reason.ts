import type { CharterFallbackReason, UrlRefusal } from '../charter/types.ts';
import { keptUrl } from '../url/kept-url.ts';
import { formatMegabytes } from './format.ts';
import type { Say } from './messages.ts';

type PageReason = Exclude<CharterFallbackReason, { kind: 'not-read-yet' }>;

/**
 * Why the portal's own charter could not be used, in the words of _locales, with the page concerned and any
 * redirect: the one wording the popup, the exports and the command line all say.
 */
export function fallbackReasonIn(reason: CharterFallbackReason, say: Say): string {
  if (reason.kind === 'not-read-yet') return say('reasonNotReadYet');
  const problem = describeProblem(reason, say);
  return 'redirectedFrom' in reason && reason.redirectedFrom
    ? say('reasonRedirected', [problem, reason.redirectedFrom])
    : problem;
}

/**
 * The reason with every address as keptUrl keeps addresses (its page, the redirect it came through, and the target
 * of a refused redirect, which is whatever the page answered): as storage keeps it and the exports and terminal write it.
 */
export function withKeptAddresses(reason: CharterFallbackReason): CharterFallbackReason {
  if (reason.kind === 'not-read-yet') return reason;
  const kept = { ...reason, url: keptUrl(reason.url) || reason.url };
  if ('redirectedFrom' in kept && kept.redirectedFrom)
    kept.redirectedFrom = keptUrl(kept.redirectedFrom) || kept.redirectedFrom;
  if (kept.kind === 'refused-redirect' && kept.target !== null) kept.target = keptUrl(kept.target) || kept.target;
  return kept;
}

function describeProblem(reason: PageReason, say: Say): string {
  switch (reason.kind) {
    case 'network-error':
      return say('reasonNetworkError', [reason.url, reason.message]);
    case 'timeout':
      return say('reasonTimeout', [reason.url, String(Math.round(reason.timeoutMs / 1000))]);
    case 'http-error':
      return say(httpErrorKey(reason.status), [String(reason.status), reason.url]);
    case 'not-html':
      return say('reasonNotHtml', [reason.url, reason.contentType || say('reasonNoContentType')]);
    case 'too-large':
      return say('reasonTooLarge', [formatMegabytes(reason.limitBytes, say('uiLocale')), reason.url]);
    case 'no-table':
      return say('reasonNoTable', reason.url);
    case 'no-cookie-column':
      return say('reasonNoCookieColumn', [
        reason.url,
        reason.columns.length > 0 ? reason.columns.join(' | ') : say('reasonNoColumns'),
      ]);
    case 'empty-table':
      return say('reasonEmptyTable', reason.url);
    case 'refused-redirect':
      return say('reasonRefusedRedirect', [
        reason.url,
        reason.target ?? say('refusalNoTarget'),
        say(refusalKeys[reason.why]),
      ]);
    case 'refused-link':
      return say('reasonRefusedLink', [reason.url, say(refusalKeys[reason.why])]);
  }
}

const refusalKeys: Record<UrlRefusal, string> = {
  'not-http': 'refusalNotHttp',
  'ip-literal': 'refusalIpLiteral',
  'local-name': 'refusalLocalName',
  'non-default-port': 'refusalNonDefaultPort',
  'other-site': 'refusalOtherSite',
  'unknown-target': 'refusalUnknownTarget',
  'too-many-redirects': 'refusalTooManyRedirects',
};

function httpErrorKey(status: number): string {
  if (status === 404 || status === 410) return 'reasonHttpNotFound';
  if (status >= 500) return 'reasonHttpServerError';
  return 'reasonHttpError';
}
