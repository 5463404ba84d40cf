import { t } from '../../src/adapters/i18n.ts';
import type { PortalReport } from '../../src/core/report/tab-state.ts';
import type { PopupActions } from './App.tsx';
import { CharterSourceLine } from './CharterSource.tsx';
import { ClearRecord } from './ClearRecord.tsx';
import { DeclaredNotSeenGroup, DeclaredSeenGroup, UndeclaredGroup } from './CookieGroups.tsx';
import { Header } from './Header.tsx';
import { Notices } from './Notices.tsx';
import { OptionsLink } from './OptionsLink.tsx';
import { Summary } from './Summary.tsx';

/** One portal's report, top to bottom: where the charter comes from, notices, counts, the three groups. */
export function PortalView({ report, actions }: { report: PortalReport; actions: PopupActions }) {
  const { comparison } = report;
  return (
    <>
      <Header title={report.host} />
      <CharterSourceLine source={report.charter.source} host={report.host} actions={actions} />
      <Notices notices={report.notices} actions={actions} />
      <Summary report={report} />
      <UndeclaredGroup cookies={comparison.undeclared} />
      <DeclaredSeenGroup lines={comparison.declaredAndSeen} />
      <DeclaredNotSeenGroup lines={comparison.declaredNotSeen} />
      <footer class="footer">
        <ClearRecord host={report.host} actions={actions} />
        <OptionsLink text={t('optionsLink')} />
      </footer>
    </>
  );
}
