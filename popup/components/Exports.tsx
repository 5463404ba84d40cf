import { t } from '../../src/adapters/i18n.ts';
import type { EvidenceFormat } from '../../src/messaging/protocol.ts';
import type { PopupActions } from './App.tsx';

/**
 * The three evidence files, which the background prepares and the popup saves (see download.ts). The buttons say
 * what they do: the group's name is for screen readers only, which keeps the line short.
 */
export function Exports({ host, actions }: { host: string; actions: PopupActions }) {
  const formats: [EvidenceFormat, string][] = [
    ['csv', t('exportCsv')],
    ['json', t('exportJson')],
    ['html', t('exportHtml')],
  ];
  return (
    <div class="exports button-row" role="group" aria-label={t('exportsLabel')}>
      {formats.map(([format, label]) => (
        <button key={format} type="button" class="button button-small" aria-disabled={actions.busy} onClick={() => actions.exportEvidence(host, format)}>
          {label}
        </button>
      ))}
    </div>
  );
}
