import { useId, useRef, useState } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import { parseHostInput } from '../../src/core/portal/settings.ts';

interface HostFormProps {
  label: string;
  hint: string;
  button: string;
  busy: boolean;
  /** Sends the host; resolves true when it was accepted, so the field can be emptied. */
  onSubmit(host: string): Promise<boolean>;
}

/** One labelled field that accepts a host name or a pasted URL and says in words what is wrong with it. */
export function HostForm({ label, hint, button, busy, onSubmit }: HostFormProps) {
  const [value, setValue] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();
  const problemId = useId();

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const host = parseHostInput(value);
    if (host === null) {
      setProblem(value.trim() === '' ? t('optionsHostEmpty') : t('optionsHostInvalid', value.trim()));
      input.current?.focus();
      return;
    }
    setProblem(null);
    if (await onSubmit(host)) setValue('');
  }

  return (
    <form class="host-form" onSubmit={submit} noValidate>
      <label for={inputId}>{label}</label>
      <p class="muted" id={hintId}>
        {hint}
      </p>
      <div class="field-row">
        <input
          id={inputId}
          ref={input}
          class="text-input"
          type="text"
          inputMode="url"
          autoComplete="off"
          autoCapitalize="none"
          spellcheck={false}
          value={value}
          aria-invalid={problem !== null}
          aria-describedby={problem === null ? hintId : `${problemId} ${hintId}`}
          onInput={(event) => setValue(event.currentTarget.value)}
        />
        <button type="submit" class="button" aria-disabled={busy}>
          {button}
        </button>
      </div>
      {problem !== null && (
        <p class="field-error" id={problemId} role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
