import { t, uiLocale } from '../../src/adapters/i18n.ts';
import type { CharterFallbackReason, CharterSource } from '../../src/core/charter/types.ts';
import { formatMegabytes, isWebUrl } from '../../src/core/report/format.ts';
import type { PopupActions } from './App.tsx';
import { dateTime, tNodes } from './wording.tsx';

/** Why the portal's own charter could not be used, in words. */
export function describeFallbackReason(reason: CharterFallbackReason): string {
  switch (reason.kind) {
    case 'network-error':
      return t('reasonNetworkError', reason.message);
    case 'http-error':
      return t('reasonHttpError', String(reason.status));
    case 'not-html':
      return t('reasonNotHtml', reason.contentType);
    case 'too-large':
      return t('reasonTooLarge', formatMegabytes(reason.limitBytes, uiLocale()));
    case 'no-table':
      return t('reasonNoTable', reason.url);
    case 'not-read-yet':
      return t('reasonNotReadYet');
  }
}

/** Where the compared charter comes from: the portal's page (a link), or the standard charter and why. */
export function CharterSourceLine({ source, host, actions }: { source: CharterSource; host: string; actions: PopupActions }) {
  const reread = (
    <button type="button" class="button button-small" aria-disabled={actions.busy} onClick={() => actions.reread(host)}>
      {t('rereadCharter')}
    </button>
  );
  if (source.kind === 'portal') {
    const page = isWebUrl(source.url) ? (
      <a href={source.url} target="_blank" rel="noreferrer">
        {source.url}
      </a>
    ) : (
      source.url
    );
    return (
      <div class="charter-source">
        <p>{tNodes('charterReadOn', [page, dateTime(source.readAt)])}</p>
        {reread}
      </div>
    );
  }
  return (
    <div class="charter-source notice notice-warning" role="status">
      <p>{t('charterStandard', describeFallbackReason(source.reason))}</p>
      {source.reason.kind !== 'not-read-yet' && <p class="muted">{t('charterAttemptOn', dateTime(source.readAt))}</p>}
      {reread}
    </div>
  );
}
