import { t } from '../../src/adapters/i18n.ts';
import type { PopupActions } from './actions.ts';
import { InlineConfirm } from './InlineConfirm.tsx';

/** "Effacer les observations", after an inline confirmation: the browser's cookies stay. */
export function ClearRecord({ host, actions }: { host: string; actions: PopupActions }) {
  return (
    <InlineConfirm
      label={t('clearRecord')}
      text={t('clearConfirmText', host)}
      confirmLabel={t('clearConfirm')}
      danger
      busy={actions.busy}
      onConfirm={() => actions.clear(host)}
    />
  );
}
