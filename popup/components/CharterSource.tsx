import { t, tn } from '../../src/adapters/i18n.ts';
import { MAX_KEPT_LINES } from '../../src/core/charter/storable.ts';
import type { CharterFallbackReason, CharterSource } from '../../src/core/charter/types.ts';
import { fallbackReasonIn } from '../../src/core/words/charter-reason.ts';
import { isWebUrl } from '../../src/core/words/format.ts';
import { visibleText } from '../../src/core/report/visible-name.ts';
import type { PopupActions } from './actions.ts';
import { dateTime, tNodes } from '../../ui/wording.tsx';

/** Why the portal's own charter could not be used (core/words/charter-reason.ts), what the site wrote with its invisible characters shown. */
export function describeFallbackReason(reason: CharterFallbackReason): string {
  return visibleText(fallbackReasonIn(reason, t));
}

/** Which standard charter stands in, and why that one (a record kept before both were shipped has the older one). */
function standardTemplateKey(source: Extract<CharterSource, { kind: 'standard' }>): string {
  const template = source.template === 'newer' ? 'Newer' : 'Older';
  return `charterStandard${template}${source.templateFromPortal ? 'FromPortal' : ''}`;
}

/** Where the compared charter comes from: the portal's page (a link), or the standard charter and which, and why. */
export function CharterSourceLine({
  source,
  host,
  actions,
}: {
  source: CharterSource;
  host: string;
  actions: PopupActions;
}) {
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
        {source.omittedLines ? (
          <p class="muted">{tn('charterOmittedLines', source.omittedLines, String(MAX_KEPT_LINES))}</p>
        ) : null}
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
