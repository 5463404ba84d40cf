import { t } from '../../src/adapters/i18n.ts';
import { Header } from './Header.tsx';

/** A portal whose charter is being read: its report comes once the charter is in. */
export function CharterReading({ host }: { host: string }) {
  return (
    <section class="state-view">
      <Header title={host} />
      <p class="loading" role="status">
        {t('charterReading')}
      </p>
    </section>
  );
}
