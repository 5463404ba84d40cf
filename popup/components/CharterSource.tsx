import { t, tn, uiLocale } from '../../src/adapters/i18n.ts';
import { MAX_KEPT_LINES } from '../../src/core/charter/storable.ts';
import type { CharterFallbackReason, CharterSource, UrlRefusal } from '../../src/core/charter/types.ts';
import { formatMegabytes, isWebUrl } from '../../src/core/words/format.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';
import type { PopupActions } from './App.tsx';
import { dateTime, tNodes } from './wording.tsx';

type PageReason = Exclude<CharterFallbackReason, { kind: 'not-read-yet' }>;

/**
 * Why the portal's own charter could not be used, in words, with the page concerned and any redirect; what the
 * site wrote (column titles, an error) with its invisible characters shown.
 */
export function describeFallbackReason(reason: CharterFallbackReason): string {
  if (reason.kind === 'not-read-yet') return t('reasonNotReadYet');
  const problem = describeProblem(reason);
  return visibleText('redirectedFrom' in reason && reason.redirectedFrom ? t('reasonRedirected', [problem, reason.redirectedFrom]) : problem);
}

function describeProblem(reason: PageReason): string {
  switch (reason.kind) {
    case 'network-error':
      return t('reasonNetworkError', [reason.url, reason.message]);
    case 'timeout':
      return t('reasonTimeout', [reason.url, String(Math.round(reason.timeoutMs / 1000))]);
    case 'http-error':
      return t(httpErrorKey(reason.status), [String(reason.status), reason.url]);
    case 'not-html':
      return t('reasonNotHtml', [reason.url, reason.contentType || t('reasonNoContentType')]);
    case 'too-large':
      return t('reasonTooLarge', [formatMegabytes(reason.limitBytes, uiLocale()), reason.url]);
    case 'no-table':
      return t('reasonNoTable', reason.url);
    case 'no-cookie-column':
      return t('reasonNoCookieColumn', [reason.url, reason.columns.length > 0 ? reason.columns.join(' | ') : t('reasonNoColumns')]);
    case 'empty-table':
      return t('reasonEmptyTable', reason.url);
    case 'refused-redirect':
      return t('reasonRefusedRedirect', [reason.url, reason.target ?? t('refusalNoTarget'), t(refusalKeys[reason.why])]);
    case 'refused-link':
      return t('reasonRefusedLink', [reason.url, t(refusalKeys[reason.why])]);
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

/** Which standard charter stands in, and why that one (a record kept before both were shipped has the older one). */
function standardTemplateKey(source: Extract<CharterSource, { kind: 'standard' }>): string {
  const template = source.template === 'newer' ? 'Newer' : 'Older';
  return `charterStandard${template}${source.templateFromPortal ? 'FromPortal' : ''}`;
}

/** Where the compared charter comes from: the portal's page (a link), or the standard charter and which, and why. */
export function CharterSourceLine({ source, host, actions }: { source: CharterSource; host: string; actions: PopupActions }) {
  const reread = (
    <button type="button" class="button button-small" aria-disabled={actions.busy} onClick={() => actions.reread(host)}>
      {t('rereadCharter')}
    </button>
  );
  if (source.kind === 'portal') {
    const page = isWebUrl(source.url) ? (
      <a href={source.url} target="_blank" rel="noreferrer">
        {visibleText(source.url)}
      </a>
    ) : (
      visibleText(source.url)
    );
    return (
      <div class="charter-source">
        <p>{tNodes('charterReadOn', [page, dateTime(source.readAt)])}</p>
        {source.redirectedFrom && <p class="muted">{t('charterRedirected', visibleText(source.redirectedFrom))}</p>}
        {source.columnsGuessed && <p class="muted">{t('charterColumnsGuessed')}</p>}
        {source.omittedLines ? <p class="muted">{tn('charterOmittedLines', source.omittedLines, String(MAX_KEPT_LINES))}</p> : null}
        {reread}
      </div>
    );
  }
  return (
    <div class="charter-source notice notice-warning" role="status">
      <p>{t('charterStandard', describeFallbackReason(source.reason))}</p>
      <p class="standard-template">{t(standardTemplateKey(source))}</p>
      {source.reason.kind !== 'not-read-yet' && <p class="muted">{t('charterAttemptOn', dateTime(source.readAt))}</p>}
      {reread}
    </div>
  );
}
