import type { ComponentChildren } from 'preact';
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';

interface InlineConfirmProps {
  /** The button that opens the confirmation, and the confirmation's name. */
  label: string;
  /** What will happen, in a sentence or two. */
  text: ComponentChildren;
  confirmLabel: string;
  /** Whether the action loses something: its confirm button is then red. */
  danger?: boolean;
  /** A checkbox of the confirmation, unchecked each time it opens; its state goes to `onConfirm`. */
  option?: string;
  busy: boolean;
  onConfirm(optionChecked: boolean): void;
}

/**
 * A button whose action asks first, inline (no window.confirm, which a popup cannot show well): focus moves to
 * "Annuler", the safe choice, then back to the button once the confirmation closes.
 */
export function InlineConfirm({
  label,
  text,
  confirmLabel,
  danger = false,
  option,
  busy,
  onConfirm,
}: InlineConfirmProps) {
  const [confirming, setConfirming] = useState(false);
  const [optionChecked, setOptionChecked] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const focusBack = useRef(false);
  const optionId = useId();

  useEffect(() => {
    if (confirming) cancelButton.current?.focus();
    else if (focusBack.current) {
      focusBack.current = false;
      openButton.current?.focus();
    }
  }, [confirming]);

  const close = () => {
    focusBack.current = true;
    setConfirming(false);
  };

  if (!confirming) {
    return (
      <button
        type="button"
        class="button"
        ref={openButton}
        aria-disabled={busy}
        onClick={() => {
          if (busy) return;
          setOptionChecked(false);
          setConfirming(true);
        }}
      >
        {label}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={label}>
      <p>{text}</p>
      {option !== undefined && (
        <p class="confirm-option">
          <input
            type="checkbox"
            id={optionId}
            checked={optionChecked}
            onChange={(event) => setOptionChecked(event.currentTarget.checked)}
          />
          <label for={optionId}>{option}</label>
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class={danger ? 'button button-danger' : 'button button-primary'}
          onClick={() => {
            close();
            onConfirm(optionChecked);
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" class="button" ref={cancelButton} onClick={close}>
          {t('cancel')}
        </button>
      </div>
    </div>
  );
}
