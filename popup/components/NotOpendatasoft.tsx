import { useMemo } from 'preact/hooks';
import { t } from '../../src/adapters/i18n.ts';
import { OPENDATASOFT_API_PATHS, type PlatformSignKind } from '../../src/core/portal/platform.ts';
import type { TabState } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './actions.ts';
import { cookieNotes } from './cookie-notes.ts';
import { CookieLine } from './CookieFacts.tsx';
import { Header } from './Header.tsx';
import { OptionsLink } from './OptionsLink.tsx';

const signWording: Record<PlatformSignKind, () => string> = {
  'api-request': () => t('signApiRequest', OPENDATASOFT_API_PATHS.join(', ')),
  'consent-cookie': () => t('signConsentCookie'),
};

/**
 * A watched host that shows no sign of Opendatasoft: said so, with what was looked for; its cookies are listed but
 * compared with nothing, and the user may treat it as a portal.
 */
export function NotOpendatasoft({
  state,
  actions,
}: {
  state: Extract<TabState, { kind: 'not-opendatasoft' }>;
  actions: PopupActions;
}) {
  const notes = useMemo(() => cookieNotes({ insights: {}, findings: [] }), []);
  return (
    <section class="state-view">
      <Header title={state.host} />
      <div class="notice notice-warning" role="status">
        <p>{t('notOpendatasoft')}</p>
        <ul>
          {state.lookedFor.map((sign) => (
            <li key={sign}>{signWording[sign]()}</li>
          ))}
        </ul>
        <p>{t('notOpendatasoftNoComparison')}</p>
      </div>
      <p>
        <button
          type="button"
          class="button"
          aria-disabled={actions.busy}
          onClick={() => actions.treatAsPortal(state.host)}
        >
          {t('treatAsPortal')}
        </button>
      </p>
      <section class="group" aria-label={t('observedCookies')}>
        <h2>
          {t('observedCookies')} <span class="count">{state.cookies.length}</span>
        </h2>
        <ul class="entries">
          {state.cookies.map((cookie) => (
            <li class="entry" key={cookie.id}>
              <CookieLine cookie={cookie} notes={notes} withKnowledge={false} />
            </li>
          ))}
        </ul>
      </section>
      <p>
        <OptionsLink text={t('optionsLink')} />
      </p>
    </section>
  );
}
