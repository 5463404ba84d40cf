import { useId } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import type { ConsentChoice } from '../../src/core/consent/consent-choice.ts';
import { dateTime } from '../../ui/wording.tsx';

/**
 * The visitor's current choice in the portal's banner, by service key as the portal names them ("matomo",
 * "functional_cookies"): the one cookie value the extension reads, decoded by the background.
 */
export function ConsentLine({ consent }: { consent: ConsentChoice | null }) {
  const labelId = useId();
  if (!consent) return <p class="consent muted">{t('consentNone')}</p>;
  const choices = Object.entries(consent.choices);
  return (
    <div class="consent">
      <span id={labelId}>{t('consentLabel')}</span>{' '}
      {choices.length > 0 && (
        <ul class="choices" aria-labelledby={labelId}>
          {choices.map(([service, accepted]) => (
            <li key={service} class={accepted ? 'choice-accepted' : 'choice-refused'}>
              <code>{service}</code> <span aria-hidden="true">{accepted ? '✓' : '✗'}</span>{' '}
              {accepted ? t('consentAccepted') : t('consentRefused')}
            </li>
          ))}
        </ul>
      )}
      {consent.decidedAt !== null && <span class="muted"> — {t('consentDecidedOn', dateTime(consent.decidedAt))}</span>}
    </div>
  );
}
