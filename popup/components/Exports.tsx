import { useId } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { EvidenceFormat } from '../../src/messaging/protocol.ts';
import type { PopupActions } from './actions.ts';

/** The three evidence files, which the background prepares and the popup saves (see download.ts), one verb for all. */
export function Exports({ host, actions }: { host: string; actions: PopupActions }) {
  const headingId = useId();
  const formats: [EvidenceFormat, string][] = [
    ['csv', t('exportCsv')],
    ['json', t('exportJson')],
    ['html', t('exportHtml')],
  ];
  return (
    <section class="exports" aria-labelledby={headingId}>
      <h2 id={headingId} class="panel-heading">
        {t('exportsLabel')}
      </h2>
      <div class="button-row">
        {formats.map(([format, label]) => (
          <button
            key={format}
            type="button"
            class="button button-small"
            aria-disabled={actions.busy}
            onClick={() => actions.exportEvidence(host, format)}
          >
            {label}
          </button>
        ))}
      </div>
    </section>
  );
}
