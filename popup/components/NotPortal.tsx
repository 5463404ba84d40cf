import { t } from '../../src/adapters/i18n.ts';
import type { PopupActions } from './actions.ts';
import { Header } from './Header.tsx';
import { OptionsLink } from './OptionsLink.tsx';

/** A tab without a web page: nothing to compare. */
export function NoWebPage() {
  return (
    <section class="state-view">
      <Header title={t('extensionName')} />
      <p>{t('noWebPage')}</p>
    </section>
  );
}

/**
 * A web page whose host is not recognised as a portal: the user may add it, unless the host came from the popup's
 * address rather than the active tab (`actions` null).
 */
export function NotPortal({ host, actions }: { host: string; actions: PopupActions | null }) {
  return (
    <section class="state-view">
      <Header title={host} />
      <p>{t('notPortal', host)}</p>
      {actions && (
        <p>
          <button type="button" class="button" aria-disabled={actions.busy} onClick={() => actions.addHost(host)}>
            {t('addAsPortal', host)}
          </button>
        </p>
      )}
      <p>
        <OptionsLink text={t('notPortalOptions')} />
      </p>
    </section>
  );
}
