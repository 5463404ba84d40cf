import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { PopupActions } from './App.tsx';

/** "Effacer les observations" with an inline confirmation; focus moves to "Annuler", then back. */
export function ClearRecord({ host, actions }: { host: string; actions: PopupActions }) {
  const [confirming, setConfirming] = useState(false);
  const clearButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const focusBack = useRef(false);

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (focusBack.current) {
      focusBack.current = false;
      clearButton.current?.focus();
    }
  }, [confirming]);

  const close = () => {
    focusBack.current = true;
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button type="button" class="button" ref={clearButton} aria-disabled={actions.busy} onClick={() => actions.busy || setConfirming(true)}>
        {t('clearRecord')}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={t('clearRecord')}>
      <p>{t('clearConfirmText', host)}</p>
      <div class="button-row">
        <button
          type="button"
          class="button button-danger"
          onClick={() => {
            close();
            actions.clear(host);
          }}
        >
          {t('clearConfirm')}
        </button>
        <button type="button" class="button" ref={cancelButton} onClick={close}>
          {t('clearCancel')}
        </button>
      </div>
    </div>
  );
}
